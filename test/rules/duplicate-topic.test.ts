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
const mongey = 'resource "kafka_topic" "orders" {\n  name               = "orders"\n  partitions         = 3\n  replication_factor = 3\n}\n';
const aiven = (project: string, service: string) => `resource "aiven_kafka_topic" "orders" {\n  project      = ${project}\n  service_name = ${service}\n  topic_name   = "orders"\n  partitions   = 3\n  replication  = 3\n}\n`;
const confluent = (id: string) => `resource "confluent_kafka_topic" "orders" {\n  kafka_cluster {\n    id = ${id}\n  }\n  topic_name       = "orders"\n  partitions_count = 3\n}\n`;
const cfk = (spec: string) => `apiVersion: platform.confluent.io/v1beta1\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  replicas: 3\n  partitionCount: 3\n${spec}`;

ruleTester(rule).run({
  valid: [
    { name: 'NAIS: one name in two pools', files: { 'a/topic.yaml': nais('orders', 'nav-dev'), 'b/topic.yaml': nais('orders', 'nav-prod') } },
    { name: 'NAIS: templated pool, dev-gcp/ and prod-gcp/ folders', files: { 'dev-gcp/topic.yaml': naisNoPool, 'prod-gcp/topic.yaml': naisNoPool } },
    { name: 'NAIS: templated pool outside cluster folders (unknown cluster, other file)', files: { 'a/topic.yaml': naisNoPool, 'b/topic.yaml': naisNoPool } },
    { name: 'topicctl: two meta.cluster values', files: { 'a.yaml': topicctl('dev'), 'b.yaml': topicctl('prod') } },
    { name: 'topicctl: one meta.cluster templated (unknown, other file)', files: { 'a.yaml': topicctl('prod'), 'b.yaml': topicctl('"${CLUSTER}"') } },
    { name: 'Strimzi: two strimzi.io/cluster labels', files: { 'a.yaml': strimzi('dev'), 'b.yaml': strimzi('prod') } },
    { name: 'Terraform: one root module per cluster', files: { 'terraform/dev/main.tf': mongey, 'terraform/prod/main.tf': mongey } },
    { name: 'Aiven: two services', files: { 'a/main.tf': aiven('"acme"', '"kafka-dev"'), 'a/other.tf': aiven('"acme"', '"kafka-prod"') } },
    { name: 'Aiven: one service in two projects (via variables)', files: { 'a/main.tf': aiven('var.project', '"kafka"'), 'a/vars.tf': 'variable "project" {\n  default = "acme-dev"\n}\n', 'b/main.tf': aiven('"acme-prod"', '"kafka"') } },
    { name: 'Aiven: an unknown service (a variable without a value), other file', files: { 'a/main.tf': aiven('"acme"', 'var.service'), 'a/other.tf': aiven('"acme"', 'var.service') } },
    { name: 'Aiven: project from a variable without a value, two service resources in one file', files: { 'a/main.tf': `${aiven('var.project', 'aiven_kafka.syd.service_name')}${aiven('var.project', 'aiven_kafka.use.service_name').replace('"orders" {', '"orders2" {')}` } },
    { name: 'Confluent: two kafka_cluster ids', files: { 'a/main.tf': confluent('"lkc-dev"'), 'a/other.tf': confluent('"lkc-prod"') } },
    { name: 'Confluent: two cluster resources in one root', files: { 'a/main.tf': confluent('confluent_kafka_cluster.dev.id'), 'a/other.tf': confluent('confluent_kafka_cluster.prod.id') } },
    { name: 'CFK: two kafkaClusterRefs', files: { 'a.yaml': cfk('  kafkaClusterRef:\n    name: kafka-dev\n'), 'b.yaml': cfk('  kafkaClusterRef:\n    name: kafka-prod\n') } },
    { name: 'CFK: one Kafka name in two namespaces', files: { 'a.yaml': cfk('  kafkaClusterRef:\n    name: kafka\n    namespace: dev\n'), 'b.yaml': cfk('  kafkaClusterRef:\n    name: kafka\n    namespace: prod\n') } },
    { name: 'CFK: two KafkaRestClasses', files: { 'a.yaml': cfk('  kafkaRestClassRef:\n    name: rest-dev\n'), 'b.yaml': cfk('  kafkaRestClassRef:\n    name: rest-prod\n') } },
    { name: 'CFK: two kafkaRest cluster ids', files: { 'a.yaml': cfk('  kafkaRest:\n    kafkaClusterID: lkc-1\n'), 'b.yaml': cfk('  kafkaRest:\n    kafkaClusterID: lkc-2\n') } },
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
      name: 'Terraform: one root module twice',
      files: { 'terraform/prod/a.tf': mongey, 'terraform/prod/b.tf': mongey, 'terraform/dev/main.tf': mongey },
      errors: [{ file: 'terraform/prod/b.tf', line: 2, column: 24, endLine: 2, endColumn: 32, message: 'is already defined in terraform/prod/a.tf on cluster `terraform/prod`.', related: [{ file: 'terraform/prod/a.tf', line: 2, column: 24, message: 'first definition' }] }],
    },
    {
      name: 'Aiven: one project and service twice',
      files: { 'a/main.tf': aiven('"acme"', '"kafka"'), 'b/main.tf': aiven('"acme"', '"kafka"') },
      errors: [{ file: 'b/main.tf', line: 4, column: 18, endLine: 4, endColumn: 26, message: 'on cluster `acme/kafka`.', related: [{ file: 'a/main.tf', line: 4, column: 18, message: 'first definition' }] }],
    },
    {
      name: 'Confluent: one cluster resource twice in its root',
      files: { 'a/main.tf': confluent('confluent_kafka_cluster.prod.id'), 'a/other.tf': confluent('confluent_kafka_cluster.prod.id') },
      errors: [{ file: 'a/other.tf', line: 5, column: 22, endLine: 5, endColumn: 30, message: 'on cluster `a: confluent_kafka_cluster.prod.id`.', related: [{ file: 'a/main.tf', line: 5, column: 22, message: 'first definition' }] }],
    },
    {
      name: 'CFK: one kafkaClusterRef twice',
      files: { 'a.yaml': cfk('  kafkaClusterRef:\n    name: kafka\n'), 'b.yaml': cfk('  kafkaClusterRef:\n    name: kafka\n') },
      errors: [{ file: 'b.yaml', line: 4, column: 9, endLine: 4, endColumn: 15, message: 'on cluster `kafka`.', related: [{ file: 'a.yaml', line: 4, column: 9, message: 'first definition' }] }],
    },
    {
      name: 'an unknown cluster still matches within its own file',
      files: { 'a.yaml': `${topicctl('"${CLUSTER}"')}---\n${topicctl('"${CLUSTER}"')}` },
      errors: [{ line: 9, column: 9, endLine: 9, endColumn: 15, message: 'is already defined in a.yaml. Keep', related: [{ file: 'a.yaml', line: 2, column: 9, message: 'first definition' }] }],
    },
  ],
});
