import { describe, expect, it } from 'vitest';
import { readYamlFile, strictJsonError } from '../src/sources/index.js';

describe('JSON files are held to JSON, not to the YAML that reads them', () => {
  it('reports a trailing comma that YAML would forgive, at its position', () => {
    const text = '{"topic": "a.b.v1", "replicationFactor": 3,}';
    const out = readYamlFile({ path: 'topics.json', text });
    expect(out.files[0]!.status).toBe('parse-error');
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]!.message).toContain('JSON syntax error: Expected double-quoted property name');
    expect(out.problems[0]!.loc.start).toBe(text.indexOf(',}') + 1);
  });

  it('reports a doubled comma (which YAML does not forgive either) at its position', () => {
    const text = '{"topic": "a.b.v1",, "replicationFactor": 3}';
    const out = readYamlFile({ path: 'topics.json', text });
    expect(out.files[0]!.status).toBe('parse-error');
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]!.message).toContain('JSON syntax error: Unexpected , in flow map');
    expect(out.problems[0]!.loc.start).toBe(text.indexOf(',,') + 1);
  });

  it('accepts valid JSON and leaves YAML files alone', () => {
    expect(strictJsonError('{"topic": "a.b.v1"}')).toBeUndefined();
    expect(readYamlFile({ path: 'topics.yaml', text: "{topic: 'a.b.v1'}" }).problems).toEqual([]);
  });
});
