/**
 * The client half of `unknown-topic`: clients that produce to or consume from a topic the catalog does
 * not define. Called by `src/rules/unknown-topic.ts` with the names the catalog defines.
 */
import type { RuleContext } from '../../model/rule.js';
import { suggester } from '../../util/did-you-mean.js';
import { describeClient } from './client-defaults.js';
import { onceReporter } from './client-report.js';

/**
 * Report every Known topic name a client uses that is not in `catalogTopicNames`. Nothing is reported
 * when the catalog defines no topic at all (a repository without a catalog), nor for unknown names.
 */
export function checkClientTopics(ctx: RuleContext<unknown>, catalogTopicNames: ReadonlySet<string>): void {
  if (catalogTopicNames.size === 0) return;
  const report = onceReporter(ctx);
  const suggest = suggester(catalogTopicNames); // bounded work however many unknown names there are
  for (const [client] of ctx.clients()) {
    const uses = [...client.produces.map((f) => ({ f, verb: 'writes to' })), ...client.consumes.map((f) => ({ f, verb: 'reads from' }))];
    for (const { f, verb } of uses) {
      if (f.kind !== 'known' || catalogTopicNames.has(f.value)) continue;
      const near = suggest(f.value);
      report({
        entity: client,
        field: verb === 'writes to' ? 'produces' : 'consumes',
        loc: f.loc,
        ...(f.origin ? { related: [{ loc: f.origin, message: 'the topic name is defined here' }] } : {}),
        message: `${describeClient(client)} ${verb} topic "${f.value}", which the catalog does not define: the topic has no owner, no reviewed settings, and may be created with broker defaults (or not exist at all). ${near ? `Did you mean "${near}"? ` : ''}Add the topic to the catalog or fix the name.`,
      });
    }
  }
}
