/** `topiclint init`: a commented starter configuration. Never overwrites. */
import { lstatSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../lint.js';
import { errorCode } from '../util/error-code.js';
import { CONFIG_FILE_NAMES } from './load.js';

function lexists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

export const STARTER_CONFIG = `# topiclint configuration. Every key is documented in docs/configuration.md.
# Validated against schemas/config.schema.json; a mistake is reported at its line (exit code 2).
# yaml-language-server: $schema=https://topiclint.dev/schemas/config.schema.json

# Presets, applied in order: \`recommended\` (every rule at its default level, what applies with no
# config at all), \`strict\` (warnings become errors, stricter options), or a path to a shared config.
extends: [recommended]

# Which files are read (globs relative to the repository root). Default: everything under the paths
# given on the command line, honouring .gitignore.
# include: ["kafka/**", "services/**"]
exclude: ["**/testdata/**", "**/fixtures/**"]

# Rule levels: off | note | warning | error, or [level, { options }]. \`topiclint rules\` lists the ids,
# \`topiclint explain <id>\` shows a rule's options.
rules:
  replication-factor: [error, { minimum: 3 }]
  # topic-naming: [warning, { pattern: "^[a-z]+\\\\.[a-z-]+\\\\.v[0-9]+$" }]
  # producer-retries: off

# Overrides: later entries win. \`files\` scopes by path, \`when\` by the entity's own fields
# (the selector language of docs/policy-language.md).
overrides:
  - files: ["envs/dev/**"]
    rules:
      replication-factor: [warning, { minimum: 1 }]
  # - when: { drTier: [tier-0, tier-1] }
  #   rules: { schema-compatibility: error }

# Custom rules written as data (see policies/examples/ in the topiclint package).
# policies: ["policies/acme.yaml"]

# Rules no inline comment, waiver or baseline may hide.
# unsuppressible: [plaintext-secret, unclean-leader-election-enabled]

# Recorded exceptions with an owner and an expiry date (default: topiclint.waivers.yaml next to this file).
# waivers: topiclint.waivers.yaml
`;

/** Write the starter config into `dir`; refuses (UsageError, exit 2) when a config already exists. */
export async function writeStarterConfig(dir: string): Promise<string> {
  for (const name of CONFIG_FILE_NAMES) {
    const existing = path.join(dir, name);
    // lstat, not exists: a committed dangling link is there too, and writing would follow it.
    if (lexists(existing)) throw new UsageError(`${name} already exists; topiclint init does not overwrite it. Edit it, or delete it first to start over.`);
  }
  const target = path.join(dir, CONFIG_FILE_NAMES[0]);
  try {
    await writeFile(target, STARTER_CONFIG, { flag: 'wx' });
  } catch (e) {
    throw new UsageError(`Cannot write ${CONFIG_FILE_NAMES[0]} in ${dir} (${errorCode(e)}).`);
  }
  return target;
}
