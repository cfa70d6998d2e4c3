/** The client rules on the real Spring and properties files of ../shared/corpus. */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintFiles } from '../../src/engine/pipeline.js';
import type { AnyRule } from '../../src/model/rule.js';
import codeTopicDefinition from '../../src/rules/code-topic-definition.js';
import connectDlq from '../../src/rules/connect-dead-letter-queue.js';
import connectInternal from '../../src/rules/connect-internal-topics.js';
import consumerAutoCommit from '../../src/rules/consumer-auto-commit.js';
import maxPoll from '../../src/rules/max-poll-interval.js';
import plaintextSecret from '../../src/rules/plaintext-secret.js';
import plaintextTransport from '../../src/rules/plaintext-transport.js';
import producerAcks from '../../src/rules/producer-acks.js';
import producerIdempotence from '../../src/rules/producer-idempotence.js';
import producerMaxInFlight from '../../src/rules/producer-max-in-flight.js';
import producerRetries from '../../src/rules/producer-retries.js';
import sessionHeartbeat from '../../src/rules/session-heartbeat.js';
import streamsPg from '../../src/rules/streams-processing-guarantee.js';
import streamsRf from '../../src/rules/streams-replication-factor.js';
import txUnique from '../../src/rules/transactional-id-unique.js';
import { clientSources } from '../fixtures/spring/registry.js';

const RULES: AnyRule[] = [codeTopicDefinition, connectDlq, connectInternal, consumerAutoCommit, maxPoll, plaintextSecret, plaintextTransport, producerAcks, producerIdempotence, producerMaxInFlight, producerRetries, sessionHeartbeat, streamsPg, streamsRf, txUnique];
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../../shared/corpus');

/** Corpus files are named `owner__repo__path`; lint them under their original path (Spring readers go by file name). */
async function lintDir(dir: string) {
  const files = readdirSync(join(root, dir)).map((f) => ({ path: f.replace(/__/g, '/'), text: readFileSync(join(root, dir, f), 'utf8') }));
  const result = await lintFiles(files, { rules: RULES, registry: clientSources });
  return result.findings.map((f) => `${f.location.file.split('/').pop()}:${f.location.region.startLine}:${f.location.region.startColumn}-${f.location.region.endLine}:${f.location.region.endColumn} ${f.ruleId}${f.profile ? ` [${f.profile}]` : ''}`);
}

describe.skipIf(!existsSync(join(root, 'properties')) || !existsSync(join(root, 'spring-boot')))('client rules on the corpus (skipped: ../shared/corpus is absent)', () => {
  it('properties: acks=1 is reported at the value, and it silently turns off default idempotence', async () => {
    expect(await lintDir('properties')).toEqual([
      'bad1.properties:2:6-2:7 producer-acks',
      'bad1.properties:2:6-2:7 producer-idempotence',
      'producer.properties:6:6-6:7 producer-acks',
      'producer.properties:6:6-6:7 producer-idempotence',
    ]);
  });

  it('spring-boot: only the literal store passwords of the nonprod profile; acks all (set, or the Kafka 3.x default in prod) is fine', async () => {
    expect(await lintDir('spring-boot')).toEqual([
      'application.yml:37:31-37:39 plaintext-secret [nonprod]',
      'application.yml:39:29-39:37 plaintext-secret [nonprod]',
    ]);
  });
});
