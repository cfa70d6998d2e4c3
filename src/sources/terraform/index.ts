/**
 * The Terraform adapter: `kafka_topic` (Mongey), `confluent_kafka_topic` (Confluent) and
 * `aiven_kafka_topic` (Aiven) resources in `.tf` files, with `variable` defaults, `locals` and the
 * `.tfvars` of the same directory resolved where they are literal; topic-like lists and maps in a
 * `.tfvars` whose consumer is not among the files read (see `collectionTopics`).
 *
 * Claims `*.tf` and `*.tfvars` only (not `.tf.json`, `.tfvars.json`, nor diff-pair `.base`/`.head`).
 * web-tree-sitter is imported lazily, on the first file read.
 */
import type { AdapterProblem, Field, FileRecord, Topic } from '../../model/model.js';
import { emptyOutput, type AdapterOutput, type InputFile, type ProjectAdapter } from '../types.js';
import { EMPTY_ENV } from './evaluate.js';
import type { Parser } from 'web-tree-sitter';
import { parseHcl, type Block, type HclFile } from './hcl.js';
import { dirName, Module, type ParsedFile } from './module.js';
import { collectionTopics, resourceTopics, TOPIC_RESOURCES } from './topics.js';
import { rootModuleCluster } from './cluster.js';
import { append } from '../../util/append.js';

const CLAIMED = /\.(tf|tfvars)$/;

const NO_RESOURCES = 'no kafka_topic, confluent_kafka_topic or aiven_kafka_topic resource';
const NO_TFVARS_TOPICS = 'no topic values: nothing in this .tfvars feeds a topic resource or looks like a list or map of topics';

/** Resource blocks; inside a file with a syntax error, also those error recovery nested in other blocks. */
function resourceBlocks(blocks: readonly Block[], deep: boolean): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.type === 'resource') out.push(b);
    if (deep) append(out, resourceBlocks(b.body.blocks, true));
  }
  return out;
}

/** Every file a topic's values were read from (the resource's file, tfvars, variable files). */
function filesOf(t: Topic): Set<string> {
  const files = new Set<string>([t.file]);
  const add = (f: Field<unknown> | undefined) => {
    if (!f) return;
    files.add(f.loc.file);
    if (f.kind === 'known' && f.origin) files.add(f.origin.file);
  };
  for (const f of [t.name, t.partitions, t.replicationFactor, t.minInsyncReplicas, t.cleanupPolicy, t.retentionMs, t.owner]) add(f);
  for (const f of Object.values(t.config)) add(f);
  for (const f of Object.values(t.labels)) add(f);
  return files;
}

function safeParse(parser: Parser, text: string): HclFile {
  try {
    return parseHcl(parser, text);
  } catch (e) {
    const message = `HCL syntax error: the parser failed (${e instanceof Error ? e.message : String(e)})`;
    return { body: { attributes: [], blocks: [] }, error: { message, start: 0, end: 0 } };
  }
}

async function read(files: readonly InputFile[]): Promise<AdapterOutput> {
  const out = emptyOutput();
  const claimed = files.filter((f) => CLAIMED.test(f.path));
  if (claimed.length === 0) return out;

  let parser: Parser;
  try {
    const { hclParser } = await import('./parser.js');
    parser = await hclParser();
  } catch (e) {
    const reason = `the HCL parser could not be loaded: ${e instanceof Error ? e.message : String(e)}`;
    append(out.files, claimed.map((f): FileRecord => ({ path: f.path, status: 'not-lintable', formats: [], reason })));
    return out;
  }
  const parsed = claimed.map((f): ParsedFile => ({ src: f, kind: f.path.endsWith('.tfvars') ? 'tfvars' : 'tf', hcl: safeParse(parser, f.text) }));

  const problems: AdapterProblem[] = [];
  for (const f of parsed) {
    if (f.hcl.error) problems.push({ ruleId: 'parse-error', message: f.hcl.error.message, loc: { file: f.src.path, start: f.hcl.error.start, end: f.hcl.error.end } });
  }

  const byDir = new Map<string, ParsedFile[]>();
  for (const f of parsed) byDir.set(dirName(f.src.path), [...(byDir.get(dirName(f.src.path)) ?? []), f]);

  const topics: Topic[] = [];
  const hasResources = new Set<string>();
  const contributing = new Set<string>();
  for (const group of byDir.values()) {
    const mod = new Module(
      group.filter((f) => f.kind === 'tf'),
      group.filter((f) => f.kind === 'tfvars'),
    );
    for (const f of mod.tf) {
      for (const block of resourceBlocks(f.hcl.body.blocks, f.hcl.error !== undefined)) {
        const spec = TOPIC_RESOURCES[block.labels[0]?.value ?? ''];
        if (!spec) continue;
        hasResources.add(f.src.path);
        const before = new Set(mod.consumed);
        const found = resourceTopics(block, spec, mod.evaluator(f), f.src, { env: mod });
        // A resource that could not resolve its topics' names (a for_each with an unknown condition)
        // has not really consumed the .tfvars it looked at: let the .tfvars heuristic read them.
        if (found.every((t) => t.name.kind !== 'known')) for (const k of mod.consumed) if (!before.has(k)) mod.consumed.delete(k);
        append(topics, found);
      }
    }
    for (const file of mod.usedFiles) contributing.add(file);
    for (const f of mod.vars) {
      for (const a of f.hcl.body.attributes) {
        if (a.broken || mod.consumed.has(`${f.src.path}\0${a.name}`)) continue;
        const found = collectionTopics(mod.evaluator(f).eval(a.expr, { env: EMPTY_ENV }));
        if (found) append(topics, found.map((t) => (t.cluster ? t : { ...t, cluster: rootModuleCluster(f.src.path) })));
      }
    }
  }

  for (const t of topics) for (const file of filesOf(t)) contributing.add(file);
  for (const f of parsed) {
    const path = f.src.path;
    const read = contributing.has(path) || hasResources.has(path);
    const formats = read ? ['terraform'] : [];
    if (f.hcl.error) out.files.push({ path, status: 'parse-error', formats, reason: f.hcl.error.message });
    else if (read) out.files.push({ path, status: 'linted', formats });
    else out.files.push({ path, status: 'not-catalog', formats, reason: f.kind === 'tf' ? NO_RESOURCES : NO_TFVARS_TOPICS });
  }
  out.topics = topics;
  out.problems = problems;
  return out;
}

export const terraformAdapter: ProjectAdapter = {
  id: 'terraform',
  claims: (path: string) => CLAIMED.test(path),
  read,
};
