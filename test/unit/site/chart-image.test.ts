import { describe, expect, it } from 'vitest';
import { buildChartModels } from '../../../src/charts/model.ts';
import { CHART_IMAGE_WIDTH, chartImageSvg, chartImageText, svgSize } from '../../../src/site/chart-image.ts';
import { renderChartImage } from '../../../src/site/chart-image-png.ts';
import { readPngSize } from '../../../src/site/social-image-palette.ts';
import type { Measure } from '../../../src/site/social-image.ts';
import { INPUTS } from '../charts/fixture-inputs.ts';

const measure: Measure = (text, size, weight) => [...text].length * size * (weight === 700 ? 0.6 : 0.52);
const en = buildChartModels(INPUTS, 'en');
const fr = buildChartModels(INPUTS, 'fr');
const members = en.find((m) => m.id === 'medicen-members')!;

describe('svgSize', () => {
  it('reads the width and height of the root viewBox', () => {
    expect(svgSize('<svg xmlns="x" viewBox="0 0 760 340" width="760"><svg viewBox="0 0 1 1"/></svg>')).toEqual({
      width: 760,
      height: 340,
    });
    expect(() => svgSize('<svg width="10"></svg>')).toThrow(/viewBox/);
  });
});

describe('chartImageText', () => {
  it('names every source with its dates, the date of the data and the chart’s address', () => {
    const text = chartImageText(members, 'en');
    expect(text.title).toBe(members.title);
    expect(text.sourcesLabel).toBe('Sources:');
    expect(text.sources).toEqual([
      'Publisher a, Report a (values as of 2010)',
      'Publisher b, Report b (values as of June 2012)',
    ]);
    expect(text.footer).toBe(
      'Data as of June 2012 · Medicen Paris Region, https://example.org/figures/#medicen-members',
    );
  });

  it('speaks French on the French chart, with its French address', () => {
    const text = chartImageText(
      fr.find((m) => m.id === 'medicen-members')!,
      'fr',
    );
    expect(text.sourcesLabel).toBe('Sources\u00a0:');
    expect(text.footer).toContain('juin 2012');
    expect(text.footer).toContain('https://example.org/fr/figures/#medicen-members');
  });
});

describe('chartImageSvg', () => {
  const svg = chartImageSvg(members.svg, chartImageText(members, 'en'), measure);

  it('is 1200 wide and holds the chart scaled to the text width, under its title and above its sources', () => {
    expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${CHART_IMAGE_WIDTH}"`));
    const scale = Number(/scale\(([\d.]+)\)/.exec(svg)![1]);
    expect(scale * svgSize(members.svg).width).toBeCloseTo(CHART_IMAGE_WIDTH - 96, 1);
    const at = (s: string) => svg.indexOf(s);
    expect(at('The cluster grew')).toBeGreaterThan(0);
    expect(at('The cluster grew')).toBeLessThan(at('<g transform'));
    expect(at('<g transform')).toBeLessThan(at('Publisher a'));
    expect(at('Publisher b')).toBeLessThan(at('Data as of June 2012'));
    const height = Number(/height="(\d+)"/.exec(svg)![1]);
    expect(height).toBeGreaterThan(svgSize(members.svg).height * scale + 150);
  });

  it('escapes the texts it adds and takes a line more for each more source', () => {
    const text = { ...chartImageText(members, 'en'), title: 'A <b>&</b> "title"' };
    const one = chartImageSvg(members.svg, { ...text, sources: ['x'] }, measure);
    const two = chartImageSvg(members.svg, { ...text, sources: ['x', 'y'] }, measure);
    expect(one).toContain('A &lt;b&gt;&amp;&lt;/b&gt; &quot;title&quot;');
    expect(one).not.toContain('<b>');
    const h = (s: string) => Number(/height="(\d+)"/.exec(s)![1]);
    expect(h(two)).toBeGreaterThan(h(one));
  });
});

describe('renderChartImage', () => {
  it('draws a PNG 1200 pixels wide, as tall as its SVG', async () => {
    const png = await renderChartImage(members, 'en', false);
    const size = readPngSize(png);
    expect(size?.width).toBe(1200);
    expect(size!.height).toBeGreaterThan(500);
  });
});
