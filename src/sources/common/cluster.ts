/**
 * Cluster identity (issue #17): where a topic's cluster comes from when the format writes it, or when
 * only its path says it. A templated value is unknown, never a guess.
 */
import type { Field } from '../../model/model.js';
import { known, unknown } from '../../model/values.js';
import type { YNode } from '../../yaml/tree.js';
import { stringField } from './fields.js';

/** A cluster written in the file (`meta.cluster`, `spec.pool`, a label): known, unknown when templated. */
export function writtenCluster(path: string, node: YNode | undefined): Field<string> | undefined {
  const f = stringField(path, node);
  if (!f || f.kind === 'invalid') return undefined;
  return f;
}

/** A cluster only the path says: known, located at the start of the file (an empty span). */
export function pathCluster(path: string, value: string): Field<string> {
  return known(value, { file: path, start: 0, end: 0 });
}

/** An unknown cluster located at a templated value. */
export function unknownCluster(f: Field<string>, reason: string): Field<string> {
  return unknown(f.loc, reason, f.raw);
}

/** NAIS keeps one folder per cluster: `dev-gcp/`, `prod-gcp/`, `dev-fss/`, `prod-fss/`. */
const NAIS_CLUSTER_FOLDER = /^(dev|prod)-(gcp|fss|sbs)$/;

/** The NAIS cluster a path's folders name (`.../prod-gcp/topic.yaml` → `prod-gcp`), if any. */
export function naisFolderCluster(path: string): string | undefined {
  const dirs = path.split('/').slice(0, -1);
  for (let i = dirs.length - 1; i >= 0; i--) if (NAIS_CLUSTER_FOLDER.test(dirs[i]!)) return dirs[i];
  return undefined;
}
