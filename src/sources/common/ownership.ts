/**
 * Ownership for formats that have no typed owner field (Strimzi, CFK, NAIS, topicctl, JulieOps,
 * AsyncAPI, ...): reads owner, contact, classification, DR tier and schema owner from labels,
 * annotations, a team label or the repository's CODEOWNERS, in a configurable order.
 *
 * Pure: the CODEOWNERS text is read by the caller and passed in.
 *
 * The mapping (documented in docs/formats.md):
 * - `x-*` keys (`x-topic-owner`, `x-contact`, ...) are the handbook's own labels. They stay labels and
 *   are NOT copied into typed fields: rules read "typed field or its x-label", exactly as for our
 *   native catalog, so a value is never reported twice.
 * - `topiclint.io/<field>` and the plain keys (`owner`, `contact`, `classification`, ...) fill the
 *   typed field.
 * - The team label (`team` by default) fills `owner` only.
 * - CODEOWNERS fills `owner` only (it names reviewers, not an on-call contact); the value is the
 *   owners as written (`@org/payments @jane`), located in the CODEOWNERS file.
 * - `app.kubernetes.io/part-of` is ignored: it names the application a resource belongs to, not a team.
 * For each field the first source in `order` that has any of its keys wins.
 */
import type { Field, SourceLocation, Topic } from '../../model/model.js';
import { known } from '../../model/values.js';
import { LABEL_FOR_FIELD, type OwnershipField as LabelledField } from '../../model/labels.js';
import type { YNode } from '../../yaml/tree.js';
import { get } from '../../yaml/tree.js';
import { labelMap } from './fields.js';
import { ANY_SEGMENTS, pathMatch, type PathToken } from '../../util/wildcard.js';

export type OwnershipSource = 'labels' | 'annotations' | 'team-label' | 'codeowners';

export const DEFAULT_OWNERSHIP_ORDER: readonly OwnershipSource[] = ['labels', 'annotations', 'team-label', 'codeowners'];

/** The ownership fields read from labels and annotations (retention is a config value, not mapped here). */
export type OwnershipField = Exclude<LabelledField, 'retention'>;

/**
 * Keys read for each field from labels and annotations, most explicit first: the model's x-label
 * (model/labels.ts, the one vocabulary rules read), then topiclint's annotation, then the plain name.
 */
export const OWNERSHIP_KEYS: Readonly<Record<OwnershipField, readonly string[]>> = {
  owner: [LABEL_FOR_FIELD.owner, 'topiclint.io/owner', 'owner'],
  contact: [LABEL_FOR_FIELD.contact, 'topiclint.io/contact', 'contact'],
  classification: [LABEL_FOR_FIELD.classification, 'topiclint.io/classification', 'data-classification', 'classification'],
  drTier: [LABEL_FOR_FIELD.drTier, 'topiclint.io/dr-tier', 'dr-tier'],
  schemaOwner: [LABEL_FOR_FIELD.schemaOwner, 'topiclint.io/schema-owner', 'schema-owner'],
};

export const DEFAULT_TEAM_LABEL_KEYS: readonly string[] = ['team'];

/** Annotations that are machine noise, never ownership: dropped from the labels map. */
const DROPPED_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);

export interface OwnershipOptions {
  /** Which sources are consulted, first wins (default `DEFAULT_OWNERSHIP_ORDER`). */
  readonly order?: readonly OwnershipSource[];
  /** Label keys that name the owning team (default `['team']`). */
  readonly teamLabelKeys?: readonly string[];
  /** The repository's CODEOWNERS, parsed once with `parseCodeowners`. */
  readonly codeowners?: Codeowners;
}

export interface OwnershipInput {
  readonly labels?: Readonly<Record<string, Field<string>>>;
  readonly annotations?: Readonly<Record<string, Field<string>>>;
  /** Repository-relative path of the file the entity is defined in (for CODEOWNERS). */
  readonly filePath: string;
}

export interface Ownership {
  readonly owner?: Field<string>;
  readonly contact?: Field<string>;
  readonly classification?: Field<string>;
  readonly drTier?: Field<string>;
  readonly schemaOwner?: Field<string>;
  /** Labels and annotations merged (the earlier source in `order` wins a key collision). */
  readonly labels: Record<string, Field<string>>;
  /** Which source decided each field (for `--verbose` and tests). */
  readonly sources: Partial<Record<OwnershipField, { source: OwnershipSource; key: string }>>;
}

const FIELDS = Object.keys(OWNERSHIP_KEYS) as OwnershipField[];

export function resolveOwnership(input: OwnershipInput, options: OwnershipOptions = {}): Ownership {
  const order = options.order ?? DEFAULT_OWNERSHIP_ORDER;
  const teamKeys = options.teamLabelKeys ?? DEFAULT_TEAM_LABEL_KEYS;
  const labels = input.labels ?? {};
  const annotations = input.annotations ?? {};
  const chosen: Partial<Record<OwnershipField, { source: OwnershipSource; key: string; field: Field<string> }>> = {};

  const tryMap = (source: OwnershipSource, map: Readonly<Record<string, Field<string>>>, field: OwnershipField, keys: readonly string[]): void => {
    if (chosen[field]) return;
    for (const key of keys) {
      const f = map[key];
      if (f) {
        chosen[field] = { source, key, field: f };
        return;
      }
    }
  };

  for (const source of order) {
    for (const field of FIELDS) {
      if (source === 'labels') tryMap(source, labels, field, OWNERSHIP_KEYS[field]);
      else if (source === 'annotations') tryMap(source, annotations, field, OWNERSHIP_KEYS[field]);
      else if (source === 'team-label' && field === 'owner') {
        tryMap(source, labels, field, teamKeys);
        tryMap(source, annotations, field, teamKeys);
      } else if (source === 'codeowners' && field === 'owner' && options.codeowners && !chosen.owner) {
        const f = codeownersOwner(options.codeowners, input.filePath);
        if (f) chosen.owner = { source, key: 'CODEOWNERS', field: f };
      }
    }
  }

  const out: { -readonly [K in keyof Ownership]: Ownership[K] } = { labels: mergeLabels(labels, annotations, order), sources: {} };
  for (const field of FIELDS) {
    const c = chosen[field];
    if (!c) continue;
    out.sources[field] = { source: c.source, key: c.key };
    // An x-label is already where rules look for it; copying it would double every finding.
    if (!c.key.startsWith('x-')) out[field] = c.field;
  }
  return out;
}

function mergeLabels(
  labels: Readonly<Record<string, Field<string>>>,
  annotations: Readonly<Record<string, Field<string>>>,
  order: readonly OwnershipSource[],
): Record<string, Field<string>> {
  const li = order.indexOf('labels');
  const ai = order.indexOf('annotations');
  const annotationsFirst = ai !== -1 && (li === -1 || ai < li);
  const cleanAnnotations: Record<string, Field<string>> = {};
  for (const [k, v] of Object.entries(annotations)) if (!DROPPED_ANNOTATIONS.has(k)) cleanAnnotations[k] = v;
  return annotationsFirst ? { ...labels, ...cleanAnnotations } : { ...cleanAnnotations, ...labels };
}

/** The typed ownership fields of an `Ownership` (only those that are set). */
export function ownershipFields(own: Pick<Ownership, OwnershipField>): Pick<Topic, OwnershipField> {
  return {
    ...(own.owner ? { owner: own.owner } : {}),
    ...(own.contact ? { contact: own.contact } : {}),
    ...(own.classification ? { classification: own.classification } : {}),
    ...(own.drTier ? { drTier: own.drTier } : {}),
    ...(own.schemaOwner ? { schemaOwner: own.schemaOwner } : {}),
  };
}

/** Ownership of a Kubernetes resource from its `metadata.labels` and `metadata.annotations`. */
export function kubernetesOwnership(file: string, metadata: YNode | undefined, options?: OwnershipOptions): Ownership {
  return resolveOwnership(
    { labels: labelMap(file, get(metadata, 'labels')), annotations: labelMap(file, get(metadata, 'annotations')), filePath: file },
    options,
  );
}

// ---------------------------------------------------------------------------------------------
// CODEOWNERS
// ---------------------------------------------------------------------------------------------

export interface CodeownersRule {
  readonly pattern: string;
  readonly owners: readonly string[];
  /** 1-based line in the CODEOWNERS file. */
  readonly line: number;
  /** Span of the owners (first to last), or of the pattern when the rule has no owners. */
  readonly start: number;
  readonly end: number;
  readonly matches: (path: string) => boolean;
}

export interface Codeowners {
  /** Repository-relative path of the CODEOWNERS file (`.github/CODEOWNERS`). */
  readonly path: string;
  readonly rules: readonly CodeownersRule[];
}

/** The places GitHub looks for CODEOWNERS, in its order of precedence. */
export const CODEOWNERS_PATHS: readonly string[] = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];

/**
 * Parse a CODEOWNERS file. Lines are `pattern owner...`; `#` starts a comment (at the start of a
 * line, or after whitespace); `\#` escapes a leading `#`; GitLab section headers (`[Section]`,
 * `^[Section]`) are skipped; negation (`!`) and character ranges are not supported by GitHub and are
 * skipped too. Never throws.
 */
export function parseCodeowners(path: string, text: string): Codeowners {
  const rules: CodeownersRule[] = [];
  let offset = 0;
  const lines = text.split(/\r\n|\n|\r/);
  const breaks = text.match(/\r\n|\n|\r/g) ?? [];
  for (let i = 0; i < lines.length; i++) {
    const lineText = lines[i]!;
    const lineStart = offset;
    offset += lineText.length + (breaks[i]?.length ?? 0);
    const tokens = tokenize(lineText);
    if (tokens.length === 0) continue;
    const first = tokens[0]!;
    if (/^\^?\[[^\]]*\]/.test(first.text)) continue; // GitLab section header
    if (first.text.startsWith('!')) continue; // negation: unsupported, ignored
    const pattern = first.text.replace(/\\(.)/g, '$1');
    const matches = compilePattern(pattern);
    if (!matches) continue;
    const ownerTokens = tokens.slice(1);
    const span = ownerTokens.length > 0 ? { start: ownerTokens[0]!.start, end: ownerTokens[ownerTokens.length - 1]!.end } : first;
    rules.push({
      pattern,
      owners: ownerTokens.map((t) => t.text),
      line: i + 1,
      start: lineStart + span.start,
      end: lineStart + span.end,
      matches,
    });
  }
  return { path, rules };
}

/** Tokens of one line up to a comment: `#` at the start or after whitespace (not `\#`). */
function tokenize(line: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const re = /(?:\\.|[^\s\\])+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) {
    if (m[0].startsWith('#')) break;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Compile a CODEOWNERS pattern (gitignore-style, as GitHub documents it) to a matcher on
 * repository-relative paths with `/` separators:
 * - a leading `/`, or a `/` inside the pattern, anchors it at the repository root; otherwise it
 *   matches at any depth (`*.js`, `apps/`);
 * - a pattern that names a directory matches everything below it (`/docs/`, `**\/logs`);
 * - `*` matches within one path segment, `?` one character, `**` any number of segments;
 * - a trailing `/*` matches the directory's direct children only (`docs/*`).
 */
export function compilePattern(pattern: string): ((path: string) => boolean) | undefined {
  let p = pattern.trim();
  if (p === '' || /[[\]]/.test(p)) return undefined;
  let anchored = false;
  if (p.startsWith('/')) {
    anchored = true;
    p = p.slice(1);
  }
  let dirOnly = false;
  if (p.endsWith('/')) {
    dirOnly = true;
    let end = p.length;
    while (end > 0 && p[end - 1] === '/') end--; // a loop: `/+$` is quadratic on `////…x/`
    p = p.slice(0, end);
  }
  if (p === '') return () => true; // `/` alone: the whole repository
  if (p.includes('/')) anchored = true;
  // Matched segment by segment without a regular expression (src/util/wildcard.ts): CODEOWNERS comes
  // from the repository, and a `RegExp` from `*a*a*a*a*a*b` backtracks for minutes on a long path.
  const segments = p.split('/');
  const tokens: PathToken[] = anchored ? [] : [ANY_SEGMENTS]; // unanchored: at any depth
  segments.forEach((seg, i) => {
    const last = i === segments.length - 1;
    if (seg !== '**') tokens.push(seg);
    else if (last) tokens.push('*', ANY_SEGMENTS); // `a/**`: everything below a (not a itself)
    else tokens.push(ANY_SEGMENTS);
  });
  const lastSeg = segments[segments.length - 1]!;
  if (dirOnly) tokens.push('*', ANY_SEGMENTS); // `docs/`: everything below docs
  else if (lastSeg !== '*' && lastSeg !== '**') tokens.push(ANY_SEGMENTS); // `apps/api` may name a folder
  return (path: string) => pathMatch(tokens, path.startsWith('/') || path.startsWith('./') ? path.replace(/^\.\//, '').replace(/^\/+/, '') : path);
}

/** The rule that owns a path: the LAST matching rule wins. */
export function codeownersRuleFor(codeowners: Codeowners, filePath: string): CodeownersRule | undefined {
  for (let i = codeowners.rules.length - 1; i >= 0; i--) {
    const rule = codeowners.rules[i]!;
    if (rule.matches(filePath)) return rule;
  }
  return undefined;
}

/**
 * The owner CODEOWNERS gives a file, located at the owners in the CODEOWNERS file. A matching rule
 * without owners means "explicitly unowned", so no owner.
 */
export function codeownersOwner(codeowners: Codeowners, filePath: string): Field<string> | undefined {
  const rule = codeownersRuleFor(codeowners, filePath);
  if (!rule || rule.owners.length === 0) return undefined;
  const loc: SourceLocation = { file: codeowners.path, start: rule.start, end: rule.end };
  const value = rule.owners.join(' ');
  return known(value, loc, value);
}
