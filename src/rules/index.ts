/**
 * The rule registry. A test asserts that this list, the files in this folder and docs/rules/ agree.
 * Keep it sorted by id.
 */
import type { AnyRule } from '../core/rule.js';
import duplicateTopic from './duplicate-topic.js';
import parseError from './parse-error.js';
import replicationFactor from './replication-factor.js';
import schema from './schema.js';

export const builtinRules: readonly AnyRule[] = [duplicateTopic, parseError, replicationFactor, schema];

export const builtinRulesById: ReadonlyMap<string, AnyRule> = new Map(builtinRules.map((r) => [r.meta.id, r]));
