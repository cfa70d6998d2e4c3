/**
 * The Terraform adapter: topic resources of the Mongey, Confluent and Aiven providers, with values
 * resolved through locals, variable defaults, .tfvars, for_each and count; unknown where Terraform
 * alone can know; exact positions (UTF-16) even after non-ASCII text; the real corpus files.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Field, SourceLocation, Topic } from '../../src/model/model.js';
import { LineIndex } from '../../src/model/text.js';
import type { AdapterOutput, InputFile } from '../../src/sources/types.js';
import { terraformAdapter } from '../../src/sources/terraform/index.js';

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
if (!existsSync(corpus)) console.warn(`terraform: ../shared/corpus not found at ${corpus}; corpus cases skipped`);

type Files = Record<string, string>;

async function read(files: Files): Promise<AdapterOutput> {
  const input: InputFile[] = Object.entries(files).map(([p, text]) => ({ path: p, text }));
  return terraformAdapter.read(input);
}

/** `line:column-endLine:endColumn` (1-based, end exclusive) of a location, in the file it points into. */
function region(files: Files, loc: SourceLocation): string {
  const text = files[loc.file];
  if (text === undefined) throw new Error(`no file ${loc.file}`);
  const index = new LineIndex(text);
  const s = index.position(loc.start);
  const e = index.position(loc.end);
  return `${loc.file}:${s.line}:${s.column}-${e.line}:${e.column}`;
}

/** A field's value, spelling and place, in one comparable object. */
function show(files: Files, f: Field<unknown> | undefined): Record<string, unknown> | undefined {
  if (!f) return undefined;
  if (f.kind === 'known') {
    return { value: f.value, raw: f.raw, at: region(files, f.loc), ...(f.origin ? { origin: region(files, f.origin) } : {}) };
  }
  if (f.kind === 'unknown') return { unknown: f.reason, raw: f.raw, at: region(files, f.loc) };
  return { invalid: f.raw, expected: f.expected, at: region(files, f.loc) };
}

function topic(out: AdapterOutput, name: string): Topic {
  const t = out.topics.find((x) => x.name.kind === 'known' && x.name.value === name);
  if (!t) throw new Error(`no topic ${name}; have ${out.topics.map((x) => JSON.stringify(x.name.kind === 'known' ? x.name.value : x.name.kind)).join(', ')}`);
  return t;
}

const names = (out: AdapterOutput): unknown[] => out.topics.map((t) => (t.name.kind === 'known' ? t.name.value : t.name.kind));

describe('terraformAdapter.claims', () => {
  it('claims .tf and .tfvars files and nothing else', () => {
    expect(terraformAdapter.id).toBe('terraform');
    for (const p of ['main.tf', 'infra/kafka/topics.tf', 'env/prod.tfvars', 'terraform.tfvars', 'x.auto.tfvars']) {
      expect(terraformAdapter.claims(p), p).toBe(true);
    }
    for (const p of ['main.tf.json', 'x.tfvars.json', 'otel.tf.base', 'topics.tfvars.head', 'topics.yaml', 'tf', 'README.md', 'main.tfstate']) {
      expect(terraformAdapter.claims(p), p).toBe(false);
    }
  });
});

describe('Mongey kafka_topic', () => {
  const files = {
    'kafka/topics.tf': `terraform {
  required_providers {
    kafka = { source = "Mongey/kafka" }
  }
}

provider "kafka" {
  bootstrap_servers = ["localhost:9092"]
}

resource "kafka_topic" "orders" {
  name               = "orders.v1"
  replication_factor = 3
  partitions         = 12
  config = {
    "retention.ms"        = "604800000"
    "cleanup.policy"      = "compact,delete"
    "min.insync.replicas" = 2
  }
}
`,
  };

  it('reads name, partitions, replication factor and config at their values', async () => {
    const out = await read(files);
    expect(out.problems).toEqual([]);
    expect(out.topics).toHaveLength(1);
    const t = out.topics[0]!;
    expect(t).toMatchObject({ kind: 'topic', format: 'terraform', declaredIn: 'catalog', file: 'kafka/topics.tf', consumerGroups: [], labels: {} });
    expect(region(files, t.loc)).toBe('kafka/topics.tf:11:1-20:2');
    expect(show(files, t.name)).toEqual({ value: 'orders.v1', raw: '"orders.v1"', at: 'kafka/topics.tf:12:24-12:35' });
    expect(show(files, t.replicationFactor)).toEqual({ value: 3, raw: '3', at: 'kafka/topics.tf:13:24-13:25' });
    expect(show(files, t.partitions)).toEqual({ value: 12, raw: '12', at: 'kafka/topics.tf:14:24-14:26' });
    expect(show(files, t.retentionMs)).toEqual({ value: 604800000, raw: '"604800000"', at: 'kafka/topics.tf:16:29-16:40' });
    expect(show(files, t.cleanupPolicy)).toEqual({ value: ['compact', 'delete'], raw: '"compact,delete"', at: 'kafka/topics.tf:17:29-17:45' });
    expect(show(files, t.minInsyncReplicas)).toEqual({ value: 2, raw: '2', at: 'kafka/topics.tf:18:29-18:30' });
    expect(Object.keys(t.config)).toEqual(['retention.ms', 'cleanup.policy', 'min.insync.replicas']);
    expect(show(files, t.config['min.insync.replicas'])).toEqual({ value: 2, raw: '2', at: 'kafka/topics.tf:18:29-18:30' });
  });

  it('ignores terraform and provider blocks and records the file as linted', async () => {
    const out = await read(files);
    expect(out.files).toEqual([{ path: 'kafka/topics.tf', status: 'linted', formats: ['terraform'] }]);
  });

  it('marks values that cannot be read as the field type invalid, keeping the spelling', async () => {
    const f = { 'a.tf': 'resource "kafka_topic" "a" {\n  name = "a"\n  partitions = "twelve"\n  config = { "retention.ms" = "soon" }\n}\n' };
    const t = (await read(f)).topics[0]!;
    expect(show(f, t.partitions)).toEqual({ invalid: '"twelve"', expected: 'a whole number', at: 'a.tf:3:16-3:24' });
    expect(show(f, t.retentionMs)).toEqual({ invalid: '"soon"', expected: 'a number of milliseconds, or -1 for infinite', at: 'a.tf:4:31-4:37' });
  });

  it('unescapes string literals but quotes them back as written', async () => {
    const f = { 'a.tf': 'resource "kafka_topic" "a" {\n  name = "we\\"ird.$${x}"\n  config = { "message.timestamp.type" = <<EOT\nCreateTime\nEOT\n  }\n}\n' };
    const t = (await read(f)).topics[0]!;
    expect(show(f, t.name)).toEqual({ value: 'we"ird.${x}', raw: '"we\\"ird.$${x}"', at: 'a.tf:2:10-2:25' });
    expect(t.config['message.timestamp.type']).toMatchObject({ kind: 'known', value: 'CreateTime\n' });
  });

  it('keeps the whitespace around interpolations and strips <<- heredoc indentation', async () => {
    const f = {
      'a.tf': 'locals {\n  x = "X"\n}\nresource "kafka_topic" "a" {\n  name = " a ${local.x} b "\n  config = {\n    "k" = <<-EOT\n      one\n        two ${local.x}\n      EOT\n  }\n}\n',
    };
    const t = (await read(f)).topics[0]!;
    expect(t.name).toMatchObject({ kind: 'known', value: ' a X b ' });
    expect(t.config['k']).toMatchObject({ kind: 'known', value: 'one\n  two X\n' });
  });

  it('reports a resource without a name as an invalid name at the resource type', async () => {
    const f = { 'a.tf': 'resource "kafka_topic" "a" {\n  partitions = 1\n}\n' };
    const t = (await read(f)).topics[0]!;
    expect(show(f, t.name)).toEqual({ invalid: '', expected: 'a topic name in `name`', at: 'a.tf:1:10-1:23' });
  });
});

describe('Confluent confluent_kafka_topic', () => {
  const files = {
    'confluent.tf': `resource "confluent_kafka_topic" "payments" {
  kafka_cluster {
    id = confluent_kafka_cluster.basic.id
  }
  topic_name       = "payments"
  partitions_count = 6
  rest_endpoint    = confluent_kafka_cluster.basic.rest_endpoint
  config = {
    "cleanup.policy"    = "delete"
    "retention.ms"      = "-1"
    "max.message.bytes" = "8388608"
  }
  credentials {
    key    = confluent_api_key.app-manager-kafka-api-key.id
    secret = confluent_api_key.app-manager-kafka-api-key.secret
  }
}
`,
  };

  it('reads topic_name, partitions_count and config; has no replication factor field', async () => {
    const out = await read(files);
    const t = topic(out, 'payments');
    expect(show(files, t.name)).toEqual({ value: 'payments', raw: '"payments"', at: 'confluent.tf:5:22-5:32' });
    expect(show(files, t.partitions)).toEqual({ value: 6, raw: '6', at: 'confluent.tf:6:22-6:23' });
    expect(t.replicationFactor).toBeUndefined();
    expect(show(files, t.retentionMs)).toEqual({ value: -1, raw: '"-1"', at: 'confluent.tf:10:27-10:31' });
    expect(show(files, t.cleanupPolicy)).toEqual({ value: ['delete'], raw: '"delete"', at: 'confluent.tf:9:27-9:35' });
    expect(t.config['max.message.bytes']?.kind).toBe('known');
  });
});

describe('Aiven aiven_kafka_topic', () => {
  const files = {
    'aiven.tf': `resource "aiven_kafka_topic" "clicks" {
  project      = var.project
  service_name = aiven_kafka.kafka.service_name
  topic_name   = "clicks"
  partitions   = 5
  replication  = 2
  termination_protection = true

  config {
    retention_ms        = 86400000
    cleanup_policy      = "compact"
    min_insync_replicas = 1
    unclean_leader_election_enable = false
  }

  tag {
    key   = "owner"
    value = "team-web"
  }
  tag {
    key   = "x-dr-tier"
    value = "tier-2"
  }
}
`,
  };

  it('maps the config block to dotted Kafka names and tag blocks to labels', async () => {
    const out = await read(files);
    expect(out.problems).toEqual([]);
    const t = topic(out, 'clicks');
    expect(show(files, t.name)).toEqual({ value: 'clicks', raw: '"clicks"', at: 'aiven.tf:4:18-4:26' });
    expect(show(files, t.partitions)).toEqual({ value: 5, raw: '5', at: 'aiven.tf:5:18-5:19' });
    expect(show(files, t.replicationFactor)).toEqual({ value: 2, raw: '2', at: 'aiven.tf:6:18-6:19' });
    expect(Object.keys(t.config)).toEqual(['retention.ms', 'cleanup.policy', 'min.insync.replicas', 'unclean.leader.election.enable']);
    expect(show(files, t.retentionMs)).toEqual({ value: 86400000, raw: '86400000', at: 'aiven.tf:10:27-10:35' });
    expect(show(files, t.cleanupPolicy)).toEqual({ value: ['compact'], raw: '"compact"', at: 'aiven.tf:11:27-11:36' });
    expect(show(files, t.minInsyncReplicas)).toEqual({ value: 1, raw: '1', at: 'aiven.tf:12:27-12:28' });
    expect(show(files, t.config['unclean.leader.election.enable'])).toEqual({ value: false, raw: 'false', at: 'aiven.tf:13:38-13:43' });
    expect(Object.keys(t.labels)).toEqual(['owner', 'x-dr-tier']);
    expect(show(files, t.labels['x-dr-tier'])).toEqual({ value: 'tier-2', raw: '"tier-2"', at: 'aiven.tf:22:13-22:21' });
    expect(show(files, t.owner)).toEqual({ value: 'team-web', raw: '"team-web"', at: 'aiven.tf:18:13-18:23' });
  });
});

describe('locals, variables and .tfvars', () => {
  const files = {
    'kafka/variables.tf': `variable "prefix" {
  type    = string
  default = "shop"
}

variable "partitions" {
  type    = number
  default = 3
}

variable "replication_factor" {
  type = number
}
`,
    'kafka/main.tf': `locals {
  retention = "259200000"
  policy    = local.base_policy
  base_policy = "delete"
}

resource "kafka_topic" "orders" {
  name               = "\${var.prefix}-orders"
  partitions         = var.partitions
  replication_factor = var.replication_factor
  config = {
    "retention.ms"   = local.retention
    "cleanup.policy" = local.policy
  }
}
`,
    'kafka/terraform.tfvars': `partitions = 6
`,
  };

  it('composes a name from a template with a known variable, located at the template', async () => {
    const out = await read(files);
    const t = out.topics[0]!;
    expect(show(files, t.name)).toEqual({ value: 'shop-orders', raw: '"${var.prefix}-orders"', at: 'kafka/main.tf:8:24-8:46' });
  });

  it('takes a .tfvars value over the variable default, located in the .tfvars with the resource expression as origin', async () => {
    const out = await read(files);
    const t = out.topics[0]!;
    expect(show(files, t.partitions)).toEqual({ value: 6, raw: '6', at: 'kafka/terraform.tfvars:1:14-1:15', origin: 'kafka/main.tf:9:24-9:38' });
  });

  it('locates a value from locals at the local, following locals that refer to locals', async () => {
    const out = await read(files);
    const t = out.topics[0]!;
    expect(show(files, t.retentionMs)).toEqual({ value: 259200000, raw: '"259200000"', at: 'kafka/main.tf:2:15-2:26', origin: 'kafka/main.tf:12:24-12:39' });
    expect(show(files, t.cleanupPolicy)).toEqual({ value: ['delete'], raw: '"delete"', at: 'kafka/main.tf:4:17-4:25', origin: 'kafka/main.tf:13:24-13:36' });
  });

  it('makes a variable without default or .tfvars value unknown at the resource expression', async () => {
    const out = await read(files);
    const t = out.topics[0]!;
    expect(show(files, t.replicationFactor)).toEqual({
      unknown: 'var.replication_factor has no default and no .tfvars value',
      raw: 'var.replication_factor',
      at: 'kafka/main.tf:10:24-10:46',
    });
  });

  it('records every file that fed a topic as linted', async () => {
    const out = await read(files);
    expect(out.files).toEqual([
      { path: 'kafka/variables.tf', status: 'linted', formats: ['terraform'] },
      { path: 'kafka/main.tf', status: 'linted', formats: ['terraform'] },
      { path: 'kafka/terraform.tfvars', status: 'linted', formats: ['terraform'] },
    ]);
  });

  it('applies .tfvars only to the .tf files of the same directory', async () => {
    const out = await read({ ...files, 'kafka/terraform.tfvars': 'partitions = 6\n', 'other/terraform.tfvars': 'partitions = 9\n' });
    expect(out.topics[0]!.partitions).toMatchObject({ kind: 'known', value: 6 });
    expect(out.files.find((f) => f.path === 'other/terraform.tfvars')).toMatchObject({ status: 'not-catalog' });
  });

  it('lets *.auto.tfvars override terraform.tfvars, and one -var-file override both', async () => {
    const base = { 'm/main.tf': 'variable "p" {\n  default = 1\n}\nresource "kafka_topic" "t" {\n  name = "t"\n  partitions = var.p\n}\n' };
    const withAuto = await read({ ...base, 'm/terraform.tfvars': 'p = 2\n', 'm/a.auto.tfvars': 'p = 3\n' });
    expect(withAuto.topics[0]!.partitions).toMatchObject({ value: 3, loc: { file: 'm/a.auto.tfvars' } });
    const withVarFile = await read({ ...base, 'm/terraform.tfvars': 'p = 2\n', 'm/prod.tfvars': 'p = 4\n' });
    expect(withVarFile.topics[0]!.partitions).toMatchObject({ value: 4, loc: { file: 'm/prod.tfvars' } });
  });

  it('makes a variable set by several -var-files unknown, since the value depends on which is passed', async () => {
    const f = {
      'm/main.tf': 'variable "p" {\n  default = 1\n}\nresource "kafka_topic" "t" {\n  name = "t"\n  partitions = var.p\n}\n',
      'm/dev.tfvars': 'p = 1\n',
      'm/prod.tfvars': 'p = 12\n',
    };
    const t = (await read(f)).topics[0]!;
    expect(show(f, t.partitions)).toEqual({
      unknown: 'var.p is set by several .tfvars files (dev.tfvars, prod.tfvars); the value depends on the -var-file used',
      raw: 'var.p',
      at: 'm/main.tf:6:16-6:21',
    });
  });
});

describe('for_each and count', () => {
  it('makes one topic per key of a literal map in locals, each field located in the map', async () => {
    const files = {
      'topics.tf': `locals {
  topics = {
    "billing.invoices" = { partitions = 6, retention_ms = "86400000" }
    "billing.refunds"  = { partitions = 3, retention_ms = "-1" }
  }
}

resource "kafka_topic" "this" {
  for_each           = local.topics
  name               = each.key
  partitions         = each.value.partitions
  replication_factor = 3
  config = {
    "retention.ms" = each.value.retention_ms
  }
}
`,
    };
    const out = await read(files);
    expect(names(out)).toEqual(['billing.invoices', 'billing.refunds']);
    const refunds = topic(out, 'billing.refunds');
    expect(show(files, refunds.name)).toEqual({ value: 'billing.refunds', raw: '"billing.refunds"', at: 'topics.tf:4:5-4:22', origin: 'topics.tf:10:24-10:32' });
    expect(show(files, refunds.partitions)).toEqual({ value: 3, raw: '3', at: 'topics.tf:4:41-4:42', origin: 'topics.tf:11:24-11:45' });
    expect(show(files, refunds.retentionMs)).toEqual({ value: -1, raw: '"-1"', at: 'topics.tf:4:59-4:63', origin: 'topics.tf:14:22-14:45' });
    expect(show(files, refunds.replicationFactor)).toEqual({ value: 3, raw: '3', at: 'topics.tf:12:24-12:25' });
    expect(refunds.loc).toEqual(topic(out, 'billing.invoices').loc);
  });

  it('reads for_each over a for expression on a .tfvars list, without reading the list a second time', async () => {
    const files = {
      'env/main.tf': `variable "topics" {
  type = list(object({ name = string, partitions = number, config = map(string) }))
}

resource "confluent_kafka_topic" "topics" {
  for_each         = { for t in var.topics : t.name => t }
  topic_name       = each.value.name
  partitions_count = each.value.partitions
  config           = each.value.config
}
`,
      'env/topics.tfvars': `topics = [
  {
    name       = "test_topic_1"
    partitions = 4
    config = {
      "delete.retention.ms" = "100000"
      "cleanup.policy"      = "compact"
    }
  },
]
`,
    };
    const out = await read(files);
    expect(names(out)).toEqual(['test_topic_1']);
    const t = out.topics[0]!;
    expect(t.file).toBe('env/main.tf');
    expect(show(files, t.name)).toEqual({ value: 'test_topic_1', raw: '"test_topic_1"', at: 'env/topics.tfvars:3:18-3:32', origin: 'env/main.tf:7:22-7:37' });
    expect(show(files, t.partitions)).toEqual({ value: 4, raw: '4', at: 'env/topics.tfvars:4:18-4:19', origin: 'env/main.tf:8:22-8:43' });
    expect(show(files, t.cleanupPolicy)).toEqual({ value: ['compact'], raw: '"compact"', at: 'env/topics.tfvars:7:31-7:40', origin: 'env/main.tf:9:22-9:39' });
  });

  it('falls back to reading the .tfvars list when the for_each over it cannot be resolved', async () => {
    const files = {
      'env/main.tf': 'resource "kafka_topic" "t" {\n  for_each = { for t in var.topics : t.name => t if t.partitions > 1 }\n  name = each.key\n}\n',
      'env/topics.tfvars': 'topics = [\n  { name = "a", partitions = 3 },\n]\n',
    };
    const out = await read(files);
    expect(out.topics.map((t) => [t.file, t.name.kind === 'known' ? t.name.value : t.name.kind])).toEqual([
      ['env/main.tf', 'unknown'],
      ['env/topics.tfvars', 'a'],
    ]);
  });

  it('reads for_each over toset() of literal names', async () => {
    const files = { 'a.tf': 'resource "kafka_topic" "t" {\n  for_each = toset(["a", "b", "a"])\n  name = "app.${each.key}"\n  partitions = 1\n}\n' };
    const out = await read(files);
    expect(names(out)).toEqual(['app.a', 'app.b']);
    expect(show(files, out.topics[1]!.name)).toEqual({ value: 'app.b', raw: '"app.${each.key}"', at: 'a.tf:3:10-3:27' });
  });

  it('makes count topics with count.index resolved', async () => {
    const files = { 'a.tf': 'resource "kafka_topic" "shard" {\n  count = 3\n  name = "shard-${count.index}"\n  partitions = 2\n}\n' };
    const out = await read(files);
    expect(names(out)).toEqual(['shard-0', 'shard-1', 'shard-2']);
    expect(show(files, out.topics[2]!.partitions)).toEqual({ value: 2, raw: '2', at: 'a.tf:4:16-4:17' });
  });

  it('makes no topic for count = 0 and one topic with unknowns when count is not known', async () => {
    const none = await read({ 'a.tf': 'resource "kafka_topic" "t" {\n  count = 0\n  name = "t"\n}\n' });
    expect(none.topics).toEqual([]);
    const files = { 'a.tf': 'resource "kafka_topic" "t" {\n  count = var.enabled ? 1 : 0\n  name = "t-${count.index}"\n  partitions = 1\n}\n' };
    const out = await read(files);
    expect(out.topics).toHaveLength(1);
    const t = out.topics[0]!;
    expect(t.name.kind).toBe('unknown');
    expect(show(files, t.name)?.at).toBe('a.tf:3:10-3:28');
    expect(show(files, t.partitions)).toEqual({ value: 1, raw: '1', at: 'a.tf:4:16-4:17' });
  });

  it('keeps literal fields of a resource whose for_each is unknown, with the name unknown at the name expression', async () => {
    const files = { 'a.tf': 'resource "kafka_topic" "t" {\n  for_each = data.external.topics.result\n  name = each.key\n  replication_factor = 1\n}\n' };
    const out = await read(files);
    expect(out.topics).toHaveLength(1);
    const t = out.topics[0]!;
    expect(show(files, t.name)).toEqual({
      unknown: 'each.* comes from for_each = data.external.topics.result, which is a data source, known only when Terraform runs',
      raw: 'each.key',
      at: 'a.tf:3:10-3:18',
    });
    expect(show(files, t.replicationFactor)).toEqual({ value: 1, raw: '1', at: 'a.tf:4:24-4:25' });
  });
});

describe('values Terraform alone can know', () => {
  const files = {
    'a.tf': `resource "kafka_topic" "t" {
  name               = "\${terraform.workspace}-events"
  partitions         = max(3, var.min_partitions)
  replication_factor = module.defaults.replication_factor
  config = {
    "retention.ms"   = data.kafka_config.defaults.retention
    "cleanup.policy" = var.compact ? "compact" : "delete"
  }
}
`,
  };

  it('are unknown, located at the expression, with a reason', async () => {
    const out = await read(files);
    expect(out.problems).toEqual([]);
    const t = out.topics[0]!;
    expect(show(files, t.name)).toEqual({
      unknown: 'the interpolation ${terraform.workspace} is the Terraform workspace, known only when Terraform runs',
      raw: '"${terraform.workspace}-events"',
      at: 'a.tf:2:24-2:55',
    });
    expect(show(files, t.partitions)).toEqual({ unknown: 'max(...) of var.min_partitions has no default and no .tfvars value', raw: 'max(3, var.min_partitions)', at: 'a.tf:3:24-3:50' });
    expect(show(files, t.replicationFactor)).toEqual({
      unknown: 'a module output (modules are not read)',
      raw: 'module.defaults.replication_factor',
      at: 'a.tf:4:24-4:58',
    });
    expect(show(files, t.retentionMs)).toMatchObject({ unknown: 'a data source, known only when Terraform runs', at: 'a.tf:6:24-6:60' });
    expect(show(files, t.cleanupPolicy)).toMatchObject({ unknown: 'a condition on var.compact has no default and no .tfvars value', at: 'a.tf:7:24-7:58' });
  });

  it('makes config-derived fields unknown when the whole config map is unknown', async () => {
    const f = { 'a.tf': 'resource "kafka_topic" "t" {\n  name = "t"\n  config = merge(local.defaults, var.overrides)\n}\n' };
    const t = (await read(f)).topics[0]!;
    expect(t.config).toEqual({});
    expect(t.retentionMs?.kind).toBe('unknown');
    expect(show(f, t.retentionMs)?.at).toBe('a.tf:3:12-3:48');
    expect(t.minInsyncReplicas?.kind).toBe('unknown');
  });

  it('does not read topics from modules it cannot see', async () => {
    const out = await read({ 'a.tf': 'module "topics" {\n  source = "git::https://example.com/kafka-topics.git"\n  topics = [{ name = "x", partitions = 3 }]\n}\n' });
    expect(out.topics).toEqual([]);
    expect(out.files).toEqual([{ path: 'a.tf', status: 'not-catalog', formats: [], reason: 'no kafka_topic, confluent_kafka_topic or aiven_kafka_topic resource' }]);
  });
});

describe('syntax errors', () => {
  it('report parse-error at the first error and still read the valid resources', async () => {
    const files = {
      'bad.tf': `resource "kafka_topic" "good" {
  name       = "good"
  partitions = 3
}

resource "kafka_topic" "broken" {
  name       = "broken"
  partitions = 3 3
}
`,
    };
    const out = await read(files);
    expect(out.files).toEqual([{ path: 'bad.tf', status: 'parse-error', formats: ['terraform'], reason: out.problems[0]?.message }]);
    expect(out.problems).toHaveLength(1);
    const p = out.problems[0]!;
    expect(p).toEqual({ ruleId: 'parse-error', message: 'HCL syntax error: unexpected "3"', loc: { file: 'bad.tf', start: p.loc.start, end: p.loc.end } });
    expect(region(files, p.loc)).toBe('bad.tf:8:18-8:19');
    expect(show(files, topic(out, 'good').partitions)).toEqual({ value: 3, raw: '3', at: 'bad.tf:3:16-3:17' });
    // The broken attribute is not trusted; the rest of its resource still is.
    expect(show(files, topic(out, 'broken').partitions)).toEqual({ unknown: 'a value with a syntax error', raw: '3', at: 'bad.tf:8:16-8:17' });
    expect(show(files, topic(out, 'broken').name)).toEqual({ value: 'broken', raw: '"broken"', at: 'bad.tf:7:16-7:24' });
  });

  it('report a missing closing brace at the end and still find resources nested by error recovery', async () => {
    const files = { 'bad.tf': 'resource "kafka_topic" "a" {\n  name = "a"\n\nresource "kafka_topic" "b" {\n  name = "b"\n  partitions = 2\n}\n' };
    const out = await read(files);
    expect(out.problems.map((p) => [p.message, region(files, p.loc)])).toEqual([['HCL syntax error: missing "}"', 'bad.tf:8:1-8:1']]);
    expect(names(out)).toEqual(['a', 'b']);
    expect(show(files, topic(out, 'b').partitions)).toEqual({ value: 2, raw: '2', at: 'bad.tf:6:16-6:17' });
  });

  it('never throw on garbage', async () => {
    const out = await read({ 'x.tf': '}}}{{{ "unterminated\n= = =\n\u0000', 'y.tfvars': 'topics = [\n' });
    expect(out.files.map((f) => f.status)).toEqual(['parse-error', 'parse-error']);
    expect(out.problems.map((p) => p.loc.file)).toEqual(['x.tf', 'y.tfvars']);
  });
});

describe('offsets after non-ASCII text', () => {
  it('are UTF-16 offsets into the string, so columns count an emoji as two', async () => {
    const files = {
      'ü.tf': `# Thème: événements de facturation — 請求 😀
locals {
  team = "équipe-😀"
}
resource "kafka_topic" "t" {
  name = "fäcture-😀"   # ✓
  partitions = 1
  config = { "retention.ms" = "1" }
}
`,
    };
    const out = await read(files);
    const t = out.topics[0]!;
    expect(show(files, t.name)).toEqual({ value: 'fäcture-😀', raw: '"fäcture-😀"', at: 'ü.tf:6:10-6:22' });
    expect(show(files, t.partitions)).toEqual({ value: 1, raw: '1', at: 'ü.tf:7:16-7:17' });
    expect(show(files, t.retentionMs)).toEqual({ value: 1, raw: '"1"', at: 'ü.tf:8:31-8:34' });
    const text = files['ü.tf'];
    if (t.name.kind !== 'known') throw new Error('name');
    expect(text.slice(t.name.loc.start, t.name.loc.end)).toBe('"fäcture-😀"');
  });
});

describe('.tfvars read on their own', () => {
  it('reads a list of topic-like objects when no resource consumes it', async () => {
    const files = {
      'env/topics.tfvars': `environment = "env-1"
topics = [
  {
    name       = "a"
    partitions = 4
    config = {
      "retention.ms" = "100000"
    }
  },
  {
    name               = "b"
    replication_factor = 1
  },
]
service_account = {
  name = "sa"
  role = "CloudClusterAdmin"
}
`,
    };
    const out = await read(files);
    expect(names(out)).toEqual(['a', 'b']);
    const a = topic(out, 'a');
    expect(a.file).toBe('env/topics.tfvars');
    expect(region(files, a.loc)).toBe('env/topics.tfvars:3:3-9:4');
    expect(show(files, a.name)).toEqual({ value: 'a', raw: '"a"', at: 'env/topics.tfvars:4:18-4:21' });
    expect(show(files, a.retentionMs)).toEqual({ value: 100000, raw: '"100000"', at: 'env/topics.tfvars:7:24-7:32' });
    expect(show(files, topic(out, 'b').replicationFactor)).toEqual({ value: 1, raw: '1', at: 'env/topics.tfvars:12:26-12:27' });
    expect(out.files).toEqual([{ path: 'env/topics.tfvars', status: 'linted', formats: ['terraform'] }]);
  });

  it('reads a map of topic-like objects keyed by topic name', async () => {
    const files = { 't.tfvars': 'kafka_topics = {\n  "orders" = { partitions = 3, owner = "team-a" }\n  "refunds" = { partitions = 1 }\n}\n' };
    const out = await read(files);
    expect(names(out)).toEqual(['orders', 'refunds']);
    expect(show(files, topic(out, 'orders').name)).toEqual({ value: 'orders', raw: '"orders"', at: 't.tfvars:2:3-2:11' });
    expect(show(files, topic(out, 'orders').owner)).toEqual({ value: 'team-a', raw: '"team-a"', at: 't.tfvars:2:40-2:48' });
  });

  it('does not take lists or maps without topic settings for topics', async () => {
    const out = await read({ 'x.tfvars': 'users = [{ name = "a", role = "admin" }]\ntags = { env = "prod" }\nclusters = { a = { region = "eu" } }\n' });
    expect(out.topics).toEqual([]);
    expect(out.files[0]).toMatchObject({ status: 'not-catalog' });
  });
});

describe.skipIf(!existsSync(corpus))('the real corpus (../shared/corpus)', () => {
  const load = (rel: string): string => readFileSync(path.join(corpus, rel), 'utf8');

  it('reads the 20 customer-billing topics, the dummy topic with replication_factor 1 at its line', async () => {
    const files = { 'prod-aws/customer-billing/topics.tf': load('terraform/utilitywarehouse__kafka-cluster-config__prod-aws__customer-billing__topics.tf') };
    const out = await read(files);
    expect(out.problems).toEqual([]);
    expect(out.topics).toHaveLength(20);
    const dummy = topic(out, 'dummy');
    expect(show(files, dummy.replicationFactor)).toEqual({ value: 1, raw: '1', at: 'prod-aws/customer-billing/topics.tf:264:24-264:25' });
    expect(show(files, dummy.partitions)).toEqual({ value: 1, raw: '1', at: 'prod-aws/customer-billing/topics.tf:265:24-265:25' });
    expect(show(files, topic(out, 'public-fulfilment-events').retentionMs)).toEqual({
      value: -1,
      raw: '"-1"',
      at: 'prod-aws/customer-billing/topics.tf:99:26-99:30',
    });
    expect(topic(out, 'account-payment-details.v1').config['compression.type']).toMatchObject({ value: 'zstd' });
    expect(out.topics.every((t) => t.cleanupPolicy?.kind === 'known')).toBe(true);
  });

  it('reads the prod MSK topic with replication_factor 2', async () => {
    const files = { 'terraform-kafka/prod/topics.tf': load('terraform/fevindiaa__MSK-rds__terraform-kafka__prod__topics.tf') };
    const out = await read(files);
    expect(show(files, topic(out, 'poc-topic-prod').replicationFactor)).toEqual({ value: 2, raw: '2', at: 'terraform-kafka/prod/topics.tf:4:24-4:25' });
  });

  it('reads otel.tf at base (200 partitions) and head (10 partitions), ignoring the module blocks', async () => {
    const rel = 'diff-pairs/utilitywarehouse__kafka-cluster-config__prod-merit__otel__otel.tf';
    const base = { 'prod-merit/otel/otel.tf': load(`${rel}.base`) };
    const head = { 'prod-merit/otel/otel.tf': load(`${rel}.head`) };
    const b = await read(base);
    const h = await read(head);
    expect(names(h)).toEqual(['otel.otlp_spans', 'otel.otlp_spans_temp', 'otel.otlp_sampled_spans', 'otel.otlp_sampled_spans_temp']);
    expect(names(b)).toEqual(names(h));
    expect(show(base, topic(b, 'otel.otlp_spans').partitions)).toEqual({ value: 200, raw: '200', at: 'prod-merit/otel/otel.tf:4:24-4:27' });
    expect(show(head, topic(h, 'otel.otlp_spans').partitions)).toEqual({ value: 10, raw: '10', at: 'prod-merit/otel/otel.tf:4:24-4:26' });
    expect(show(head, topic(h, 'otel.otlp_sampled_spans').partitions)).toEqual({ value: 10, raw: '10', at: 'prod-merit/otel/otel.tf:68:24-68:26' });
    expect(h.problems).toEqual([]);
  });

  it('reads the topics.tfvars pair on its own: test_topic_2 at base, gone at head', async () => {
    const rel = 'diff-pairs/ogomezso__TF-GH-Topic-Management-example__env__topics.tfvars';
    const base = { 'env/topics.tfvars': load(`${rel}.base`) };
    const b = await read(base);
    const h = await read({ 'env/topics.tfvars': load(`${rel}.head`) });
    expect(names(b)).toEqual(['test_topic_1', 'test_topic_2']);
    expect(names(h)).toEqual(['test_topic_1']);
    const t2 = topic(b, 'test_topic_2');
    expect(show(base, t2.name)).toEqual({ value: 'test_topic_2', raw: '"test_topic_2"', at: 'env/topics.tfvars:18:18-18:32' });
    expect(show(base, t2.partitions)).toEqual({ value: 8, raw: '8', at: 'env/topics.tfvars:19:18-19:19' });
    expect(show(base, t2.config['delete.retention.ms'])).toEqual({ value: '200000', raw: '"200000"', at: 'env/topics.tfvars:21:31-21:39' });
    expect(b.files).toEqual([{ path: 'env/topics.tfvars', status: 'linted', formats: ['terraform'] }]);
  });
});
