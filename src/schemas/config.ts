/**
 * JSON Schemas of the configuration, policy and waiver files. The source of truth: `schemas/config.schema.json`
 * and `schemas/policy.schema.json` are written from these (`UPDATE_SCHEMAS=1 npx vitest run test/config/schemas.test.ts`)
 * and a test keeps them equal. Rule ids, rule options, globs and selectors are checked in code
 * (src/config/, src/policy/) after the schema, so their errors can name the rule and suggest a fix.
 */

const level = {
  enum: ['off', 'note', 'warning', 'error'],
  description: 'off, note, warning or error',
};

const ruleSetting = {
  description: 'A level (`error`), or a level and options (`[error, { minimum: 3 }]`).',
  anyOf: [
    level,
    {
      type: 'array',
      items: [level, { type: 'object', description: "The rule's options, checked against its own schema." }],
      additionalItems: false,
      minItems: 1,
    },
  ],
};

const ruleSettings = {
  type: 'object',
  description: 'Rule id -> setting. Ids are built-in rule ids or custom policy ids (`acme/tier1-needs-dlq`).',
  additionalProperties: ruleSetting,
};

const globs = {
  description: 'Glob patterns (picomatch syntax), relative to the repository root.',
  anyOf: [
    { type: 'string', minLength: 1 },
    { type: 'array', items: { type: 'string', minLength: 1 } },
  ],
};

const selector = {
  type: 'object',
  description: 'A selector in the policy language (docs/policy-language.md): `{ drTier: [tier-0, tier-1] }`.',
};

export const waiverSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['rule', 'target', 'reason', 'approvedBy', 'expires'],
  properties: {
    rule: { type: 'string', minLength: 1, description: 'The rule id the waiver is for.' },
    target: { type: 'string', minLength: 1, description: 'A topic or consumer group name, or a file glob.' },
    reason: { type: 'string', minLength: 1, description: 'Why the finding is accepted for now.' },
    approvedBy: { type: 'string', minLength: 1, description: 'Who approved the exception.' },
    expires: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'Last day the waiver applies (YYYY-MM-DD).' },
    ticket: { type: 'string', description: 'Optional link to the tracking ticket.' },
  },
};

export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://topiclint.dev/schemas/config.schema.json',
  title: 'topiclint configuration',
  description: 'topiclint.config.yaml / .yml / .json: presets, file selection, rule levels and options, overrides, policies, waivers.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    extends: {
      description: 'Presets applied first, in order: `recommended`, `strict`, or a path to another config file.',
      anyOf: [
        { type: 'string', minLength: 1 },
        { type: 'array', items: { type: 'string', minLength: 1 } },
      ],
    },
    include: { ...globs, description: 'Only files matching one of these globs are read (relative to the repository root).' },
    exclude: { ...globs, description: 'Files matching one of these globs are never read.' },
    testFiles: {
      ...globs,
      description:
        'Test sources: findings in code and client-config files (Java, TypeScript/JavaScript, .properties, Spring) matching one of these globs are left out; catalog files are always linted. Replaces the default list; `[]` lints test code as production (as does `--include-tests`).',
    },
    clusters: {
      type: 'object',
      additionalProperties: globs,
      description:
        'Cluster name → path globs: topics and consumer groups whose format names no cluster (our catalog, JulieOps, kafka-gitops, AsyncAPI, ...) are on the first cluster whose globs match their file. duplicate-topic compares names within a cluster; unknown-topic and unknown-consumer-group resolve references within it. Later config layers add or replace clusters by name.',
    },
    maxFileSize: {
      type: 'integer',
      minimum: 1,
      description: 'Largest file read, in bytes (default 10485760 = 10 MiB); larger files are reported as not linted (`parse-error`). `--max-file-size` wins over it.',
    },
    rules: ruleSettings,
    overrides: {
      type: 'array',
      description: 'Later entries win. Each applies to files matching `files` (and not `excludedFiles`) and entities matching `when`.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rules'],
        properties: {
          files: globs,
          excludedFiles: globs,
          when: selector,
          rules: ruleSettings,
        },
      },
    },
    policies: {
      description: 'Policy files with custom rules written as data (paths relative to this file).',
      anyOf: [
        { type: 'string', minLength: 1 },
        { type: 'array', items: { type: 'string', minLength: 1 } },
      ],
    },
    waivers: {
      description: 'A waivers file (path relative to this file), or the waivers themselves.',
      anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: waiverSchema }],
    },
    unsuppressible: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: 'Rules that no inline comment, waiver or baseline may hide.',
    },
    baseline: { type: 'string', minLength: 1, description: 'Baseline file used when `--baseline` is not given (path relative to this file).' },
  },
};

export const policyRuleSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['description', 'match'],
  properties: {
    level: { enum: ['error', 'warning', 'note'], description: 'Default level (error when absent); the config may change it.' },
    description: { type: 'string', minLength: 1, description: 'One line: what the rule checks.' },
    rationale: { type: 'string', description: 'Why it matters (shown in SARIF help and `topiclint explain`).' },
    tags: { type: 'array', items: { type: 'string' } },
    docsUrl: { type: 'string' },
    match: {
      type: 'object',
      additionalProperties: false,
      required: ['kind'],
      properties: {
        kind: {
          description: 'Which entities the rule looks at.',
          anyOf: [
            { enum: ['topic', 'consumerGroup', 'client'] },
            { type: 'array', items: { enum: ['topic', 'consumerGroup', 'client'] }, minItems: 1 },
          ],
        },
        where: selector,
      },
    },
    require: {
      type: 'object',
      description: 'A JSON Schema the matched entity must satisfy (durations in ms; ISO-8601 durations accepted in minimum/maximum/const/enum). Without it, every matched entity is reported.',
    },
    message: { type: 'string', minLength: 1, description: 'Message template: {{name}}, {{kind}}, {{field}}, {{value}}, {{error}}, {{rule}}.' },
  },
};

export const policySchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://topiclint.dev/schemas/policy.schema.json',
  title: 'topiclint policy file',
  description: 'Custom rules written as data. Rule ids are namespaced: `<namespace>/<name>` (lower case, digits, dashes).',
  type: 'object',
  additionalProperties: false,
  required: ['rules'],
  properties: {
    $schema: { type: 'string' },
    rules: { type: 'object', additionalProperties: policyRuleSchema },
  },
};

export const waiversFileSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['waivers'],
  properties: {
    $schema: { type: 'string' },
    waivers: { type: 'array', items: waiverSchema },
  },
};
