#!/usr/bin/env node
// Client code scanning speed: topiclint on a generated repository of TypeScript and Java service code
// (default 2,000 + 2,000 files, ~10% of them using Kafka, topic names and settings in constants in
// other files). Whole-process wall time (median of --runs), CPU time and peak RSS; every planted
// violation must be found. Run after `npm run build`. See docs/performance.md.
//   node bench/code-scan.mjs [--ts 2000] [--java 2000] [--kafka-share 0.1] [--runs 3] [--keep] [--module-tree]
// --module-tree runs dist/cli.js instead of what bin/topiclint.js picks (the bundle, when built).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const N_TS = Number(opt('ts', '2000'));
const N_JAVA = Number(opt('java', '2000'));
const SHARE = Number(opt('kafka-share', '0.1'));
const RUNS = Number(opt('runs', '3'));
const MODULES = 20;

if (!existsSync(path.join(root, 'dist/cli.js'))) {
  console.error('dist/cli.js is missing: run `npm run build` first.');
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Generation. Deterministic: the same options give the same repository.

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const NOUNS = ['order', 'invoice', 'customer', 'payment', 'refund', 'shipment', 'quote', 'product', 'cart', 'voucher', 'account', 'ledger', 'address', 'review', 'stock', 'price', 'tax', 'discount', 'return', 'subscription'];
const noun = (i) => NOUNS[i % NOUNS.length];
const moduleOf = (i) => `m${String(i % MODULES).padStart(2, '0')}`;
const topicOf = (m, k) => `${m}.${noun(k)}-changed.v1`;

/** Violations planted in Kafka files, per rule: the bench checks that exactly these are found. */
const planted = { 'producer-acks': 0, 'producer-idempotence': 0, 'consumer-auto-commit': 0, 'session-heartbeat': 0, 'code-topic-definition': 0, 'unknown-topic': 0 };

function tsPlain(i) {
  const n = noun(i);
  const N = cap(n);
  const kind = i % 4;
  if (kind === 0) {
    // A DTO module with validation helpers.
    const fields = Array.from({ length: 12 }, (_, k) => `  readonly ${n}Field${k}: ${k % 3 === 0 ? 'number' : k % 3 === 1 ? 'string' : 'boolean'};`).join('\n');
    const checks = Array.from({ length: 12 }, (_, k) => `  if (value.${n}Field${k} === undefined) errors.push('${n}Field${k} is required');`).join('\n');
    return `/** ${N} as exchanged with the web client (file ${i}). */\nexport interface ${N}Dto${i} {\n  readonly id: string;\n${fields}\n}\n\nexport interface ${N}Page${i} {\n  readonly items: readonly ${N}Dto${i}[];\n  readonly total: number;\n  readonly cursor?: string;\n}\n\nexport function validate${N}${i}(value: Partial<${N}Dto${i}>): string[] {\n  const errors: string[] = [];\n${checks}\n  return errors;\n}\n\nexport function to${N}Summary${i}(dto: ${N}Dto${i}): string {\n  return [dto.id, String(dto.${n}Field0), dto.${n}Field1].join(' / ');\n}\n`;
  }
  if (kind === 1) {
    // An HTTP controller.
    const routes = Array.from({ length: 6 }, (_, k) => `  router.${k % 2 ? 'post' : 'get'}('/${n}s/:id/action${k}', async (req: Request, res: Response) => {\n    const id = req.params.id;\n    if (!id) return res.status(400).json({ error: 'missing id' });\n    const result = await service.action${k}(id, req.body as Record<string, unknown>);\n    if (!result) return res.status(404).end();\n    logger.info({ id, action: 'action${k}' }, '${n} updated');\n    return res.json(result);\n  });`).join('\n\n');
    return `import { Router, type Request, type Response } from 'express';\nimport { logger } from '../util/logger';\nimport type { ${N}Service${i} } from './${n}-service-${i}';\n\n/** Routes of the ${n} resource. */\nexport function ${n}Routes${i}(service: ${N}Service${i}): Router {\n  const router = Router();\n${routes}\n\n  return router;\n}\n`;
  }
  if (kind === 2) {
    // A service class with a repository.
    const methods = Array.from({ length: 8 }, (_, k) => `  async action${k}(id: string, body: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {\n    const current = await this.repo.find(id);\n    if (!current) return undefined;\n    const next = { ...current, ...body, updatedAt: new Date().toISOString(), revision: Number(current.revision ?? 0) + ${k + 1} };\n    await this.repo.save(id, next);\n    this.cache.delete(id);\n    return next;\n  }`).join('\n\n');
    return `export interface Repository${i} {\n  find(id: string): Promise<Record<string, unknown> | undefined>;\n  save(id: string, value: Record<string, unknown>): Promise<void>;\n}\n\nexport class ${N}Service${i} {\n  private readonly cache = new Map<string, Record<string, unknown>>();\n\n  constructor(private readonly repo: Repository${i}) {}\n\n${methods}\n}\n`;
  }
  // Utilities.
  const fns = Array.from({ length: 10 }, (_, k) => `export function ${n}Util${k}_${i}(input: readonly string[]): string[] {\n  const seen = new Set<string>();\n  const out: string[] = [];\n  for (const s of input) {\n    const key = s.trim().toLowerCase();\n    if (key.length === 0 || seen.has(key)) continue;\n    seen.add(key);\n    out.push(key.replace(/[^a-z0-9]+/g, '-'));\n  }\n  return out.sort().slice(0, ${k + 10});\n}`).join('\n\n');
  return `// String helpers for ${n} identifiers.\n\n${fns}\n`;
}

function tsKafka(i, m) {
  const k = i;
  const kind = Math.floor(i / MODULES) % 3;
  if (kind === 0) {
    // A producer: topic from the module's constants, acks from the module's settings (ts-morph needed).
    const weak = i % 10 === 0;
    // acks=1 is also reported as conflicting with idempotent: true.
    if (weak) {
      planted['producer-acks']++;
      planted['producer-idempotence']++;
    }
    const acks = weak ? 'ACKS_LEADER' : 'ACKS_ALL';
    return `import { Kafka } from 'kafkajs';\nimport { ${acks}, BROKERS } from './settings';\nimport { TOPICS } from './topics';\nimport { to${cap(noun(k))}Summary } from './format';\n\nconst kafka = new Kafka({ clientId: '${m}-producer-${i}', brokers: BROKERS, ssl: true });\nexport const producer${i} = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });\n\nexport async function publish${i}(id: string, payload: Record<string, unknown>): Promise<void> {\n  await producer${i}.send({\n    topic: TOPICS.T${k % 5},\n    acks: ${acks},\n    messages: [{ key: id, value: JSON.stringify({ ...payload, summary: to${cap(noun(k))}Summary(id) }) }],\n  });\n}\n`;
  }
  if (kind === 1) {
    // A consumer with literal settings (no resolution needed).
    const bad = i % 10 === 1;
    if (bad) planted['session-heartbeat']++;
    return `import { Kafka, type EachMessagePayload } from 'kafkajs';\nimport { TOPICS } from './topics';\n\nconst kafka = new Kafka({ clientId: '${m}-consumer-${i}', brokers: ['kafka:9093'], ssl: true });\nconst consumer = kafka.consumer({ groupId: '${m}-group-${i}', sessionTimeout: 30000, heartbeatInterval: ${bad ? 15000 : 3000} });\n\nasync function handle({ topic, partition, message }: EachMessagePayload): Promise<void> {\n  if (!message.value) return;\n  const event = JSON.parse(message.value.toString()) as { id: string };\n  console.log(topic, partition, event.id);\n}\n\nexport async function start${i}(): Promise<void> {\n  await consumer.connect();\n  await consumer.subscribe({ topics: [TOPICS.T${k % 5}], fromBeginning: false });\n  await consumer.run({ autoCommit: true, eachMessage: handle });\n}\n`;
  }
  // Admin: topic creation, replication factor from an env variable (unknown) or a literal.
  const bad = i % 10 === 2;
  if (bad) planted['code-topic-definition']++;
  return `import { Kafka } from 'kafkajs';\n\nconst kafka = new Kafka({ clientId: '${m}-admin-${i}', brokers: ['kafka:9093'], ssl: true });\n\nexport async function ensureTopics${i}(): Promise<void> {\n  const admin = kafka.admin();\n  await admin.connect();\n  await admin.createTopics({\n    topics: [\n      { topic: '${m}.internal-${i}.v1', numPartitions: 6, replicationFactor: ${bad ? 1 : 3}, configEntries: [{ name: 'min.insync.replicas', value: '2' }] },\n      { topic: '${m}.scratch-${i}.v1', numPartitions: 3, replicationFactor: Number(process.env.RF ?? 3), configEntries: [{ name: 'min.insync.replicas', value: '2' }] },\n    ],\n  });\n  await admin.disconnect();\n}\n`;
}

function tsModuleFiles(m, mi) {
  const topics = Array.from({ length: 5 }, (_, k) => `  T${k}: '${topicOf(m, mi + k)}',`).join('\n');
  return {
    [`src/${m}/topics.ts`]: `// Topic names of module ${m}.\nexport const TOPICS = {\n${topics}\n} as const;\n`,
    [`src/${m}/settings.ts`]: `export const ACKS_ALL = -1;\nexport const ACKS_LEADER = 1;\nexport const BROKERS = (process.env.BROKERS ?? 'kafka:9093').split(',');\n`,
    [`src/${m}/format.ts`]: NOUNS.map((n) => `export function to${cap(n)}Summary(id: string): string {\n  return '${n}:' + id;\n}\n`).join('\n'),
  };
}

function javaPlain(i) {
  const n = noun(i);
  const N = cap(n);
  const pkg = `com.acme.${moduleOf(i)}.${n}`;
  const kind = i % 4;
  if (kind === 0) {
    const fields = Array.from({ length: 10 }, (_, k) => `    private ${k % 2 ? 'String' : 'long'} ${n}Field${k};`).join('\n');
    const accessors = Array.from({ length: 10 }, (_, k) => `    public ${k % 2 ? 'String' : 'long'} get${N}Field${k}() {\n        return ${n}Field${k};\n    }\n\n    public void set${N}Field${k}(${k % 2 ? 'String' : 'long'} value) {\n        this.${n}Field${k} = value;\n    }`).join('\n\n');
    return `package ${pkg};\n\nimport java.util.Objects;\n\n/** ${N} data transfer object. */\npublic class ${N}Dto${i} {\n\n${fields}\n\n${accessors}\n\n    @Override\n    public boolean equals(Object o) {\n        if (this == o) return true;\n        if (!(o instanceof ${N}Dto${i} other)) return false;\n        return ${n}Field0 == other.${n}Field0 && Objects.equals(${n}Field1, other.${n}Field1);\n    }\n\n    @Override\n    public int hashCode() {\n        return Objects.hash(${n}Field0, ${n}Field1);\n    }\n}\n`;
  }
  if (kind === 1) {
    const endpoints = Array.from({ length: 6 }, (_, k) => `    @${k % 2 ? 'PostMapping' : 'GetMapping'}("/${n}s/{id}/action${k}")\n    public ResponseEntity<${N}Dto${i - 1}> action${k}(@PathVariable String id) {\n        var result = service.action${k}(id);\n        if (result == null) {\n            return ResponseEntity.notFound().build();\n        }\n        log.info("${n} {} action${k}", id);\n        return ResponseEntity.ok(result);\n    }`).join('\n\n');
    return `package ${pkg};\n\nimport org.slf4j.Logger;\nimport org.slf4j.LoggerFactory;\nimport org.springframework.http.ResponseEntity;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\n@RequestMapping("/api")\npublic class ${N}Controller${i} {\n\n    private static final Logger log = LoggerFactory.getLogger(${N}Controller${i}.class);\n\n    private final ${N}Service${i + 1} service;\n\n    public ${N}Controller${i}(${N}Service${i + 1} service) {\n        this.service = service;\n    }\n\n${endpoints}\n}\n`;
  }
  if (kind === 2) {
    const methods = Array.from({ length: 6 }, (_, k) => `    @Transactional\n    public ${N}Dto${i - 2} action${k}(String id) {\n        var current = repository.findById(id).orElse(null);\n        if (current == null) {\n            return null;\n        }\n        current.set${N}Field${k % 10}(${k % 2 ? '"v' + k + '"' : k + 'L'});\n        repository.save(current);\n        return current;\n    }`).join('\n\n');
    return `package ${pkg};\n\nimport org.springframework.stereotype.Service;\nimport org.springframework.transaction.annotation.Transactional;\n\n@Service\npublic class ${N}Service${i} {\n\n    private final ${N}Repository repository;\n\n    public ${N}Service${i}(${N}Repository repository) {\n        this.repository = repository;\n    }\n\n${methods}\n}\n`;
  }
  const utils = Array.from({ length: 8 }, (_, k) => `    public static String normalise${k}(String input) {\n        if (input == null || input.isBlank()) {\n            return "";\n        }\n        StringBuilder sb = new StringBuilder();\n        for (char c : input.trim().toCharArray()) {\n            sb.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : '-');\n        }\n        return sb.length() > ${40 + k} ? sb.substring(0, ${40 + k}) : sb.toString();\n    }`).join('\n\n');
  return `package ${pkg};\n\n/** String helpers for ${n} identifiers. */\npublic final class ${N}Utils${i} {\n\n    private ${N}Utils${i}() {\n    }\n\n${utils}\n}\n`;
}

function javaKafka(i, m) {
  const n = noun(i);
  const N = cap(n);
  const pkg = `com.acme.${m}.messaging`;
  const kind = Math.floor(i / MODULES) % 3;
  if (kind === 0) {
    // A plain producer: acks from a constant in another class (no "kafka" in that file: parsed on demand).
    const weak = i % 10 === 0;
    // acks=1 also silently turns off the Java client's default idempotence.
    if (weak) {
      planted['producer-acks']++;
      planted['producer-idempotence']++;
    }
    return `package ${pkg};\n\nimport com.acme.${m}.config.Settings;\nimport com.acme.${m}.config.Topics;\nimport java.util.Properties;\nimport org.apache.kafka.clients.producer.KafkaProducer;\nimport org.apache.kafka.clients.producer.ProducerConfig;\nimport org.apache.kafka.clients.producer.ProducerRecord;\nimport org.apache.kafka.common.serialization.StringSerializer;\n\npublic class ${N}Publisher${i} implements AutoCloseable {\n\n    private final KafkaProducer<String, String> producer;\n\n    public ${N}Publisher${i}() {\n        Properties props = new Properties();\n        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getenv("KAFKA_BOOTSTRAP_SERVERS"));\n        props.put(ProducerConfig.ACKS_CONFIG, ${weak ? 'Settings.ACKS_LEADER' : 'Settings.ACKS_ALL'});\n        props.put(ProducerConfig.LINGER_MS_CONFIG, Settings.LINGER_MS);\n        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);\n        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);\n        this.producer = new KafkaProducer<>(props);\n    }\n\n    public void publish(String id, String json) {\n        if (id == null || json == null) {\n            throw new IllegalArgumentException("id and json are required");\n        }\n        producer.send(new ProducerRecord<>(Topics.T${i % 5}, id, json));\n    }\n\n    @Override\n    public void close() {\n        producer.close();\n    }\n}\n`;
  }
  if (kind === 1) {
    // A Spring listener; one in ten reads a topic the catalog does not define.
    const typo = i % 10 === 1;
    if (typo) planted['unknown-topic']++;
    return `package ${pkg};\n\nimport com.acme.${m}.config.Topics;\nimport org.springframework.kafka.annotation.KafkaListener;\nimport org.springframework.stereotype.Component;\n\n@Component\npublic class ${N}Listener${i} {\n\n    private final ${N}Handler handler;\n\n    public ${N}Listener${i}(${N}Handler handler) {\n        this.handler = handler;\n    }\n\n    @KafkaListener(topics = ${typo ? `"${m}.${n}-chnaged.v1"` : `Topics.T${i % 5}`}, groupId = "${m}-listener-${i}")\n    public void on${N}(String payload) {\n        if (payload == null || payload.isBlank()) {\n            return;\n        }\n        handler.handle(payload);\n    }\n}\n`;
  }
  // A consumer loop with auto-commit left to the Java default (planted in one in ten).
  const bad = i % 10 === 2;
  if (bad) planted['consumer-auto-commit']++;
  return `package ${pkg};\n\nimport com.acme.${m}.config.Topics;\nimport java.time.Duration;\nimport java.util.List;\nimport java.util.Properties;\nimport org.apache.kafka.clients.consumer.ConsumerConfig;\nimport org.apache.kafka.clients.consumer.ConsumerRecord;\nimport org.apache.kafka.clients.consumer.KafkaConsumer;\n\npublic class ${N}Worker${i} implements Runnable {\n\n    private final KafkaConsumer<String, String> consumer;\n    private volatile boolean running = true;\n\n    public ${N}Worker${i}() {\n        Properties props = new Properties();\n        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getenv("KAFKA_BOOTSTRAP_SERVERS"));\n        props.put(ConsumerConfig.GROUP_ID_CONFIG, "${m}-worker-${i}");\n${bad ? '' : '        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);\n'}        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, "org.apache.kafka.common.serialization.StringDeserializer");\n        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, "org.apache.kafka.common.serialization.StringDeserializer");\n        this.consumer = new KafkaConsumer<>(props);\n    }\n\n    @Override\n    public void run() {\n        consumer.subscribe(List.of(Topics.T${i % 5}));\n        while (running) {\n            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {\n                process(record.key(), record.value());\n            }\n            consumer.commitSync();\n        }\n    }\n\n    private void process(String key, String value) {\n        if (key == null) {\n            return;\n        }\n        System.out.println(key + "=" + value);\n    }\n}\n`;
}

function javaModuleFiles(m, mi) {
  const topics = Array.from({ length: 5 }, (_, k) => `    public static final String T${k} = "${topicOf(m, mi + k)}";`).join('\n');
  const base = `src/main/java/com/acme/${m}/config`;
  return {
    [`${base}/Topics.java`]: `package com.acme.${m}.config;\n\npublic final class Topics {\n\n${topics}\n\n    private Topics() {\n    }\n}\n`,
    [`${base}/Settings.java`]: `package com.acme.${m}.config;\n\npublic final class Settings {\n\n    public static final String ACKS_ALL = "all";\n    public static final String ACKS_LEADER = "1";\n    public static final int LINGER_MS = 20;\n\n    private Settings() {\n    }\n}\n`,
  };
}

function generateRepo(dir) {
  rmSync(dir, { recursive: true, force: true });
  for (const k of Object.keys(planted)) planted[k] = 0;
  const files = {};
  let kafkaTs = 0;
  let kafkaJava = 0;
  const everyTs = Math.max(1, Math.round(1 / SHARE));
  // TypeScript: module constants (3 per module) count towards the total.
  for (let mi = 0; mi < MODULES; mi++) Object.assign(files, tsModuleFiles(`m${String(mi).padStart(2, '0')}`, mi));
  for (let i = 0; i < N_TS - MODULES * 3; i++) {
    const m = moduleOf(i);
    if (i % everyTs === 0) {
      files[`src/${m}/messaging-${i / everyTs}.ts`] = tsKafka(i / everyTs, m);
      kafkaTs++;
    } else files[`src/${m}/${noun(i)}/${noun(i)}-${i}.ts`] = tsPlain(i);
  }
  for (let mi = 0; mi < MODULES; mi++) Object.assign(files, javaModuleFiles(`m${String(mi).padStart(2, '0')}`, mi));
  const className = (text) => /public (?:final )?class (\w+)/.exec(text)[1];
  for (let i = 0; i < N_JAVA - MODULES * 2; i++) {
    if (i % everyTs === 0) {
      const j = i / everyTs;
      const m = moduleOf(j);
      const text = javaKafka(j, m);
      files[`src/main/java/com/acme/${m}/messaging/${className(text)}.java`] = text;
      kafkaJava++;
    } else {
      const text = javaPlain(i);
      files[`src/main/java/com/acme/${moduleOf(i)}/${noun(i)}/${className(text)}.java`] = text;
    }
  }
  // The catalog that defines the topics the code uses (one file, so that unknown-topic has a catalog).
  const catalog = ['topics:'];
  for (let mi = 0; mi < MODULES; mi++) {
    const m = `m${String(mi).padStart(2, '0')}`;
    for (let k = 0; k < 5; k++) catalog.push(`  - topic: ${topicOf(m, mi + k)}\n    owner: ${m}-team\n    classification: internal\n    key: id\n    partitions: 6\n    replicationFactor: 3\n    minInsyncReplicas: 2\n    retention: P7D\n    schemaCompatibility: BACKWARD_TRANSITIVE\n    drTier: tier-2\n    contact: ${m}-oncall`);
  }
  files['kafka/topics.yaml'] = catalog.join('\n') + '\n';
  let bytes = 0;
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    bytes += Buffer.byteLength(text);
  }
  const ts = Object.keys(files).filter((f) => f.endsWith('.ts')).length;
  const java = Object.keys(files).filter((f) => f.endsWith('.java')).length;
  return { ts, java, kafkaTs, kafkaJava, bytes };
}

// ---------------------------------------------------------------------------------------------
// Measurement: whole process, as a user runs it.

const hasTime = existsSync('/usr/bin/time');
let launcher = path.join(root, 'bin/topiclint.js');
if (args.includes('--module-tree')) {
  launcher = path.join(os.tmpdir(), 'topiclint-code-scan-launcher.mjs');
  writeFileSync(launcher, `import { runCli } from ${JSON.stringify(new URL('../dist/cli.js', import.meta.url).href)};\nprocess.exitCode = await runCli({ argv: process.argv.slice(2), env: process.env, cwd: process.cwd(), stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), isTTY: false });\n`);
}
function measure(paths, extra = []) {
  const argv = [launcher, '--format', 'json', ...extra, ...paths];
  const t0 = process.hrtime.bigint();
  const r = hasTime ? spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, ...argv], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 }) : spawnSync(process.execPath, argv, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`topiclint failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  const [user, sys, rss] = hasTime ? (r.stderr.trim().split('\n').pop() ?? '').trim().split(/\s+/).map(Number) : [NaN, NaN, NaN];
  return { seconds, cpu: user + sys, rssMb: rss / 1024, report: JSON.parse(r.stdout) };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// Outside this repository: its .gitignore (bench/out/) would hide the files from discovery.
const dir = path.join(os.tmpdir(), `topiclint-code-scan-${N_TS}-${N_JAVA}`);
const t0 = Date.now();
const shape = generateRepo(dir);
console.log(`generated ${shape.ts} TypeScript and ${shape.java} Java files (${shape.kafkaTs} + ${shape.kafkaJava} use Kafka), ${(shape.bytes / 1e6).toFixed(1)} MB, in ${Date.now() - t0} ms: ${dir}`);

const rows = [];
let failed = false;
const modules = Array.from({ length: MODULES }, (_, mi) => path.join(dir, `src/m${String(mi).padStart(2, '0')}`));
const catalog = path.join(dir, 'kafka');
for (const [label, paths] of [
  ['whole repository', [dir]],
  ['TypeScript files + catalog', [...modules, catalog]],
  ['Java files + catalog', [path.join(dir, 'src/main/java'), catalog]],
]) {
  const results = [];
  for (let r = 0; r < RUNS; r++) results.push(measure(paths));
  const last = results[results.length - 1].report;
  rows.push({ label, files: last.files.length, seconds: median(results.map((x) => x.seconds)), cpu: median(results.map((x) => x.cpu)), rss: Math.max(...results.map((x) => x.rssMb)), findings: last.findings.length, report: last });
}

// Every planted violation is found, and nothing else.
const whole = rows[0].report;
const byRule = {};
for (const f of whole.findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
const check = Object.entries(planted).map(([rule, n]) => ({ rule, planted: n, found: byRule[rule] ?? 0 }));
const extra = Object.keys(byRule).filter((r) => !(r in planted));
for (const c of check) if (c.planted !== c.found) failed = true;
if (extra.length) failed = true;

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log('');
console.log(`${pad('scan', 30)}${lpad('files', 7)}${lpad('wall s', 9)}${lpad('CPU s', 8)}${lpad('RSS MB', 8)}${lpad('findings', 10)}`);
for (const r of rows) console.log(`${pad(r.label, 30)}${lpad(r.files, 7)}${lpad(r.seconds.toFixed(2), 9)}${lpad(Number.isNaN(r.cpu) ? '-' : r.cpu.toFixed(2), 8)}${lpad(Number.isNaN(r.rss) ? '-' : r.rss.toFixed(0), 8)}${lpad(r.findings, 10)}`);
console.log('');
console.log(`${pad('planted violation', 30)}${lpad('planted', 9)}${lpad('found', 7)}`);
for (const c of check) console.log(`${pad(c.rule, 30)}${lpad(c.planted, 9)}${lpad(c.found, 7)}${c.planted === c.found ? '' : '  MISMATCH'}`);
if (extra.length) console.log(`unexpected findings: ${extra.map((r) => `${r} x${byRule[r]}`).join(', ')}`);
console.log(`(median of ${RUNS} run${RUNS === 1 ? '' : 's'} of ${path.relative(root, launcher).startsWith('..') ? 'dist/cli.js' : path.relative(root, launcher)}, whole process: node start-up, discovery, parsing, resolution, rules, JSON output)`);
if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
