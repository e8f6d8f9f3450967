import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/util/escape.ts';
import { barChart } from '../../../src/charts/bar-chart.ts';
import { timeChart } from '../../../src/charts/time-chart.ts';

const evil = '<script>alert("x")</script> & Co';

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('chart text from content is escaped', () => {
  it('in bar labels, values, titles and descriptions', () => {
    const svg = barChart(
      [{ key: 'k', label: evil, value: 3, valueLabel: evil, tip: evil }],
      { width: 600, height: 100 },
      { id: 'c', title: evil, desc: evil, formatTick: String },
    );
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
  });
  it('in time series labels and ids', () => {
    const svg = timeChart(
      [
        { id: '"><script>', label: evil, points: [{ asOf: '2018', value: 1, label: evil }] },
        { id: 'b', label: 'B', points: [{ asOf: '2019', value: 2, label: '2' }] },
      ],
      { width: 600, height: 300 },
      { id: 'c', title: 't', desc: 'd', formatTick: String },
    );
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('data-series="&quot;&gt;&lt;script&gt;"');
  });
});
