import { describe, expect, it } from 'vitest';
import { buildChartModels } from '../../../src/charts/model.ts';
import { chartEmbedCode, chartEmbedHeight, chartEmbedUrl } from '../../../src/site/chart-embed.ts';
import { svgSize } from '../../../src/site/chart-image.ts';
import { INPUTS } from '../charts/fixture-inputs.ts';

const en = buildChartModels(INPUTS, 'en').find((m) => m.id === 'medicen-members')!;
const fr = buildChartModels(INPUTS, 'fr').find((m) => m.id === 'medicen-members')!;

describe('chartEmbedUrl', () => {
  it('is the embed page of the chart, in its language, on the site of the chart', () => {
    expect(chartEmbedUrl(en, 'en')).toBe('https://example.org/embed/chart/medicen-members/');
    expect(chartEmbedUrl(fr, 'fr')).toBe('https://example.org/fr/embed/chart/medicen-members/');
  });
});

describe('chartEmbedCode', () => {
  it('is one iframe of the embed page with a title, a border-less style and a height taller than the drawing', () => {
    const code = chartEmbedCode(en, 'en');
    expect(code).toMatch(/^<iframe src="https:\/\/example\.org\/embed\/chart\/medicen-members\/" [^<]*><\/iframe>$/);
    expect(code).toContain('title="Members over time: chart from Medicen Paris Region"');
    const height = Number(/height="(\d+)"/.exec(code)![1]);
    expect(height).toBeGreaterThan(svgSize(en.svg).height + 100);
  });

  it('escapes the title it writes into the attribute', () => {
    const code = chartEmbedCode({ ...en, name: 'A "quoted" <name>' }, 'en');
    expect(code).toContain('title="A &quot;quoted&quot; &lt;name&gt;: chart from Medicen Paris Region"');
  });

  it('is in French on the French chart', () => {
    expect(chartEmbedCode(fr, 'fr')).toContain('/fr/embed/chart/medicen-members/');
    expect(chartEmbedCode(fr, 'fr')).toContain('graphique de Medicen Paris Region');
  });
});

describe('chartEmbedHeight', () => {
  it('grows with the drawing, a longer subtitle and each more source', () => {
    const base = chartEmbedHeight(en, 'en');
    expect(chartEmbedHeight({ ...en, subtitle: en.subtitle.repeat(4) }, 'en')).toBeGreaterThan(base);
    expect(chartEmbedHeight({ ...en, sources: [...en.sources, ...en.sources] }, 'en')).toBeGreaterThan(base);
    const taller = en.svg.replace(
      /viewBox="0 0 (\d+) (\d+)"/,
      (_, w: string, h: string) => `viewBox="0 0 ${w} ${Number(h) + 200}"`,
    );
    expect(chartEmbedHeight({ ...en, svg: taller }, 'en')).toBeGreaterThan(base + 190);
  });
});
