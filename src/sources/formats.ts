/**
 * The YAML/JSON formats other than our native catalog, as `YamlDocumentAdapter`s in the order the
 * pipeline tries them (the first whose `detect` is true reads the document).
 *
 * Order: the Kubernetes resources first (exact `apiVersion` + `kind`), then AsyncAPI (an `asyncapi:`
 * version key), then the shape-detected formats, most specific first. Every detector is exclusive
 * of the others and of the native catalog's keys (`topic:`, `topics:` as a LIST, `consumerGroup(s):`);
 * kafka-gitops' `topics:` is a MAP of name -> settings, so it can be tried before or after the
 * native catalog; trying these before the catalog is the safe choice.
 */
import type { YamlDocumentAdapter } from './types.js';
import type { OwnershipOptions } from './common/ownership.js';
import { createStrimziAdapter } from './strimzi/index.js';
import { createCfkAdapter } from './cfk/index.js';
import { createNaisAdapter } from './nais/index.js';
import { createAsyncApiAdapter } from './asyncapi/index.js';
import { createTopicctlAdapter } from './topicctl/index.js';
import { createJulieOpsAdapter } from './julieops/index.js';
import { createKafkaGitopsAdapter } from './kafka-gitops/index.js';

export { strimziAdapter, createStrimziAdapter } from './strimzi/index.js';
export { cfkAdapter, createCfkAdapter } from './cfk/index.js';
export { naisAdapter, createNaisAdapter } from './nais/index.js';
export { asyncApiAdapter, createAsyncApiAdapter } from './asyncapi/index.js';
export { topicctlAdapter, createTopicctlAdapter } from './topicctl/index.js';
export { julieOpsAdapter, createJulieOpsAdapter } from './julieops/index.js';
export { kafkaGitopsAdapter, createKafkaGitopsAdapter } from './kafka-gitops/index.js';
export { detectTemplate, detectTemplateAt } from './template.js';

/**
 * The adapters with ownership options (order of sources, team label keys, the parsed CODEOWNERS):
 * build once per run, after reading CODEOWNERS, and hand to the YAML pipeline.
 */
export function createYamlFormatAdapters(ownership?: OwnershipOptions): readonly YamlDocumentAdapter[] {
  return [
    createStrimziAdapter(ownership),
    createCfkAdapter(ownership),
    createNaisAdapter(ownership),
    createAsyncApiAdapter(ownership),
    createTopicctlAdapter(ownership),
    createJulieOpsAdapter(ownership),
    createKafkaGitopsAdapter(),
  ];
}

/** The adapters with default ownership (labels, annotations, team label; no CODEOWNERS). */
export const yamlFormatAdapters: readonly YamlDocumentAdapter[] = createYamlFormatAdapters();
