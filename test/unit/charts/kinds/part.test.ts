import { describe, expect, it } from 'vitest';
import { part } from '../../../../src/charts/kinds/part.ts';
import { EN, INPUTS } from '../fixture-inputs.ts';
import { marks, texts } from '../helpers.ts';
import { drawText, entry } from './entries.ts';

const investment = entry('part', 'medicen-investment');
const prepared = part.prepare(investment, EN)!;
const labelOf = part.labelOf(prepared, EN);

describe('part kind', () => {
  it('prepares the dated totals and parts, and leaves the chart out without its total', () => {
    expect(prepared.rows.map((r) => [r.series, r.as_of, r.value])).toEqual([
      ['medicen-investment', '2015', 400],
      ['medicen-investment', '2017', 1000],
      ['medicen-public-aid', '2017', 250],
    ]);
    const noTotal = {
      ...EN,
      inputs: { ...INPUTS, figures: INPUTS.figures.filter((f) => f.id !== 'medicen-investment') },
    };
    expect(part.prepare(investment, noTotal)).toBeUndefined();
  });

  it('gives titles the latest total and the share of the latest total whose part is published', () => {
    expect(part.titleParams(prepared, { ...EN, labelOf })).toEqual({
      total: 'about EUR\u00a01bn',
      date: '2017',
      part: 'EUR\u00a0250m',
      whole: 'about EUR\u00a01bn',
      share: '25%',
      shareDate: '2017',
    });
  });

  it('draws a bar per total with its part inside, the legend from the chart’s own texts', () => {
    const svg = part.draw(prepared, drawText(labelOf));
    const drawn = marks(svg);
    expect(drawn.map((m) => [m.attrs['data-key'], m.attrs['data-part']])).toEqual([
      ['2015', undefined],
      ['2017', '250'],
    ]);
    for (const name of ['[part]', '[total]', '[noPart]']) expect(texts(svg)).toContain(name);
    expect(part.texts).toEqual(['part', 'total', 'noPart']);
  });
});
