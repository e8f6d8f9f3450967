import { describe, expect, it } from 'vitest';
import { groupByPeriod } from '../../../src/model/history.ts';

const periods = [
  { from: '2005', to: '2008', name: 'first' },
  { from: '2019', name: 'current' },
  { from: '2009', to: '2012', name: 'second' },
];
const entry = (id: string, date: string) => ({ id, date });

describe('groupByPeriod', () => {
  it('puts each entry in the period of its year, newest period and newest entry first', () => {
    const groups = groupByPeriod(
      [entry('a', '2005'), entry('b', '2008-05'), entry('c', '2010-07'), entry('d', '2024-05-30'), entry('e', '2019')],
      periods,
    );
    expect(groups.map((g) => [g.period?.name, g.entries.map((e) => e.id)])).toEqual([
      ['current', ['d', 'e']],
      ['second', ['c']],
      ['first', ['b', 'a']],
    ]);
  });
  it('keeps the order of entries of the same date, leaves out empty periods and collects the rest last', () => {
    const groups = groupByPeriod([entry('x', '2005'), entry('y', '2005'), entry('z', '2014')], periods);
    expect(groups.map((g) => [g.period?.name, g.entries.map((e) => e.id)])).toEqual([
      ['first', ['x', 'y']],
      [undefined, ['z']],
    ]);
  });
});
