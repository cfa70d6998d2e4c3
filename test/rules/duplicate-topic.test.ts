/**
 * duplicate-topic compares names within a cluster (issue #17, class A): one test per source of cluster
 * identity (same name on two clusters: no finding; twice on one cluster: a finding), and unknown
 * (templated) clusters, which match only within their own file.
 */
import rule from '../../src/rules/duplicate-topic.js';
import { ruleTester } from '../helpers/rule-tester.js';

const nais = (name: string, pool: string) => `apiVersion: kafka.nais.io/v1\nkind: Topic\nmetadata:\n  name: ${name}\n  namespace: team\nspec:\n  pool: ${pool}\n  config:\n    partitions: 1\n`;
const naisNoPool = 'apiVersion: kafka.nais.io/v1\nkind: Topic\nmetadata:\n  name: orders\n  namespace: team\nspec:\n  pool: "${POOL}"\n';
const topicctl = (cluster: string) => `meta:\n  name: orders\n  cluster: ${cluster}\nspec:\n  partitions: 3\n  replicationFactor: 3\n`;
const strimzi = (cluster: string) => `apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\n  labels:\n    strimzi.io/cluster: ${cluster}\nspec:\n  partitions: 3\n  replicas: 3\n`;

ruleTester(rule).run({
  valid: [
    { name: 'NAIS: one name in two pools', files: { 'a/topic.yaml': nais('orders', 'nav-dev'), 'b/topic.yaml': nais('orders', 'nav-prod') } },
    { name: 'NAIS: templated pool, dev-gcp/ and prod-gcp/ folders', files: { 'dev-gcp/topic.yaml': naisNoPool, 'prod-gcp/topic.yaml': naisNoPool } },
    { name: 'NAIS: templated pool outside cluster folders (unknown cluster, other file)', files: { 'a/topic.yaml': naisNoPool, 'b/topic.yaml': naisNoPool } },
    { name: 'topicctl: two meta.cluster values', files: { 'a.yaml': topicctl('dev'), 'b.yaml': topicctl('prod') } },
    { name: 'topicctl: one meta.cluster templated (unknown, other file)', files: { 'a.yaml': topicctl('prod'), 'b.yaml': topicctl('"${CLUSTER}"') } },
    { name: 'Strimzi: two strimzi.io/cluster labels', files: { 'a.yaml': strimzi('dev'), 'b.yaml': strimzi('prod') } },
    { name: 'a cluster-less catalog topic and a Strimzi topic with a cluster', files: { 'a.yaml': 'topic: orders\n', 'b.yaml': strimzi('prod') } },
  ],
  invalid: [
    {
      name: 'NAIS: one pool twice',
      files: { 'a/topic.yaml': nais('orders', 'nav-dev'), 'b/topic.yaml': nais('orders', 'nav-dev') },
      errors: [{ file: 'b/topic.yaml', line: 4, column: 9, endLine: 4, endColumn: 15, message: 'is already defined in a/topic.yaml on cluster `nav-dev`.', related: [{ file: 'a/topic.yaml', line: 4, column: 9, message: 'first definition' }] }],
    },
    {
      name: 'NAIS: templated pool, one cluster folder twice',
      files: { 'dev-gcp/a.yaml': naisNoPool, 'dev-gcp/b.yaml': naisNoPool, 'prod-gcp/a.yaml': naisNoPool },
      errors: [{ file: 'dev-gcp/b.yaml', line: 4, column: 9, endLine: 4, endColumn: 15, message: 'is already defined in dev-gcp/a.yaml on cluster `dev-gcp`.', related: [{ file: 'dev-gcp/a.yaml', line: 4, column: 9, message: 'first definition' }] }],
    },
    {
      name: 'topicctl: one meta.cluster twice',
      files: { 'a.yaml': topicctl('prod'), 'b.yaml': topicctl('prod'), 'c.yaml': topicctl('dev') },
      errors: [{ file: 'b.yaml', line: 2, column: 9, endLine: 2, endColumn: 15, message: 'is already defined in a.yaml on cluster `prod`.', related: [{ file: 'a.yaml', line: 2, column: 9, message: 'first definition' }] }],
    },
    {
      name: 'Strimzi: one strimzi.io/cluster twice',
      files: { 'a.yaml': strimzi('prod'), 'b.yaml': strimzi('dev'), 'c.yaml': strimzi('prod') },
      errors: [{ file: 'c.yaml', line: 4, column: 9, endLine: 4, endColumn: 15, message: 'is already defined in a.yaml on cluster `prod`.', related: [{ file: 'a.yaml', line: 4, column: 9, message: 'first definition' }] }],
    },
    {
      name: 'an unknown cluster still matches within its own file',
      files: { 'a.yaml': `${topicctl('"${CLUSTER}"')}---\n${topicctl('"${CLUSTER}"')}` },
      errors: [{ line: 9, column: 9, endLine: 9, endColumn: 15, message: 'is already defined in a.yaml. Keep', related: [{ file: 'a.yaml', line: 2, column: 9, message: 'first definition' }] }],
    },
  ],
});
