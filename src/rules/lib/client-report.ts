/** Reporting helpers shared by the client rules. */
import type { Client } from '../../core/model.js';
import type { ReportDescriptor, RuleContext } from '../../core/rule.js';
import type { Resolved } from './client-defaults.js';

/**
 * A reporter that reports each location once. A Spring profile client inherits the settings of the
 * default document; the value is judged once, where it is written.
 */
export function onceReporter<O>(ctx: RuleContext<O>): (d: ReportDescriptor) => void {
  const seen = new Set<string>();
  return (d) => {
    const key = `${d.loc.file}\u0000${d.loc.start}\u0000${d.loc.end}\u0000${d.field ?? ''}\u0000${d.entity && d.entity.kind === 'client' ? '' : d.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    ctx.report(d);
  };
}

/**
 * Whether a rule about `role` judges this client: clients of that role always; clients whose role is
 * not known (a Spring `spring.kafka.properties` block, a bare properties file) only for values they set.
 */
export function judges(client: Client, roles: readonly Client['role'][], r: Resolved<unknown>): boolean {
  if (roles.includes(client.role)) return r.state !== 'unknown';
  return client.role === 'unknown' && r.state === 'set';
}
