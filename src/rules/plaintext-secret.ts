import type { ConfigScalar, Field } from '../model/model.js';
import { defineRule } from '../model/rule.js';
import { isPlaceholder } from '../model/values.js';
import { describeClient } from './lib/client-defaults.js';
import { onceReporter } from './lib/client-report.js';

/** Keys that name a secret; settings about a secret (its file, type, provider) are not secrets. */
const SECRET_KEY = /(password|passwd|secret|api\.?key|user\.info$)/i;
const NOT_SECRET = /(\.(location|type|file|path|class|source|algorithm|provider|providers|enable|enabled)$|credentials\.source$)/i;
/** `password="..."` (also `secret`, `clientSecret`) inside a JAAS config. */
const JAAS_SECRET = /\b(password|secret|clientSecret|client_secret)\s*=\s*("([^"]*)"|'([^']*)'|([^\s;"']+))/gi;

/** Whether a JAAS config holds a literal credential; returns the option name. */
function jaasLiteral(value: string): string | undefined {
  for (const m of value.matchAll(JAAS_SECRET)) {
    const v = m[3] ?? m[4] ?? m[5] ?? '';
    if (v !== '' && !isPlaceholder(v)) return m[1];
  }
  return undefined;
}

function literal(field: Field<ConfigScalar>): string | undefined {
  if (field.kind !== 'known' || field.value === null || typeof field.value === 'boolean') return undefined;
  const s = String(field.value).trim();
  return s === '' || isPlaceholder(s) ? undefined : s;
}

export default defineRule({
  meta: {
    id: 'plaintext-secret',
    level: 'error',
    kind: 'static',
    description: 'Client configs do not hold literal passwords, secrets or JAAS credentials.',
    rationale:
      'Credentials are operational assets with an owner and a rotation plan ("Did credentials rotate?" is a standard Connect runbook question). A password committed to a config file is readable by everyone with repository access, survives in history, and turns every rotation into a code change.',
    tags: ['client', 'security'],
    defaultOptions: {},
  },
  check(ctx) {
    const report = onceReporter(ctx);
    for (const [client] of ctx.clients()) {
      for (const [key, field] of Object.entries(client.config)) {
        const value = literal(field);
        if (value === undefined || field.kind !== 'known') continue;
        let what: string | undefined;
        if (/(^|\.)sasl\.jaas\.config$/i.test(key)) {
          const opt = jaasLiteral(value);
          if (opt) what = `\`${key}\` has a literal \`${opt}\``;
        } else if (SECRET_KEY.test(key) && !NOT_SECRET.test(key)) {
          what = `\`${key}\` holds a literal value`;
        }
        if (!what) continue;
        // The secret itself is never quoted in the message.
        report({
          entity: client,
          field: `config.${key}`,
          loc: field.loc,
          message: `${describeClient(client)}: ${what}: anyone who can read the repository (or any copy of it) has the credential, and rotating it needs a code change. Read it from the environment or a secret store instead (\`\${KAFKA_PASSWORD}\`, a Connect config provider such as \`\${file:/secrets.properties:password}\`).`,
        });
      }
    }
  },
});
