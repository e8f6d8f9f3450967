import { describe, expect, it } from 'vitest';
import { numbers } from '../../../../src/charts/kinds/numbers.ts';
import type { FigureLike } from '../../../../src/charts/prepare.ts';
import { EN, INPUTS } from '../fixture-inputs.ts';
import { marks, texts } from '../helpers.ts';
import { drawText, entry } from './entries.ts';

const figure = (id: string, value: number): FigureLike => ({
  id,
  label: { en: `Label of ${id}` },
  scope: 'Paris Region',
  unit: 'units',
  values: [{ as_of: '2019', value, qualifier: 'exact' }],
});
const context = {
  ...EN,
  inputs: { ...INPUTS, figures: [figure('region-patients', 10_000_000), figure('region-hospitals', 39)] },
};
const prepared = numbers.prepare(entry('numbers', 'region-hospitals-research'), context)!;
const labelOf = numbers.labelOf(prepared, context);

describe('numbers kind', () => {
  it('prepares the latest value of each series in the catalogue’s order', () => {
    expect(prepared.rows.map((r) => [r.series, r.value])).toEqual([
      ['region-hospitals', 39],
      ['region-patients', 10_000_000],
    ]);
  });

  it('gives titles how many numbers there are and each figure’s value by its place in the entry', () => {
    expect(numbers.titleParams(prepared, { ...context, labelOf })).toMatchObject({
      count: 2,
      value1: '39',
      value2: '10\u00a0million',
      date2: '2019',
    });
  });

  it('draws a tile per number with its label', () => {
    const svg = numbers.draw(prepared, drawText(labelOf));
    expect(marks(svg).map((m) => m.attrs['data-value'])).toEqual(['39', '10000000']);
    expect(texts(svg).join(' ')).toContain('Label of region-hospitals');
  });
});
