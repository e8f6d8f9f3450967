import { describe, expect, it } from 'vitest';
import {
  BASEMAP_SOURCE,
  COMMUNES_SOURCE,
  FONT,
  LAYERS,
  SITES_SOURCE,
  TOWN_MINZOOMS,
  choroplethFill,
  embeddedStyle,
  overlayLayers,
  overlayStages,
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
    expect(sources).toEqual(new Set([BASEMAP_SOURCE, COMMUNES_SOURCE, SITES_SOURCE]));
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

describe('basemap layers', () => {
  it('names the communes only from zoom 10, and the towns by tier of population', () => {
    const layers = overlayLayers();
    const communes = layers.find((l) => l.id === LAYERS.communeLabels)!;
    expect(communes.minzoom).toBe(10);
    expect('source' in communes && communes.source).toBe(COMMUNES_SOURCE);
    const towns = layers.filter((l) => l.id.startsWith(LAYERS.townLabels));
    expect(towns.map((l) => l.minzoom)).toEqual([...TOWN_MINZOOMS]);
  });
});

describe('overlayStages', () => {
  it('draws fills, lines and circles first, then adds the labels where overlayLayers puts them', () => {
    const all = overlayLayers();
    const { first, labels } = overlayStages(all);
    expect(first.some((l) => l.type === 'symbol')).toBe(false);
    expect(labels.every(({ layer }) => layer.type === 'symbol')).toBe(true);
    expect(first.length + labels.length).toBe(all.length);
    // Inserting the labels in order, each before its layer, gives back the full order.
    const ids = first.map((l) => l.id);
    for (const { layer, beforeId } of labels) {
      if (beforeId === undefined) ids.push(layer.id);
      else ids.splice(ids.indexOf(beforeId), 0, layer.id);
    }
    expect(ids).toEqual(all.map((l) => l.id));
    // The cluster counts go under the single points, as before.
    expect(labels.find(({ layer }) => layer.id === LAYERS.clusterCount)?.beforeId).toBe(LAYERS.points);
  });
});
