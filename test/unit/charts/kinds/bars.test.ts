import { describe, expect, it } from 'vitest';
import { bars } from '../../../../src/charts/kinds/bars.ts';
import type { FigureLike } from '../../../../src/charts/prepare.ts';
import { SERIES_COLOURS } from '../../../../src/charts/svg.ts';
import { EN, INPUTS } from '../fixture-inputs.ts';
import { marks } from '../helpers.ts';
import { drawText, entry } from './entries.ts';

const companies = entry('bars', 'region-life-science-companies');
const prepared = bars.prepare(companies, EN)!;
const labelOf = bars.labelOf(prepared, EN);

const staff = (id: string, as_of: string, value: number): FigureLike => ({
  id,
  label: { en: id },
  scope: 'Sanofi',
  unit: 'employees',
  values: [{ as_of, value, qualifier: 'exact' }],
});

describe('bars kind', () => {
  it('prepares the latest value of each series, in the catalogue’s order', () => {
    expect(prepared.rows.map((r) => [r.category, r.as_of, r.value])).toEqual([
      ['region-life-science-companies', '2018', 90],
      ['region-medtech-companies', '2018', 40],
      ['region-pharma-companies', '2018', 30],
    ]);
    expect(bars.prepare(entry('bars', 'sanofi-employees'), EN)).toBeUndefined();
  });

  it('labels a bar with its short name from the dictionary', () => {
    expect(prepared.rows.map(labelOf)).toEqual(['All life-science companies', 'Medtech', 'Pharma']);
  });

  it('gives titles the total, the largest category (not the total) and the list of categories', () => {
    expect(bars.titleParams(prepared, { ...EN, labelOf })).toMatchObject({
      total: 'more than 90',
      top: 'medtech',
      topValue: '40',
      list: '40 medtech, 30 pharma',
    });
  });

  it('gives titles the share of one figure in another when both are of the same date', () => {
    const spec = entry('bars', 'sanofi-employees');
    const figures = [
      staff('sanofi-employees-world', '2021', 1000),
      staff('sanofi-employees-france', '2021', 400),
      staff('sanofi-employees-paris-region', '2021', 100),
    ];
    const context = { ...EN, inputs: { ...INPUTS, figures } };
    const p = bars.prepare(spec, context)!;
    expect(bars.titleParams(p, { ...context, labelOf: bars.labelOf(p, context) })).toMatchObject({
      value3: '100',
      share3of2: '25%',
      date3: '2021',
    });
  });

  it('draws a bar per row, the total apart', () => {
    const drawn = marks(bars.draw(prepared, drawText(labelOf)));
    expect(drawn.map((m) => m.attrs['data-key'])).toEqual(prepared.rows.map((r) => r.category));
    expect(drawn[0]!.body).toContain(`fill="${SERIES_COLOURS[3]}"`);
    expect(drawn[1]!.body).toContain(`fill="${SERIES_COLOURS[0]}"`);
  });
});
