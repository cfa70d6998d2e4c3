/**
 * The cluster a Terraform topic resource is on (issue #17):
 * - `aiven_kafka_topic`: `project` / `service_name` (`my-project/kafka-prod`); with a project from an
 *   unresolved variable (one value per apply of the root), the service within the root module;
 * - `confluent_kafka_topic`: the `kafka_cluster { id = ... }` block;
 * - otherwise (`kafka_topic`, whose cluster is the provider's, or no such attribute): the root module,
 *   i.e. the folder of the `.tf` file (`terraform/prod`), as one Terraform root is usually one cluster.
 * A value resolved through variables/locals is used as resolved; a reference to another resource
 * (`confluent_kafka_cluster.main.id`, `aiven_kafka.kafka.service_name`) names that resource, which is
 * one cluster within its root module; any other unresolved value is an unknown cluster.
 */
import type { Field } from '../../model/model.js';
import { known, unknown } from '../../model/values.js';
import { pathCluster } from '../common/cluster.js';
import { dirName } from './module.js';

/** `confluent_kafka_cluster.main.id`, `data.aiven_kafka.k.service_name`: a resource's attribute. */
const RESOURCE_REF = /^(data\.)?(?!(var|local|each|count|module|path|terraform)\.)[a-z][a-z0-9_]*\.[A-Za-z0-9_-]+(\[[^\]]*\])?\.[a-z_]+$/;

/** A cluster-naming attribute as a cluster identity: known, a resource reference in its root, or unknown. */
function identity(f: Field<string> | undefined, file: string): Field<string> | undefined {
  if (!f || f.kind === 'invalid') return undefined;
  // Without raw/origin, located in the topic's file: what the packed topic store keeps compactly.
  if (f.kind === 'known') return known(f.value, f.loc.file === file ? f.loc : { file, start: 0, end: 0 });
  const raw = f.raw?.trim();
  if (raw && RESOURCE_REF.test(raw)) return known(`${dirName(file) || '.'}: ${raw}`, f.loc);
  return unknown(f.loc, `the cluster (${f.reason})`, f.raw);
}

/** The root module's cluster: the folder of the `.tf` file. */
export function rootModuleCluster(file: string): Field<string> {
  return pathCluster(file, dirName(file) || '.');
}

/**
 * A topic resource's cluster from what it writes: Aiven's project and service, Confluent's
 * `kafka_cluster.id`; `undefined` when the resource names no cluster (then the root module's).
 */
export function resourceCluster(resourceType: string, file: string, attrs: { project?: Field<string>; service?: Field<string>; clusterId?: Field<string> }): Field<string> {
  if (resourceType === 'aiven_kafka_topic') {
    const service = identity(attrs.service, file);
    const project = identity(attrs.project, file);
    if (!service) return rootModuleCluster(file);
    if (service.kind !== 'known') return service;
    if (project?.kind === 'known') return known(`${project.value}/${service.value}`, service.loc);
    // A project from a variable has one value per apply of this root module: the service names the
    // cluster within the root (a resource reference already says its root).
    if (project?.kind === 'unknown' && !service.value.includes(': ')) return known(`${dirName(file) || '.'}: ${service.value}`, service.loc);
    return service;
  }
  if (resourceType === 'confluent_kafka_topic') return identity(attrs.clusterId, file) ?? rootModuleCluster(file);
  return rootModuleCluster(file);
}
