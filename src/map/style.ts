/**
 * The interactive map's embedded style and layers, as plain MapLibre style
 * objects: the basemap (region and department outlines with names, served by
 * the site), the department choropleth, and the clustered sites. No tile
 * server, no glyph server: labels are drawn from a font file the site serves.
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { CHOROPLETH_COLORS, KIND_GROUPS } from './palette.ts';

export const FONT = 'Noto Sans SemiBold';
export const SITES_SOURCE = 'sites';
export const BASEMAP_SOURCE = 'basemap';

/** Layer ids the page's script and the tests refer to. */
export const LAYERS = {
  choropleth: 'departments-choropleth',
  clusters: 'site-clusters',
  clusterCount: 'site-cluster-count',
  points: 'site-points',
} as const;

/** The embedded style: a plain background and the label font; the overlay adds the rest. */
export function embeddedStyle(fontUrl: string): StyleSpecification {
  return {
    version: 8,
    name: 'Medicen embedded basemap',
    'font-faces': { [FONT]: [{ url: fontUrl }] },
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#e8eef4' } }],
  };
}

/** Colour of a point from its kind family id (property "g"). */
const pointColor = [
  'match',
  ['get', 'g'],
  ...KIND_GROUPS.flatMap((g) => [g.id, g.color]),
  KIND_GROUPS[KIND_GROUPS.length - 1]!.color,
] as unknown as string;

/** The basemap, choropleth and site layers, added on top of whatever style is loaded. */
export function overlayLayers(): LayerSpecification[] {
  const region = ['==', ['get', 'layer'], 'region'] as unknown as boolean;
  const department = ['==', ['get', 'layer'], 'department'] as unknown as boolean;
  const label = ['==', ['get', 'layer'], 'label'] as unknown as boolean;
  return [
    { id: 'region-fill', type: 'fill', source: BASEMAP_SOURCE, filter: region, paint: { 'fill-color': '#ffffff' } },
    {
      id: LAYERS.choropleth,
      type: 'fill',
      source: BASEMAP_SOURCE,
      filter: department,
      layout: { visibility: 'none' },
      paint: { 'fill-color': CHOROPLETH_COLORS[0], 'fill-opacity': 0.85 },
    },
    {
      id: 'department-lines',
      type: 'line',
      source: BASEMAP_SOURCE,
      filter: department,
      paint: { 'line-color': '#7d8ca3', 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.8, 12, 2] as never },
    },
    {
      id: 'region-line',
      type: 'line',
      source: BASEMAP_SOURCE,
      filter: region,
      paint: { 'line-color': '#0b2545', 'line-width': 2 },
    },
    {
      id: 'department-labels',
      type: 'symbol',
      source: BASEMAP_SOURCE,
      filter: label,
      layout: {
        'text-field': ['get', 'name'] as never,
        'text-font': [FONT],
        'text-size': ['interpolate', ['linear'], ['zoom'], 7, 11, 10, 16] as never,
        // A label may move beside its point rather than vanish under a cluster (Paris at region zoom).
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 1.1,
        'text-padding': 1,
      },
      paint: { 'text-color': '#0b2545', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    },
    {
      id: LAYERS.clusters,
      type: 'circle',
      source: SITES_SOURCE,
      filter: ['has', 'point_count'] as never,
      paint: {
        'circle-color': '#0b2545',
        'circle-radius': ['step', ['get', 'point_count'], 13, 10, 17, 50, 22, 500, 28] as never,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: LAYERS.clusterCount,
      type: 'symbol',
      source: SITES_SOURCE,
      filter: ['has', 'point_count'] as never,
      layout: {
        'text-field': ['get', 'point_count_abbreviated'] as never,
        'text-font': [FONT],
        'text-size': 12,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: LAYERS.points,
      type: 'circle',
      source: SITES_SOURCE,
      filter: ['!', ['has', 'point_count']] as never,
      paint: {
        'circle-color': pointColor,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 5, 14, 8] as never,
        'circle-stroke-color': '#16202e',
        'circle-stroke-width': 1.2,
      },
    },
  ];
}

/** The choropleth's fill: each department's colour by its code. */
export function choroplethFill(colors: Record<string, string>): unknown {
  const pairs = Object.entries(colors).flatMap(([code, color]) => [code, color]);
  return pairs.length ? ['match', ['get', 'code'], ...pairs, CHOROPLETH_COLORS[0]] : CHOROPLETH_COLORS[0];
}
