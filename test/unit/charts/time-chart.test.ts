import { describe, expect, it } from 'vitest';
import { legendLayout, timeChart, type TimeSeries } from '../../../src/charts/time-chart.ts';
import { assertWellFormed, marks, texts } from './helpers.ts';

const members: TimeSeries = {
  id: 'members',
  label: 'Members',
  points: [
    { asOf: '2005', value: 63, label: '63' },
    { asOf: '2016-10', value: 276, label: '276' },
    { asOf: '2023-03', value: 530, label: '530' },
  ],
};
const options = { id: 'chart-m', title: 'Members grew', desc: 'Members, 2005: 63', formatTick: (v: number) => `${v}` };
const size = { width: 760, height: 340 };

/** The circle centre of a mark. */
const centre = (body: string) => {
  const m = body.match(/<circle cx="([\d.]+)" cy="([\d.]+)"/)!;
  return { x: Number(m[1]), y: Number(m[2]) };
};

describe('timeChart', () => {
  const svg = timeChart([members], size, options);
  const drawn = marks(svg);

  it('is an accessible, well-formed SVG with its title and description', () => {
    assertWellFormed(svg);
    expect(svg).toContain('<title id="chart-m-title">Members grew</title>');
    expect(svg).toContain('<desc id="chart-m-desc">Members, 2005: 63</desc>');
    expect(svg).toContain('aria-labelledby="chart-m-title chart-m-desc"');
  });

  it('marks and labels every dated value', () => {
    expect(drawn.map((m) => [m.attrs['data-as-of'], Number(m.attrs['data-value'])])).toEqual([
      ['2005', 63],
      ['2016-10', 276],
      ['2023-03', 530],
    ]);
    for (const label of ['63', '276', '530']) expect(texts(svg)).toContain(label);
  });

  it('places points on a true time axis and heights proportional to values', () => {
    const [a, b, c] = drawn.map((m) => centre(m.body));
    // Mid-2005 to mid-October 2016 versus mid-October 2016 to mid-March 2023, in days.
    const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 864e5;
    const ratio = days('2005-07-02', '2016-10-15') / days('2016-10-15', '2023-03-15');
    expect((b!.x - a!.x) / (c!.x - b!.x)).toBeCloseTo(ratio, 2);
    const base = Number(svg.match(/<line x1="[\d.]+" x2="[\d.]+" y1="([\d.]+)" y2="\1" stroke="#475467"/)![1]);
    expect((base - a!.y) / (base - c!.y)).toBeCloseTo(63 / 530, 2);
  });

  it('has axes that cover the data: year ticks around the dates, value ticks up to the maximum', () => {
    const years = texts(svg)
      .filter((s) => /^\d{4}$/.test(s))
      .map(Number);
    expect(Math.min(...years)).toBeLessThanOrEqual(2006);
    expect(Math.max(...years)).toBeGreaterThanOrEqual(2023);
    const ticks = texts(svg)
      .filter((s) => /^\d+$/.test(s) && !years.includes(Number(s)))
      .map(Number);
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(500);
    for (const m of drawn) {
      const { x, y } = centre(m.body);
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(size.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(size.height);
    }
  });

  it('draws a legend and distinct markers when there are several series', () => {
    const two = timeChart(
      [members, { id: 'products', label: 'Products launched', points: [{ asOf: '2018', value: 62, label: '62' }] }],
      size,
      options,
    );
    assertWellFormed(two);
    expect(texts(two)).toContain('Products launched');
    expect(texts(two)).toContain('Members');
    expect(two).toMatch(/data-series="products"[^>]*><title>|data-series="products"[^>]*><rect/);
  });

  it('refuses to draw nothing', () => {
    expect(() => timeChart([], size, options)).toThrow(/at least one point/);
  });
});

describe('legendLayout', () => {
  it('puts entries side by side and wraps one that would run past the right edge', () => {
    expect(legendLayout([100, 100, 100], 50, 400)).toEqual([
      { x: 50, row: 0 },
      { x: 150, row: 0 },
      { x: 250, row: 0 },
    ]);
    expect(legendLayout([200, 200, 50], 50, 400)).toEqual([
      { x: 50, row: 0 },
      { x: 50, row: 1 },
      { x: 250, row: 1 },
    ]);
  });
  it('keeps an entry wider than the chart on its own row rather than looping', () => {
    expect(legendLayout([900, 10], 50, 400)).toEqual([
      { x: 50, row: 0 },
      { x: 50, row: 1 },
    ]);
  });
});

describe('timeChart legend', () => {
  it('wraps long series names onto a second row inside the chart, and moves the plot down', () => {
    const long = (id: string, label: string): TimeSeries => ({ ...members, id, label });
    const one = timeChart([long('a', 'Short'), long('b', 'Short too')], size, options);
    const two = timeChart(
      [
        long('a', 'Collaborative projects certified since 2005 (cumulative)'),
        long('b', 'Products brought to market since 2005 (cumulative)'),
      ],
      size,
      options,
    );
    const legendY = (svg: string) =>
      [...svg.matchAll(/<text [^>]*x="([\d.]+)" y="([\d.]+)" font-size="13">/g)].map((m) => Number(m[2]));
    expect(new Set(legendY(one)).size).toBe(1);
    expect(new Set(legendY(two)).size).toBe(2);
    // The plot starts lower when the legend takes two rows.
    expect(centre(marks(two)[0]!.body).y).toBeGreaterThan(centre(marks(one)[0]!.body).y);
  });
});
