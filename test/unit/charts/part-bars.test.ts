import { describe, expect, it } from 'vitest';
import { partBars, partBarsHeight } from '../../../src/charts/part-bars.ts';
import { assertWellFormed, marks, numAttr, texts } from './helpers.ts';

const text = { id: 'c', title: 'Title', desc: 'Description', formatTick: (v: number) => `${v}` };

describe('partBars', () => {
  const bars = [
    { key: '2016-10', label: 'October 2016', total: 1180, totalLabel: 'EUR 1.2bn' },
    {
      key: '2018',
      label: '2018',
      total: 1300,
      totalLabel: 'close to EUR 1.3bn',
      part: 533,
      partLabel: 'EUR 533m (41%)',
    },
  ];
  const svg = partBars(
    bars,
    { width: 760, height: partBarsHeight(2) },
    {
      ...text,
      partName: 'Public funding',
      totalName: 'Total invested',
      noPart: 'public part not published',
    },
  );
  const drawn = marks(svg);

  it('draws the part inside its total, in proportion, and says when a part is missing', () => {
    assertWellFormed(svg);
    const total = numAttr(drawn[1]!.body, /<rect class="bar total"[^>]*>/, 'width');
    const part = numAttr(drawn[1]!.body, /<rect class="bar part"[^>]*>/, 'width');
    expect(part / total).toBeCloseTo(533 / 1300, 2);
    expect(drawn[1]!.attrs['data-part']).toBe('533');
    expect(drawn[0]!.attrs['data-part']).toBeUndefined();
    expect(drawn[0]!.body).toContain('public part not published');
    const totals = drawn.map((m) => numAttr(m.body, /<rect class="bar total"[^>]*>/, 'width'));
    expect(totals[0]! / totals[1]!).toBeCloseTo(1180 / 1300, 2);
    for (const label of ['Public funding', 'Total invested', 'EUR 533m (41%)', 'close to EUR 1.3bn'])
      expect(texts(svg)).toContain(label);
  });
});
