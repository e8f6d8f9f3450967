import { describe, expect, it } from 'vitest';
import { axisLine, xDateTicks, xValueGrid, yValueGrid } from '../../../src/charts/axis.ts';
import { GRID, INK_SOFT } from '../../../src/charts/svg.ts';
import { numAttr, texts } from './helpers.ts';

const double = (v: number) => 2 * v;
const label = (v: number) => `v${v}`;

describe('xValueGrid', () => {
  const parts = xValueGrid(double, [0, 50, 100], { from: 10, to: 90 }, label);

  it('draws a vertical gridline per tick across the span, at the scaled value', () => {
    const lines = parts.filter((p) => p.startsWith('<line'));
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => [numAttr(l, /<line[^>]*>/, 'x1'), numAttr(l, /<line[^>]*>/, 'x2')])).toEqual([
      [0, 0],
      [100, 100],
      [200, 200],
    ]);
    for (const l of lines) {
      expect(numAttr(l, /<line[^>]*>/, 'y1')).toBe(10);
      expect(numAttr(l, /<line[^>]*>/, 'y2')).toBe(90);
      expect(l).toContain(`stroke="${GRID}"`);
    }
  });

  it('labels each tick centred below the span, with the formatter', () => {
    expect(texts(parts.join(''))).toEqual(['v0', 'v50', 'v100']);
    const second = parts[3]!;
    expect(numAttr(second, /<text[^>]*>/, 'x')).toBe(100);
    expect(numAttr(second, /<text[^>]*>/, 'y')).toBe(108);
    expect(second).toContain('text-anchor="middle"');
  });
});

describe('yValueGrid', () => {
  it('draws a horizontal gridline per tick and its label right-aligned left of the span', () => {
    const parts = yValueGrid((v) => 100 - v, [0, 40], { from: 50, to: 700 }, label);
    const [line, tick] = [parts[2]!, parts[3]!];
    expect([numAttr(line, /<line[^>]*>/, 'x1'), numAttr(line, /<line[^>]*>/, 'x2')]).toEqual([50, 700]);
    expect([numAttr(line, /<line[^>]*>/, 'y1'), numAttr(line, /<line[^>]*>/, 'y2')]).toEqual([60, 60]);
    expect(numAttr(tick, /<text[^>]*>/, 'x')).toBe(42);
    expect(numAttr(tick, /<text[^>]*>/, 'y')).toBe(64);
    expect(tick).toContain('text-anchor="end"');
    expect(texts(parts.join(''))).toEqual(['v0', 'v40']);
  });
});

describe('xDateTicks and axisLine', () => {
  it('marks each date with a short tick down from the baseline and its label below', () => {
    const parts = xDateTicks([{ at: 120, label: '2020' }], 300);
    expect(numAttr(parts[0]!, /<line[^>]*>/, 'y1')).toBe(300);
    expect(numAttr(parts[0]!, /<line[^>]*>/, 'y2')).toBe(305);
    expect(parts[0]).toContain(`stroke="${INK_SOFT}"`);
    expect(numAttr(parts[1]!, /<text[^>]*>/, 'y')).toBe(320);
    expect(texts(parts[1]!)).toEqual(['2020']);
  });

  it('draws the axis line in the darker ink, not the gridlines’ colour', () => {
    expect(axisLine(1, 2, 3, 4)).toBe(`<line x1="1" x2="3" y1="2" y2="4" stroke="${INK_SOFT}"/>`);
  });
});
