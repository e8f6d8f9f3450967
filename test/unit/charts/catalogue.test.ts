import { describe, expect, it } from 'vitest';
import { CHART_SECTIONS, CHARTS, type ChartSpec } from '../../../src/charts/catalogue.ts';
import { chartTextKeys, missingTexts } from '../../../src/charts/texts.ts';
import { placeholdersOf, titleKeysOf } from '../../../src/charts/title.ts';
import { en } from '../../../src/i18n/en.ts';
import { fr } from '../../../src/i18n/fr.ts';

const DICTIONARIES = { 'src/i18n/en.ts': en, 'src/i18n/fr.ts': fr };

describe('the catalogue', () => {
  it('gives every chart a unique id and a known section', () => {
    const ids = CHARTS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CHARTS) expect(CHART_SECTIONS, c.id).toContain(c.section);
  });

  it('has every text of every chart in both dictionaries', () => {
    for (const spec of CHARTS)
      for (const [file, dictionary] of Object.entries(DICTIONARIES)) {
        const missing = missingTexts(spec, dictionary);
        expect(
          missing,
          `chart "${spec.id}" (src/charts/catalogue.ts) has no ${missing.join(', ')} in ${file}: add its texts to both dictionaries`,
        ).toEqual([]);
      }
  });

  it('words each title the same way in both languages (the English text picks the title)', () => {
    for (const spec of CHARTS)
      for (const key of titleKeysOf(spec.id))
        expect(placeholdersOf(fr[key]).sort(), `${key} in src/i18n/fr.ts`).toEqual(placeholdersOf(en[key]).sort());
  });
});

describe('missingTexts', () => {
  it('names each text a new chart lacks, including those its kind reads', () => {
    const newPart: ChartSpec = { id: 'new-chart', section: 'medicen', kind: 'part', figures: ['a', 'b'] };
    expect(chartTextKeys(newPart)).toEqual([
      'chart.new-chart.name',
      'chart.new-chart.title',
      'chart.new-chart.subtitle',
      'chart.new-chart.part',
      'chart.new-chart.total',
      'chart.new-chart.noPart',
    ]);
    expect(missingTexts(newPart, { 'chart.new-chart.name': 'New', 'chart.new-chart.part': 'Part' })).toEqual([
      'chart.new-chart.title',
      'chart.new-chart.subtitle',
      'chart.new-chart.total',
      'chart.new-chart.noPart',
    ]);
  });
});
