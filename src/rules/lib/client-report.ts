/** Reporting helpers shared by the client rules. */
import type { Client, SourceLocation } from '../../model/model.js';
import type { ReportDescriptor, RuleContext } from '../../model/rule.js';
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
    const origin = d.related ? undefined : d.entity?.kind === 'client' ? originAt(d.entity, d.loc) : undefined;
    ctx.report(origin ? { ...d, related: [{ loc: origin, message: 'the value is defined here' }] } : d);
  };
}

/**
 * Where the value reported at `loc` is written, when it travels through a name (`acks: Acks.Leader`,
 * `props.put(ACKS_CONFIG, KafkaSettings.ACKS)`): code adapters locate the value at its use and keep
 * the constant's definition as the field's `origin`, which the finding offers as a related location.
 */
function originAt(client: Client, loc: SourceLocation): SourceLocation | undefined {
  for (const f of Object.values(client.config)) {
    if (f.kind === 'known' && f.origin && f.loc.file === loc.file && f.loc.start === loc.start && f.loc.end === loc.end) return f.origin;
  }
  return undefined;
}

/**
 * Whether a rule about `role` judges this client: clients of that role always; clients whose role is
 * not known (a Spring `spring.kafka.properties` block, a bare properties file) only for values they set.
 */
export function judges(client: Client, roles: readonly Client['role'][], r: Resolved<unknown>): boolean {
  if (roles.includes(client.role)) return r.state !== 'unknown';
  return client.role === 'unknown' && r.state === 'set';
}
