import type { Client, Known, ConfigScalar } from '../model/model.js';
import { defineRule } from '../model/rule.js';
import { configEntry, describeClient } from './lib/client-defaults.js';
import { onceReporter } from './lib/client-report.js';

function dir(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** The same application under two profiles (or a profile and the default) never runs twice at once. */
function sameAppOtherProfile(a: Client, b: Client): boolean {
  return dir(a.file) === dir(b.file) && a.format === b.format && (a.profile ?? '') !== (b.profile ?? '');
}

export default defineRule({
  meta: {
    id: 'transactional-id-unique',
    level: 'error',
    kind: 'static',
    description: 'No two producers share one transactional.id.',
    rationale:
      'A transactional.id identifies one producer instance. When a second producer starts with the same id it fences the first (ProducerFencedException: "duplicate transactional id / stale instance"), so two applications sharing an id keep aborting each other\'s transactions.',
    tags: ['client', 'transactions'],
    crossFile: true,
    defaultOptions: {},
  },
  check(ctx) {
    const report = onceReporter(ctx);
    const seen = new Map<string, { client: Client; field: Known<ConfigScalar> }[]>();
    for (const [client] of ctx.clients()) {
      const entry = configEntry(client, 'transactional.id');
      if (!entry || entry.field.kind !== 'known' || entry.field.value === null) continue;
      const field = entry.field;
      const id = String(field.value).trim();
      if (id === '') continue;
      const earlier = seen.get(id) ?? [];
      const clash = earlier.find((e) => !(e.field.loc.file === field.loc.file && e.field.loc.start === field.loc.start) && !sameAppOtherProfile(e.client, client));
      if (clash) {
        report({
          entity: client,
          field: 'config.transactional.id',
          loc: field.loc,
          related: [{ loc: clash.field.loc, message: `${describeClient(clash.client)} uses the same transactional.id here` }],
          message: `${describeClient(client)} uses transactional.id "${id}", already used by ${describeClient(clash.client)}: whichever starts second fences the other (ProducerFencedException), so their transactions keep aborting. Give each producer its own transactional.id (or prefix).`,
        });
      }
      earlier.push({ client, field });
      seen.set(id, earlier);
    }
  },
});
