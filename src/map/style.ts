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
/** The communes' borders and names, added only once the map is zoomed in (see COMMUNES_FROM_ZOOM). */
export const COMMUNES_SOURCE = 'communes';
/** The zoom from which the communes file is loaded; their borders show from it, their names a little later. */
export const COMMUNES_FROM_ZOOM = 9.5;

/** Layer ids the page's script and the tests refer to. */
export const LAYERS = {
  choropleth: 'departments-choropleth',
  clusters: 'site-clusters',
  clusterCount: 'site-cluster-count',
  points: 'site-points',
  communeLines: 'commune-lines',
  communeLabels: 'commune-labels',
  townLabels: 'town-labels',
  departmentLabels: 'department-labels',
  departmentDim: 'department-dim',
  departmentFocus: 'department-focus',
} as const;

/** The basemap's quiet palette: greys and a dark blue, so that the coloured points come first. */
export const BASEMAP_COLORS = {
  outside: '#e6ebf0',
  region: '#fbfaf7',
  communeLine: '#d3d8df',
  departmentLine: '#8d99a8',
  regionLine: '#44546a',
  text: '#2b3a4f',
  townText: '#3d4a5c',
  communeText: '#5a6677',
  halo: '#ffffff',
} as const;

/** Town label tiers: from which zoom towns of a population show (written by scripts/lib/basemap.ts). */
export const TOWN_MINZOOMS = [6.5, 9, 10] as const;

/** The embedded style: a plain background and the label font; the overlay adds the rest. */
export function embeddedStyle(fontUrl: string): StyleSpecification {
  return {
    version: 8,
    name: 'Medicen embedded basemap',
    'font-faces': { [FONT]: [{ url: fontUrl }] },
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': BASEMAP_COLORS.outside } }],
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
  const halo = { 'text-halo-color': BASEMAP_COLORS.halo, 'text-halo-width': 1.6 };
  return [
    {
      id: 'region-fill',
      type: 'fill',
      source: BASEMAP_SOURCE,
      filter: region,
      paint: { 'fill-color': BASEMAP_COLORS.region },
    },
    {
      id: LAYERS.choropleth,
      type: 'fill',
      source: BASEMAP_SOURCE,
      filter: department,
      layout: { visibility: 'none' },
      paint: { 'fill-color': CHOROPLETH_COLORS[0], 'fill-opacity': 0.85 },
    },
    {
      // The departments other than the one filtered on, greyed (filter set by the page).
      id: LAYERS.departmentDim,
      type: 'fill',
      source: BASEMAP_SOURCE,
      filter: ['==', ['get', 'layer'], 'none'] as never,
      paint: { 'fill-color': '#5f6b7a', 'fill-opacity': 0.18 },
    },
    {
      id: LAYERS.communeLines,
      type: 'line',
      source: COMMUNES_SOURCE,
      filter: ['==', ['get', 'layer'], 'commune'] as never,
      minzoom: COMMUNES_FROM_ZOOM,
      paint: {
        'line-color': BASEMAP_COLORS.communeLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 9.5, 0.5, 14, 1.5] as never,
      },
    },
    {
      id: 'department-lines',
      type: 'line',
      source: BASEMAP_SOURCE,
      filter: department,
      paint: {
        'line-color': BASEMAP_COLORS.departmentLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.8, 12, 2] as never,
      },
    },
    {
      id: 'region-line',
      type: 'line',
      source: BASEMAP_SOURCE,
      filter: region,
      paint: { 'line-color': BASEMAP_COLORS.regionLine, 'line-width': 1.6 },
    },
    {
      // The department filtered on, outlined (filter set by the page).
      id: LAYERS.departmentFocus,
      type: 'line',
      source: BASEMAP_SOURCE,
      filter: ['==', ['get', 'layer'], 'none'] as never,
      paint: { 'line-color': '#0b2545', 'line-width': 3 },
    },
    {
      id: LAYERS.communeLabels,
      type: 'symbol',
      source: COMMUNES_SOURCE,
      minzoom: 10,
      filter: ['all', ['==', ['get', 'layer'], 'commune-label'], ['!', ['get', 'town']]] as never,
      layout: {
        'text-field': ['get', 'name'] as never,
        'text-font': [FONT],
        'text-size': ['interpolate', ['linear'], ['zoom'], 10, 10, 14, 13] as never,
        'text-max-width': 7,
        'text-padding': 3,
      },
      paint: { 'text-color': BASEMAP_COLORS.communeText, ...halo },
    },
    ...TOWN_MINZOOMS.map((minzoom, i): LayerSpecification => ({
      id: i === 0 ? LAYERS.townLabels : `${LAYERS.townLabels}-${i}`,
      type: 'symbol',
      source: BASEMAP_SOURCE,
      minzoom,
      filter: ['all', ['==', ['get', 'layer'], 'town'], ['==', ['get', 'minzoom'], minzoom]] as never,
      layout: {
        'text-field': ['get', 'name'] as never,
        'text-font': [FONT],
        'text-size': ['interpolate', ['linear'], ['zoom'], 8, 11 - i, 12, 15 - i] as never,
        'text-max-width': 8,
        'text-padding': 4,
        // The most populous town wins when two names would overlap.
        'symbol-sort-key': ['-', ['get', 'pop']] as never,
      },
      paint: { 'text-color': BASEMAP_COLORS.townText, ...halo },
    })),
    {
      id: LAYERS.departmentLabels,
      type: 'symbol',
      source: BASEMAP_SOURCE,
      filter: label,
      maxzoom: 10.5,
      layout: {
        'text-field': ['get', 'name'] as never,
        'text-font': [FONT],
        'text-size': ['interpolate', ['linear'], ['zoom'], 7, 12, 10, 16] as never,
        'text-letter-spacing': 0.04,
        // A label may move beside its point rather than vanish under a cluster (Paris at region zoom).
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 1.1,
        'text-padding': 1,
      },
      paint: { 'text-color': BASEMAP_COLORS.text, 'text-halo-color': BASEMAP_COLORS.halo, 'text-halo-width': 2 },
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

/**
 * The overlay in two stages: the fills, lines and circles the first frame
 * needs, then the labels (symbol layers: glyphs to draw from the font, and
 * collision work), each with the layer it goes under so that the final order
 * is `overlayLayers()`'s. The points then show without waiting for the font.
 */
export function overlayStages(layers: readonly LayerSpecification[] = overlayLayers()): {
  first: LayerSpecification[];
  labels: { layer: LayerSpecification; beforeId: string | undefined }[];
} {
  const first = layers.filter((l) => l.type !== 'symbol');
  const labels = layers.flatMap((layer, i) =>
    layer.type === 'symbol' ? [{ layer, beforeId: layers.slice(i + 1).find((l) => l.type !== 'symbol')?.id }] : [],
  );
  return { first, labels };
}
