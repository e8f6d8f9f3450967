import { describe, expect, it } from 'vitest';
import { barChart, barChartHeight } from '../../../src/charts/bar-chart.ts';
import { partBars, partBarsHeight } from '../../../src/charts/part-bars.ts';
import { bigNumbers, bigNumbersHeight, wrapLabel } from '../../../src/charts/big-numbers.ts';
import { n } from '../../../src/charts/svg.ts';
import { assertWellFormed, marks, numAttr, texts } from './helpers.ts';

const text = { id: 'c', title: 'Title', desc: 'Description', formatTick: (v: number) => `${v}` };

describe('barChart', () => {
  const bars = [
    { key: 'all', label: 'All companies', value: 1000, valueLabel: 'more than 1,000', total: true },
    { key: 'medtech', label: 'Medtech', value: 360, valueLabel: '360' },
    { key: 'biotech', label: 'Biotech', value: 200, valueLabel: '200' },
  ];
  const svg = barChart(bars, { width: 760, height: barChartHeight(bars.length) }, text);
  const drawn = marks(svg);

  it('draws one labelled bar per value, widths proportional to values', () => {
    assertWellFormed(svg);
    expect(drawn.map((m) => m.attrs['data-key'])).toEqual(['all', 'medtech', 'biotech']);
    const widths = drawn.map((m) => numAttr(m.body, /<rect class="bar"[^>]*>/, 'width'));
    expect(widths[1]! / widths[0]!).toBeCloseTo(0.36, 2);
    expect(widths[2]! / widths[0]!).toBeCloseTo(0.2, 2);
    for (const label of ['All companies', 'Medtech', 'Biotech', 'more than 1,000', '360', '200'])
      expect(texts(svg)).toContain(label);
  });

  it('has a value axis from zero that covers the largest value, inside the canvas', () => {
    const ticks = texts(svg)
      .filter((s) => /^\d+$/.test(s))
      .map(Number);
    expect(Math.min(...ticks)).toBe(0);
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(1000);
    for (const m of drawn) {
      const x = numAttr(m.body, /<rect class="bar"[^>]*>/, 'x');
      const w = numAttr(m.body, /<rect class="bar"[^>]*>/, 'width');
      expect(x + w).toBeLessThanOrEqual(760);
    }
  });

  it('draws the total apart from the categories', () => {
    const fill = (i: number) => drawn[i]!.body.match(/<rect class="bar"[^>]*fill="([^"]+)"/)![1];
    expect(fill(0)).not.toBe(fill(1));
    expect(fill(1)).toBe(fill(2));
  });
});

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

describe('bigNumbers', () => {
  const items = [
    { key: 'hospitals', value: 39, valueLabel: '39', label: 'Hospitals of the AP-HP network', asOfLabel: '2018' },
    { key: 'researchers', value: 127868, valueLabel: '127,868', label: 'Researchers', asOfLabel: '2023' },
  ];
  const svg = bigNumbers(
    items,
    { width: 760, height: bigNumbersHeight(2, 2) },
    { id: 'b', title: 'T', desc: 'D', columns: 2 },
  );

  it('shows each value with its label and date', () => {
    assertWellFormed(svg);
    expect(marks(svg).map((m) => Number(m.attrs['data-value']))).toEqual([39, 127868]);
    for (const s of ['39', '127,868', 'Researchers', '2018', '2023']) expect(texts(svg)).toContain(s);
  });

  it('wraps long labels on three lines at most', () => {
    expect(wrapLabel('Hospitals of the AP-HP network', 12)).toEqual(['Hospitals of', 'the AP-HP', 'network']);
    expect(wrapLabel('Short', 12)).toEqual(['Short']);
    expect(wrapLabel('Hospitals in the largest network of the region', 12)).toHaveLength(3);
  });
});

describe('n', () => {
  it('rounds coordinates and refuses NaN', () => {
    expect(n(1.23456)).toBe('1.23');
    expect(() => n(Number.NaN)).toThrow(/finite/);
  });
});
