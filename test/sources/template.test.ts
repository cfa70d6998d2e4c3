import { describe, expect, it } from 'vitest';
import { detectTemplate, detectTemplateAt } from '../../src/sources/template.js';

describe('detectTemplate', () => {
  it('recognises Helm actions and quotes the first one with its line', () => {
    const text = 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: {{ .Values.topic.name }}\n';
    expect(detectTemplate(text)).toBe('Helm template syntax `{{ .Values.topic.name }}` (line 4)');
    const at = detectTemplateAt(text)!;
    expect(text.slice(at.start, at.end)).toBe('{{ .Values.topic.name }}');
    expect(at.kind).toBe('helm');
  });

  it('recognises Helm control structures and whitespace trimming', () => {
    expect(detectTemplate('{{- if .Values.enabled }}\nkind: KafkaTopic\n{{- end }}\n')).toMatch(/^Helm template syntax `\{\{- if \.Values\.enabled \}\}` \(line 1\)$/);
    expect(detectTemplate('spec:\n  partitions: {{ include "x.partitions" . }}\n')).toMatch(/^Helm/);
  });

  it('recognises Jinja statements, comments and expressions', () => {
    expect(detectTemplate('{% for t in topics %}\n- topic: {{ t.name }}\n{% endfor %}\n')).toBe('Jinja template syntax `{% for t in topics %}` (line 1)');
    expect(detectTemplate('topic: {{ topic_name }}\n')).toBe('Jinja/Mustache template expression `{{ topic_name }}` (line 1)');
    expect(detectTemplate('topic: "{{ item.name | lower }}"\n')).toMatch(/^Jinja\/Mustache/);
    expect(detectTemplate('{# generated #}\ntopic: a\n')).toMatch(/^Jinja template syntax/);
  });

  it('shortens long expressions', () => {
    const reason = detectTemplate(`name: {{ .Values.${'x'.repeat(60)} }}\n`)!;
    expect(reason).toContain('...` (line 1)');
  });

  it('is undefined for plain YAML, ${VAR} placeholders and template syntax in comments', () => {
    expect(detectTemplate('topic: orders.v1\npartitions: 3\n')).toBeUndefined();
    expect(detectTemplate('topic: ${TOPIC}\n')).toBeUndefined();
    expect(detectTemplate('# rendered from {{ .Values.x }}\ntopic: a\n')).toBeUndefined();
    expect(detectTemplate('topic: a  # was {{ .Values.x }}\n')).toBeUndefined();
    expect(detectTemplate('description: "a map {{ like: this }}"\n')).toBeUndefined();
  });
});
