/**
 * The cluster's standard description (content/cluster.json, press.description)
 * says only what the rest of content says with its sources: its member count
 * is the latest value of the members figure, its dates are those of the
 * labels, the leaders and the alliance, its sources are among those of the
 * facts it restates, and each text keeps to its length.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadContent } from '../../../src/content-check/index.ts';
import { latest } from '../../../src/model/figures.ts';

const loaded = loadContent(resolve(import.meta.dirname, '../../..'));
const cluster = loaded.cluster!;
const description = cluster.press!.description;
const texts = [description.short.en, description.short.fr!, description.long.en, description.long.fr!];
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('the press description', () => {
  it('is written in both languages, about 40 and about 120 words long', () => {
    for (const text of [description.short.en, description.short.fr!]) expect(words(text)).toBeLessThanOrEqual(50);
    for (const text of [description.long.en, description.long.fr!]) {
      expect(words(text)).toBeGreaterThanOrEqual(100);
      expect(words(text)).toBeLessThanOrEqual(140);
    }
  });

  it('gives the member count and date of the latest members figure', () => {
    const figure = loaded.figures.find((f) => f.data.id === cluster.members_figure)!;
    const value = latest(figure.data.values);
    expect(value.as_of).toBe('2023-03');
    for (const text of texts) expect(text).toContain(String(value.value));
    expect(description.short.en).toContain('March 2023');
    expect(description.short.fr).toContain('mars 2023');
  });

  it('names the leaders and the label years that cluster.json sources', () => {
    for (const text of [description.long.en, description.long.fr!]) {
      expect(text).toContain(cluster.president.name);
      expect(text).toContain(cluster.chief_executive.name);
      for (const label of cluster.labels) expect(text).toContain(label.date!.slice(0, 4));
    }
  });

  it('cites only sources of the facts it restates', () => {
    const known = new Set([
      ...cluster.legal_form.sources,
      ...cluster.labels.flatMap((l) => l.sources),
      ...cluster.president.sources,
      ...cluster.chief_executive.sources,
      ...cluster.networks.flatMap((n) => n.sources),
      ...cluster.priorities.sources,
      ...loaded.figures.flatMap((f) => f.data.values.map((v) => v.source?.url ?? f.data.source?.url)),
    ]);
    expect(description.sources.filter((s) => !known.has(s))).toEqual([]);
  });
});
