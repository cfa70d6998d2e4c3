/**
 * Parse errors, and whether a file is meant for topiclint (issue #17, class H).
 *
 * A file that cannot be parsed is a `parse-error` finding, at error level, only when there is evidence
 * that it is meant for topiclint: a reader recognised Kafka content in it, its name or path looks like a
 * catalog (`topics.yaml`, `kafka/topics/`, `*-topic.yaml`), or a cheap scan of its text finds Kafka
 * keys (`topics:`, `replicationFactor`, `kind: KafkaTopic`, `bootstrap.servers`, a Kafka client import,
 * a Terraform Kafka resource). Otherwise (a line-delimited JSON data file, a docker-compose file with a
 * duplicate key, JSX in a docs site, another tool's invalid fixture) it is listed as "not lintable"
 * with the first error as its reason: counted in the summary, never a finding.
 *
 * A file gets at most one `parse-error` finding: the first error, its message saying how many more
 * there are. A file of 100,000 bad lines is one finding, not 100,000.
 *
 * Files that could not be read at all (too large, not UTF-8, a broken link; src/engine/assemble.ts)
 * and reader failures ("a topiclint bug") are not decided here: they stay findings.
 */
import type { AdapterProblem, FileRecord } from '../model/model.js';
import type { AdapterOutput, InputFile } from './types.js';

/** A path that looks like a topic catalog (or a Kafka resource) by its name or a folder. */
const CATALOG_PATH = /(^|[/._-])(topics?|kafka[-_]?topics?|topiclint|asyncapi|kafka-?(user|connector|acl)s?)([/._-]|$)|(^|\/)(kafka|strimzi|julie|topicctl|kafka-gitops)[^/]*\.(ya?ml|json)$/i;

const SPRING_CONFIG = /(^|\/)(application|bootstrap)(-[^/]*)?\.(ya?ml|properties)$/i;

/**
 * Other tools' files by name: a scan of their text is no evidence (a docker-compose file of a Kafka demo
 * embeds connector configs with `"topics":` in a command); only a reader recognising content is.
 */
const OTHER_TOOLS = /(^|\/)((docker-)?compose[^/]*\.ya?ml|\.gitlab-ci\.ya?ml|\.github\/workflows\/[^/]+|\.rubocop[^/]*\.ya?ml|package(-lock)?\.json|\.pre-commit-config\.ya?ml)$/i;

/** Kafka content by text, format by format. Linear regular expressions over the text, nothing parsed. */
const YAML_EVIDENCE = [
  /\bkind:\s*["']?Kafka[A-Z]\w*/,
  /\b(kafka\.nais\.io|kafka\.strimzi\.io|platform\.confluent\.io)\//,
  /(?:^|\u0085)[\s{[,-]*["']?(asyncapi|topics?|topicName|consumerGroups?|replicationFactor|replication[._-]factor|minInsyncReplicas|min\.insync\.replicas|partitions|numPartitions|cleanup\.policy|bootstrap[._-]servers|group\.id)["']?\s*:/m,
];
const CODE_EVIDENCE = [
  /['"](kafkajs|@confluentinc\/kafka-javascript|node-rdkafka|kafka-node|@platformatic\/kafka|@nestjs\/microservices)['"]/,
  /\b(org\.apache\.kafka|org\.springframework\.kafka|io\.confluent\.)/,
];
const HCL_EVIDENCE = [/\b(resource|data|module)\s+"[\w-]*(kafka|topic)[\w-]*"/i];
const PROPERTIES_EVIDENCE = [/^\s*(bootstrap\.servers|group\.id|key\.(de)?serializer|value\.(de)?serializer|connector\.class|topics|application\.id|acks|enable\.idempotence|transactional\.id)\s*[=:]/m];

function textEvidence(path: string, text: string): boolean {
  // Only the first 256 KiB: a catalog says what it is early; a huge data file is not read whole.
  const head = text.length > 262_144 ? text.slice(0, 262_144) : text;
  const tests = /\.(ya?ml|json)$/i.test(path)
    ? YAML_EVIDENCE
    : /\.(tf|tfvars|hcl)$/i.test(path)
      ? HCL_EVIDENCE
      : /\.properties$/i.test(path)
        ? PROPERTIES_EVIDENCE
        : CODE_EVIDENCE;
  return tests.some((re) => re.test(head));
}

/** Why a file that failed to parse is meant for topiclint, or undefined when nothing says so. */
export function kafkaEvidence(path: string, text: string | undefined, recognised: boolean): string | undefined {
  if (recognised) return 'a reader recognised Kafka content in it';
  if (CATALOG_PATH.test(path)) return 'its name or folder is a catalog’s';
  // A Spring Boot configuration that mentions Kafka (topiclint reads its `spring.kafka` settings).
  if (SPRING_CONFIG.test(path) && text !== undefined && /kafka/i.test(text)) return 'a Spring configuration with Kafka settings';
  if (text !== undefined && !OTHER_TOOLS.test(path) && textEvidence(path, text)) return 'it holds Kafka keys';
  return undefined;
}

const isBug = (p: AdapterProblem) => p.message.includes('This is a topiclint bug');

/** The first error (in the reader's order: the YAML reader puts its own cut-offs first), saying how many more the file has. */
function firstOf(errors: readonly AdapterProblem[]): AdapterProblem {
  const first = errors[0]!;
  if (errors.length === 1) return first;
  const more = errors.length - 1;
  return { ...first, message: `${first.message} (and ${more} more parse error${more === 1 ? '' : 's'} in this file)` };
}

/**
 * Apply the rule above to a reader's output, in place: one `parse-error` per file that is meant for
 * topiclint, "not lintable" for the others. `files` gives the texts for the scan.
 */
export function settleParseErrors(out: AdapterOutput, files: readonly InputFile[]): void {
  const failed = out.files.filter((f) => f.status === 'parse-error');
  if (failed.length === 0) return;
  const texts = new Map(files.map((f) => [f.path, f.text]));
  const byFile = new Map<string, AdapterProblem[]>();
  for (const p of out.problems) {
    if (p.ruleId !== 'parse-error' || isBug(p)) continue;
    const list = byFile.get(p.loc.file);
    if (list) list.push(p);
    else byFile.set(p.loc.file, [p]);
  }
  const drop = new Set<AdapterProblem>();
  const add: AdapterProblem[] = [];
  const records = new Map<string, FileRecord>();
  for (const record of failed) {
    const errors = byFile.get(record.path);
    if (!errors?.length) continue;
    const path = record.path;
    const recognised =
      record.formats.length > 0 ||
      out.topics.some((t) => t.file === path) ||
      out.clients.some((c) => c.file === path) ||
      out.consumerGroups.some((g) => g.file === path) ||
      out.problems.some((p) => p.loc.file === path && p.ruleId !== 'parse-error');
    for (const e of errors) drop.add(e);
    const first = firstOf(errors);
    if (kafkaEvidence(path, texts.get(path), recognised)) {
      add.push(first);
      continue;
    }
    const reason = `cannot be parsed and nothing in it is Kafka: ${first.message.replace(/\. Fix the syntax at this position; the rest of the catalog is still linted\./, '').replace(/ topiclint cannot read Kafka settings from this file until it parses\./, '')}`;
    records.set(path, { path, status: 'not-lintable', formats: [], reason });
  }
  if (drop.size === 0) return;
  const kept = out.problems.filter((p) => !drop.has(p));
  out.problems.length = 0;
  out.problems.push(...kept, ...add);
  for (let i = 0; i < out.files.length; i++) {
    const r = records.get(out.files[i]!.path);
    if (r && out.files[i]!.status === 'parse-error') out.files[i] = r;
  }
}
