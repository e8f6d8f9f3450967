import { describe, expect, it } from 'vitest';
import {
  BASEMAP_SOURCE,
  FONT,
  LAYERS,
  SITES_SOURCE,
  choroplethFill,
  embeddedStyle,
  overlayLayers,
} from '../../../src/map/style.ts';

describe('embedded map style', () => {
  const style = embeddedStyle('http://localhost:4321/fonts/noto.woff2');
  it('names no tile, glyph or sprite server: every URL is the font the site serves', () => {
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    expect(JSON.stringify(style).match(/https?:\/\/[^"]+/g)).toEqual(['http://localhost:4321/fonts/noto.woff2']);
    expect(style['font-faces']).toEqual({ [FONT]: [{ url: 'http://localhost:4321/fonts/noto.woff2' }] });
  });
  it('draws text only with the declared font', () => {
    const fonts = overlayLayers().flatMap((l) =>
      'layout' in l && l.layout && 'text-font' in l.layout ? [l.layout['text-font']] : [],
    );
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toEqual([FONT]);
  });
  it('layers the basemap under the choropleth under the sites, clusters and their counts', () => {
    const ids = overlayLayers().map((l) => l.id);
    expect(ids.indexOf(LAYERS.choropleth)).toBeLessThan(ids.indexOf(LAYERS.clusters));
    expect(ids.indexOf(LAYERS.clusters)).toBeLessThan(ids.indexOf(LAYERS.clusterCount));
    const sources = new Set(overlayLayers().map((l) => ('source' in l ? l.source : '')));
    expect(sources).toEqual(new Set([BASEMAP_SOURCE, SITES_SOURCE]));
  });
  it('fills departments by code', () => {
    expect(choroplethFill({ '75': '#08519c', '91': '#bdd7e7' })).toEqual([
      'match',
      ['get', 'code'],
      '75',
      '#08519c',
      '91',
      '#bdd7e7',
      '#eff3ff',
    ]);
    expect(choroplethFill({})).toBe('#eff3ff');
  });
});
