import { describe, expect, it } from 'vitest';
import { barsByDate } from '../../../../src/charts/kinds/bars-by-date.ts';
import type { FigureLike } from '../../../../src/charts/prepare.ts';
import { EN, INPUTS } from '../fixture-inputs.ts';
import { marks } from '../helpers.ts';
import { drawText, entry } from './entries.ts';

const labelled: FigureLike = {
  id: 'medicen-projects-labelled-per-year',
  label: { en: 'Projects labelled' },
  scope: 'Medicen',
  unit: 'projects',
  values: [
    { as_of: '2006', value: 50, qualifier: 'exact' },
    { as_of: '2005', value: 20, qualifier: 'exact' },
  ],
};
const context = { ...EN, inputs: { ...INPUTS, figures: [labelled] } };
const prepared = barsByDate.prepare(entry('bars-by-date', 'medicen-projects-labelled-per-year'), context)!;
const labelOf = barsByDate.labelOf(prepared, context);

describe('bars-by-date kind', () => {
  it('prepares a bar per date, oldest first, labelled with its date', () => {
    expect(prepared.rows.map((r) => [r.category, labelOf(r), r.value])).toEqual([
      ['2005', '2005', 20],
      ['2006', '2006', 50],
    ]);
  });

  it('gives titles the sum of the bars and the highest with its date', () => {
    expect(barsByDate.titleParams(prepared, { ...context, labelOf })).toEqual({
      total: '70',
      max: '50',
      maxDate: '2006',
    });
  });

  it('draws a bar per date', () => {
    expect(marks(barsByDate.draw(prepared, drawText(labelOf))).map((m) => m.attrs['data-key'])).toEqual([
      '2005',
      '2006',
    ]);
  });
});
