import { describe, expect, it } from 'vitest';
import { PROFILE_BARS_WIDTH, profileBars, profileBarsHeight } from '../../../src/charts/profile-bars.ts';
import { assertWellFormed, marks, numAttr, texts } from './helpers.ts';

const frame = { id: 'c', title: 'Title', desc: 'Description', formatTick: (v: number) => `${v}` };
const bar = (key: string, label: string, value: number) => ({ key, label, value, valueLabel: String(value) });
const rect = /<rect class="bar"[^>]*>/;

describe('profileBars', () => {
  const bars = [
    bar('research', 'Research organization', 10),
    bar('sme', 'SME', 4),
    bar('hospital', 'Hospital', 0),
    bar('area', 'Regenerative medicine and biomaterials, a label long enough to need a second line', 5),
  ];
  const size = { width: PROFILE_BARS_WIDTH, height: profileBarsHeight(bars) };
  const svg = profileBars({ ...frame, bars }, size);
  const drawn = marks(svg);

  it('draws one labelled bar per category, in order, lengths proportional to the counts', () => {
    assertWellFormed(svg);
    expect(drawn.map((m) => m.attrs['data-key'])).toEqual(['research', 'sme', 'hospital', 'area']);
    expect(drawn.map((m) => Number(m.attrs['data-value']))).toEqual([10, 4, 0, 5]);
    const widths = drawn.map((m) => numAttr(m.body, rect, 'width'));
    expect(widths[1]! / widths[0]!).toBeCloseTo(0.4, 2);
    expect(widths[2]).toBe(0);
    expect(widths[3]! / widths[0]!).toBeCloseTo(0.5, 2);
    for (const label of ['Research organization', 'SME', 'Hospital', '10', '4', '0'])
      expect(texts(svg)).toContain(label);
  });

  it('writes each label above its bar, wrapping a long one, and keeps everything inside the canvas', () => {
    const long = drawn[3]!;
    const lines = [...long.body.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    // The label's lines and the value.
    expect(lines.length).toBeGreaterThan(2);
    let previousBottom = 0;
    for (const m of drawn) {
      const x = numAttr(m.body, rect, 'x');
      const y = numAttr(m.body, rect, 'y');
      const w = numAttr(m.body, rect, 'width');
      const labelY = numAttr(m.body, /<text[^>]*>/, 'y');
      expect(labelY).toBeLessThan(y);
      expect(labelY).toBeGreaterThan(previousBottom);
      previousBottom = y + numAttr(m.body, rect, 'height');
      expect(x + w).toBeLessThanOrEqual(size.width);
    }
    expect(previousBottom).toBeLessThan(size.height);
  });

  it('has a whole-number value axis from zero that covers the largest count', () => {
    const ticks = texts(svg)
      .filter((s, i, all) => /^\d+$/.test(s) && all.indexOf(s) === i)
      .map(Number);
    expect(ticks).toContain(0);
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(10);
    const small = profileBars({ ...frame, bars: [bar('a', 'A', 1), bar('b', 'B', 2)] }, size);
    expect(small).not.toMatch(/>0\.5</);
  });

  it('escapes the texts it writes and draws a chart of zeros without failing', () => {
    const zeros = profileBars({ ...frame, title: 'A & <B>', bars: [bar('a', '<script>', 0)] }, size);
    assertWellFormed(zeros);
    expect(zeros).not.toContain('<script>');
    expect(zeros).toContain('&lt;script&gt;');
    expect(() => profileBars({ ...frame, bars: [] }, size)).toThrow(/at least one bar/);
  });
});
