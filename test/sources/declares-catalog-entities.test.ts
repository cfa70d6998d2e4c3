/**
 * A reader that says `declaresCatalogEntities: false` is left out of a `--base` run's change
 * comparison (src/change-subset.ts). Hold it to that on every file of ours and of the corpus it claims:
 * no topic declared as a catalog entry, no consumer group.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultSources } from '../../src/sources/index.js';
import type { InputFile } from '../../src/sources/types.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const roots = [path.join(repo, 'examples'), path.join(repo, 'test/fixtures'), path.resolve(repo, '../shared/corpus')].filter((d) => existsSync(d));

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name === 'node_modules') continue;
      const abs = path.join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.push(abs);
    }
  };
  walk(dir);
  return out;
}

const all = roots.flatMap(filesUnder);

/** Files that name consumer groups and topics in every way these readers know, in case no file above does. */
const SAMPLES: InputFile[] = [
  {
    path: 'svc/src/main/resources/application.properties',
    text: 'spring.kafka.bootstrap-servers=b:9093\nspring.kafka.consumer.group-id=billing\nspring.kafka.producer.acks=all\nspring.kafka.template.default-topic=orders.created.v1\n',
  },
  { path: 'svc/consumer.properties', text: 'bootstrap.servers=b:9093\ngroup.id=billing\nenable.auto.commit=false\n' },
];

describe('readers that declare no catalog entities', () => {
  const readers = defaultSources.projectAdapters.filter((a) => a.declaresCatalogEntities === false);

  it('are the client readers', () => {
    expect(readers.map((a) => a.id).sort()).toEqual(['java', 'properties', 'spring', 'typescript']);
  });

  it.each(readers.map((a) => [a.id, a] as const))('%s: no catalog topic and no consumer group in any file it claims', async (_id, adapter) => {
    const files: InputFile[] = [
      ...all.filter((abs) => adapter.claims(abs.split(path.sep).join('/'))).map((abs) => ({ path: path.relative(repo, abs).split(path.sep).join('/'), text: readFileSync(abs, 'utf8') })),
      ...SAMPLES.filter((f) => adapter.claims(f.path)),
    ];
    expect(files.length, `files ${adapter.id} claims`).toBeGreaterThan(0);
    const out = await adapter.read(files);
    expect(out.topics.filter((t) => t.declaredIn === 'catalog').map((t) => `${t.file}:${t.name.kind === 'known' ? t.name.value : '?'}`)).toEqual([]);
    expect(out.consumerGroups).toEqual([]);
  });
});
