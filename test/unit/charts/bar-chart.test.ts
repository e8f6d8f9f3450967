import { describe, expect, it } from 'vitest';
import { barChart, barChartHeight } from '../../../src/charts/bar-chart.ts';
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
