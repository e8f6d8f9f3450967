import { describe, expect, it } from 'vitest';
import { time } from '../../../../src/charts/kinds/time.ts';
import { EN } from '../fixture-inputs.ts';
import { marks, texts } from '../helpers.ts';
import { drawText, entry } from './entries.ts';

const members = entry('time', 'medicen-members');
const prepared = time.prepare(members, EN)!;
const labelOf = time.labelOf(prepared, EN);

describe('time kind', () => {
  it('prepares every dated value of each series, oldest first', () => {
    expect(prepared.rows.map((r) => [r.series, r.as_of, r.value])).toEqual([
      ['medicen-members', '2010', 10],
      ['medicen-members', '2012-06', 20],
    ]);
    expect(time.prepare(entry('time', 'medicen-projects-products'), EN)).toBeUndefined();
  });

  it('labels a point with its figure’s label', () => {
    expect(labelOf(prepared.rows[0]!)).toBe('Members');
  });

  it('gives titles the first and latest values of the lead series and the latest of each figure', () => {
    expect(time.titleParams(prepared, { ...EN, labelOf })).toEqual({
      first: '10',
      firstDate: '2010',
      last: 'more than 20',
      lastDate: 'June 2012',
      value1: 'more than 20',
      date1: 'June 2012',
    });
  });

  it('draws a marked point per dated value, labelled as a headline', () => {
    const svg = time.draw(prepared, drawText(labelOf));
    expect(marks(svg).map((m) => m.attrs['data-as-of'])).toEqual(['2010', '2012-06']);
    expect(texts(svg)).toContain('10');
  });
});
