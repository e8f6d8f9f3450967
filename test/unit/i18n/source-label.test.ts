import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceLabel, TRANSLATED_SOURCE_KINDS } from '../../../src/i18n/source-label.ts';

const FIGURES = join(import.meta.dirname, '../../../content/figures');

/** Every publisher and title of a source in the figure files. */
function sourceLabels(): string[] {
  const labels: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.url === 'string' && typeof o.publisher === 'string') labels.push(o.publisher, String(o.title));
      Object.values(o).forEach(walk);
    }
  };
  for (const f of readdirSync(FIGURES).filter((n) => n.endsWith('.json'))) {
    walk(JSON.parse(readFileSync(join(FIGURES, f), 'utf8')));
  }
  return labels;
}

describe('source labels in French', () => {
  it('give the bracketed description of a source in French', () => {
    expect(sourceLabel('ALA (press release)', 'fr')).toBe('ALA (communiqué de presse)');
    expect(sourceLabel('doczz.fr (document archive)', 'fr')).toBe('doczz.fr (archive de documents)');
    expect(sourceLabel('Medicen (competitiveness cluster page)', 'fr')).toBe('Medicen (page du pôle de compétitivité)');
    expect(sourceLabel('ALA (press release)', 'en')).toBe('ALA (press release)');
  });

  it('know every bracketed description the figure files use', () => {
    const kinds = sourceLabels()
      .map((l) => /\(([^()]+)\)\s*$/.exec(l)?.[1])
      .filter((k): k is string => k !== undefined && /^[a-z ]+$/.test(k));
    for (const kind of new Set(kinds)) expect(TRANSLATED_SOURCE_KINDS, kind).toContain(kind);
  });
});
