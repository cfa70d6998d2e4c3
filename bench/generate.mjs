// Seeded generator of synthetic catalogs for the benchmark: our native format and Strimzi KafkaTopic,
// single- and multi-document files, ~10% planted violations whose ground truth is written to
// ground-truth.json as { file, line, rule } (1-based line of the offending value).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Small deterministic PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The six checks the bench compares (all expressible in Spectral). */
export const PLANTED = ['replication-factor', 'min-insync-replicas', 'unclean-leader-election', 'ownership-metadata', 'topic-naming', 'compacted-topic-key'];

function nativeTopic(name, v, lines) {
  // lines: running line offset within the file; returns [text, violations with relative lines]
  const out = [];
  const found = [];
  const push = (s, rule) => {
    out.push(s);
    if (rule) found.push({ rule, line: out.length });
  };
  push(`topic: ${name}`, v === 'topic-naming' || v === 'ownership-metadata' ? v : undefined);
  if (v !== 'ownership-metadata') push(`owner: team-${name.length % 7}`);
  push('classification: internal');
  if (v !== 'compacted-topic-key') push('key: entityId');
  push('partitions: 12');
  push(`replicationFactor: ${v === 'replication-factor' ? 1 : 3}`, v === 'replication-factor' ? 'replication-factor' : undefined);
  push(`minInsyncReplicas: ${v === 'min-insync-replicas' ? 1 : 2}`, v === 'min-insync-replicas' ? 'min-insync-replicas' : undefined);
  push(`cleanupPolicy: ${v === 'compacted-topic-key' ? 'compact' : 'delete'}`, v === 'compacted-topic-key' ? 'compacted-topic-key' : undefined);
  push('retention: P7D');
  push('schemaCompatibility: BACKWARD');
  push('drTier: tier-2');
  push('contact: platform-oncall');
  push(`description: "Synthetic topic ${name} used by the benchmark; long enough to look like a real description."`);
  push('consumerGroups: [billing-ingest, audit-indexer]');
  push('config:');
  push(`  unclean.leader.election.enable: ${v === 'unclean-leader-election' ? 'true' : 'false'}`, v === 'unclean-leader-election' ? 'unclean-leader-election' : undefined);
  push('  max.message.bytes: 1048576');
  push('labels:');
  push('  x-schema-owner: contracts-team');
  return [out.join('\n') + '\n', found.map((f) => ({ rule: f.rule, line: f.line + lines }))];
}

function strimziTopic(name, v, lines) {
  const out = [];
  const found = [];
  const push = (s, rule) => {
    out.push(s);
    if (rule) found.push({ rule, line: out.length });
  };
  push('apiVersion: kafka.strimzi.io/v1beta2');
  push('kind: KafkaTopic');
  push('metadata:');
  push(`  name: ${name.replace(/\./g, '-')}`);
  push('  labels:');
  push('    strimzi.io/cluster: main');
  if (v !== 'ownership-metadata') push(`    x-topic-owner: team-${name.length % 7}`);
  push('    x-data-classification: internal');
  push('    x-retention-policy: P7D');
  push('    x-dr-tier: tier-2');
  push('    x-contact: platform-oncall');
  push('spec:');
  push(`  topicName: ${name}`, v === 'topic-naming' || v === 'ownership-metadata' ? v : undefined);
  push('  partitions: 12');
  push(`  replicas: ${v === 'replication-factor' ? 1 : 3}`, v === 'replication-factor' ? 'replication-factor' : undefined);
  push('  config:');
  push('    retention.ms: 604800000');
  push(`    min.insync.replicas: "${v === 'min-insync-replicas' ? 1 : 2}"`, v === 'min-insync-replicas' ? 'min-insync-replicas' : undefined);
  push(`    unclean.leader.election.enable: ${v === 'unclean-leader-election' ? 'true' : 'false'}`, v === 'unclean-leader-election' ? 'unclean-leader-election' : undefined);
  push(`    cleanup.policy: ${v === 'compacted-topic-key' ? 'compact' : 'delete'}`);
  return [out.join('\n') + '\n', found.map((f) => ({ rule: f.rule, line: f.line + lines }))];
}

/**
 * Generate `topics` topics into `dir` (`perFile` topics a file: every fifth file holds a single
 * topic). `strimziShare` of the files are Strimzi. Returns the ground truth.
 */
export function generate(dir, { topics, perFile = 10, strimziShare = 0.3, seed = 7, violationRate = 0.1 }) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rand = rng(seed);
  const truth = [];
  let t = 0;
  let fileNo = 0;
  while (t < topics) {
    const strimzi = rand() < strimziShare;
    const count = fileNo % 5 === 4 ? 1 : Math.min(perFile, topics - t);
    const domain = `d${fileNo % 40}`;
    const rel = `${domain}/${strimzi ? 'strimzi' : 'topics'}-${String(fileNo).padStart(6, '0')}.yaml`;
    mkdirSync(path.join(dir, domain), { recursive: true });
    const docs = [];
    let line = 0;
    for (let i = 0; i < count && t < topics; i++, t++) {
      let v;
      if (rand() < violationRate) v = PLANTED[Math.floor(rand() * PLANTED.length)];
      // Strimzi topics carry no key field, so a compacted one always violates; keep them delete.
      if (strimzi && v === 'compacted-topic-key') v = 'replication-factor';
      const name = v === 'topic-naming' ? `Bad_Name_${t}` : `${domain}.event-${t}.v1`;
      const [text, found] = strimzi ? strimziTopic(name, v, line) : nativeTopic(name, v, line);
      for (const f of found) truth.push({ file: rel, line: f.line, rule: f.rule });
      docs.push(text);
      line += text.split('\n').length - 1 + 1; // + the `---` separator line
    }
    writeFileSync(path.join(dir, rel), docs.join('---\n'));
    fileNo++;
  }
  writeFileSync(path.join(dir, '..', `${path.basename(dir)}.ground-truth.json`), JSON.stringify(truth));
  return { truth, files: fileNo };
}
