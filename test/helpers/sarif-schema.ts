/**
 * The official SARIF 2.1.0 schema is read in place from `../shared/schemas/` beside the checkout; it is
 * not copied into the project. A test that validates SARIF must never pass without validating: when the
 * schema is absent it FAILS under CI (where `../shared` must be present) and is SKIPPED, with the reason,
 * on a developer's machine. Every SARIF schema test goes through `requireSarifValidator` or
 * `sarifValidatorOrFail` so the rule holds in one place.
 */
import { SARIF_SCHEMA_PATH, sarifValidator, type Validator } from '../formatters/helpers.js';

export { SARIF_SCHEMA_PATH, type Validator };

/** Why the SARIF schema checks cannot run, and what to do about it. */
export function sarifSchemaAbsent(schemaPath: string = SARIF_SCHEMA_PATH): string {
  return `the SARIF 2.1.0 schema is absent at ${schemaPath}: check out the shared/ folder beside this repository ` +
    '(it holds schemas/sarif-schema-2.1.0.json) to validate SARIF output';
}

/** True when running under CI, where a missing schema is a failure rather than a skip. */
export function underCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env['CI'];
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

/** Where to look and which environment decides CI (tests of this gate pass an absent path). */
export interface GateOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly schemaPath?: string;
}

/** The minimal part of vitest's test context we need: skipping with a note. */
export interface SkippableContext {
  skip(note?: string): void;
}

/**
 * The validator for a test that validates SARIF. Absent schema: under CI, throws (the test fails with
 * the reason); elsewhere, skips the test with the reason. Never returns without a validator.
 */
export function requireSarifValidator(ctx: SkippableContext, { env = process.env, schemaPath = SARIF_SCHEMA_PATH }: GateOptions = {}): Validator {
  const validate = sarifValidator(schemaPath);
  if (validate) return validate;
  if (underCi(env)) throw new Error(`SARIF schema validation cannot run under CI: ${sarifSchemaAbsent(schemaPath)}`);
  ctx.skip(`skipped: ${sarifSchemaAbsent(schemaPath)}`);
  throw new Error('unreachable: ctx.skip() did not stop the test');
}

/**
 * For suites that validate SARIF as one check among many (property and bad-input tests): the validator,
 * or undefined with a printed warning when the schema is absent off CI; under CI, throws.
 */
export function sarifValidatorOrFail(where: string, { env = process.env, schemaPath = SARIF_SCHEMA_PATH }: GateOptions = {}): Validator | undefined {
  const validate = sarifValidator(schemaPath);
  if (validate) return validate;
  if (underCi(env)) throw new Error(`${where}: SARIF schema validation cannot run under CI: ${sarifSchemaAbsent(schemaPath)}`);
  console.warn(`${where}: SARIF is rendered but not validated: ${sarifSchemaAbsent(schemaPath)}`);
  return undefined;
}
