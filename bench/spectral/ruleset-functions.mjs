// The same six checks as small custom functions (the tuned Spectral ruleset: no per-file JSON Schema
// compilation).
import { createRulesetFunction } from '@stoplight/spectral-core';

const NAME = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+\.v[0-9]+(\.(dlq|retry))?$/;
const num = (v) => (typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined);

const topicChecks = createRulesetFunction({ input: null, options: null }, (doc) => {
  const out = [];
  if (!doc || typeof doc !== 'object') return out;
  if (doc.kind === 'KafkaTopic') {
    const spec = doc.spec ?? {};
    const config = spec.config ?? {};
    const labels = doc.metadata?.labels ?? {};
    if (!(num(spec.replicas) >= 3)) out.push({ message: 'replication-factor', path: ['spec', 'replicas'] });
    if (!(num(config['min.insync.replicas']) >= 2)) out.push({ message: 'min-insync-replicas', path: ['spec', 'config', 'min.insync.replicas'] });
    if (config['unclean.leader.election.enable'] === true || config['unclean.leader.election.enable'] === 'true') out.push({ message: 'unclean-leader-election', path: ['spec', 'config', 'unclean.leader.election.enable'] });
    if (['x-topic-owner', 'x-data-classification', 'x-retention-policy', 'x-dr-tier', 'x-contact'].some((k) => labels[k] === undefined)) out.push({ message: 'ownership-metadata', path: ['spec', 'topicName'] });
    if (typeof spec.topicName === 'string' && !NAME.test(spec.topicName)) out.push({ message: 'topic-naming', path: ['spec', 'topicName'] });
    return out;
  }
  if (typeof doc.topic !== 'string') return out;
  if (!(num(doc.replicationFactor) >= 3)) out.push({ message: 'replication-factor', path: ['replicationFactor'] });
  if (!(num(doc.minInsyncReplicas) >= 2)) out.push({ message: 'min-insync-replicas', path: ['minInsyncReplicas'] });
  const u = doc.config?.['unclean.leader.election.enable'];
  if (u === true || u === 'true') out.push({ message: 'unclean-leader-election', path: ['config', 'unclean.leader.election.enable'] });
  if (['owner', 'classification', 'retention', 'drTier', 'contact'].some((k) => doc[k] === undefined)) out.push({ message: 'ownership-metadata', path: ['topic'] });
  if (!NAME.test(doc.topic)) out.push({ message: 'topic-naming', path: ['topic'] });
  if (doc.cleanupPolicy === 'compact' && doc.key === undefined) out.push({ message: 'compacted-topic-key', path: ['cleanupPolicy'] });
  return out;
});

export default {
  rules: {
    'topic-checks': { severity: 'error', given: '$', then: { function: topicChecks } },
  },
};
