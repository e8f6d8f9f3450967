/**
 * The interactive map: MapLibre GL JS with the site's own basemap, the sites
 * clustered by count, popups, and the department choropleth. Imported by
 * page.ts only when the visitor reaches for the map and WebGL works, so
 * MapLibre, its worker and its CSS never load on other pages or before then.
 */
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  Popup,
  prewarm,
  setWorkerUrl,
  type GeoJSONSource,
  type LngLatBoundsLike,
  type MapGeoJSONFeature,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
// As a URL, not an import: Astro would put an imported stylesheet on the page itself.
import cssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import type { DepartmentCode } from '../../model/constants.ts';
import { abbreviated, clusterAt, expansionZoom, lngLatOf, projectPoints, type Clustering } from '../cluster.ts';
import { filterSites, type FilterState } from '../filters.ts';
import { choroplethShades, kindGroup } from '../palette.ts';
import type { MapSites, SiteProperties } from '../sites.ts';
import {
  BASEMAP_SOURCE,
  COMMUNES_FROM_ZOOM,
  COMMUNES_SOURCE,
  FONT,
  LAYERS,
  SITES_SOURCE,
  choroplethFill,
  embeddedStyle,
  overlayStages,
} from '../style.ts';
import type { MapLabels } from './labels.ts';
import { sitePopup, stackPopup } from './popup.ts';

export interface MapIsland {
  map: MapLibreMap;
  /** Shows the sites matching the filters; returns how many points the map now holds. */
  update(state: FilterState): number;
  setChoropleth(on: boolean, counts: Record<DepartmentCode, number>): void;
  /** Flies to a site and opens its popup; focus goes back to `from` when the popup closes. */
  show(id: number, from?: HTMLElement): void;
  /** Names a site in a tooltip at its point (a list button has the focus), or hides the tooltip. */
  hint(id: number | undefined): void;
}

interface Options {
  root: HTMLElement;
  frame: HTMLElement;
  labels: MapLabels;
  state: FilterState;
}

type LightFeature = {
  type: 'Feature';
  id: number;
  properties: { i: number; g: string };
  geometry: { type: 'Point'; coordinates: [number, number] };
};

type ClusterFeature = {
  type: 'Feature';
  id: number;
  properties: { cluster: true; cluster_id: number; point_count: number; point_count_abbreviated: string; gen: number };
  geometry: { type: 'Point'; coordinates: [number, number] };
};

/** Clusters are squares of 64 screen pixels up to zoom 11; from zoom 12 every site is drawn on its own. */
const CLUSTERS = { radius: 64, maxZoom: 11 };

declare global {
  interface Window {
    /** The map object, for the browser tests and the benchmark to inspect. */
    __medicenMap?: MapLibreMap;
    /** The ids of the sites the map holds now (clustered or not), for the tests. */
    __medicenMapSites?: () => readonly number[];
  }
}

type BasemapData = {
  features: { properties: { layer: string; code?: string }; geometry: { coordinates: unknown } }[];
};

/** The bounds of every vertex of a feature's outline. */
function boundsOf(geometry: { coordinates: unknown }): [number, number, number, number] {
  const points = JSON.stringify(geometry.coordinates)
    .match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g)!
    .map((p) => p.split(',').map(Number) as [number, number]);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** The region's bounds (the first view) and each department's (where its filter fits the map). */
function basemapBounds(basemap: BasemapData) {
  const region = basemap.features.find((f) => f.properties.layer === 'region')!;
  const departments = Object.fromEntries(
    basemap.features
      .filter((f) => f.properties.layer === 'department')
      .map((f) => [f.properties.code!, boundsOf(f.geometry)]),
  ) as Record<string, [number, number, number, number]>;
  return { region: boundsOf(region.geometry), departments };
}

/** Adds MapLibre's stylesheet to the page, once, and waits for it. */
function loadCss(href: string): Promise<void> {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  return new Promise((ok, fail) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => ok());
    link.addEventListener('error', () => fail(new Error(`${href} did not load`)));
    document.head.append(link);
  });
}

const once = (map: MapLibreMap, event: 'load' | 'idle') => new Promise<void>((ok) => map.once(event, () => ok()));

/**
 * Resolves on the first frame drawn after the sites source has its data in:
 * the moment points are on screen (label fades may still run; 'idle' waits
 * for those too). Also used by the benchmark, through a filter change.
 */
export function sitesDrawn(map: MapLibreMap): Promise<void> {
  return new Promise((ok) => {
    const check = () => {
      if (!map.getSource(SITES_SOURCE) || !map.isSourceLoaded(SITES_SOURCE)) return;
      map.off('sourcedata', check);
      map.once('render', () => ok());
      map.triggerRepaint();
    };
    map.on('sourcedata', check);
    check();
  });
}

export async function createMapIsland({ root, frame, labels, state }: Options): Promise<MapIsland> {
  setWorkerUrl(workerUrl);
  // MapLibre's worker starts (its script loads and compiles) while the data downloads.
  prewarm();
  const absolute = (path: string | undefined) => new URL(path ?? '', location.href).href;
  const getJson = async (url: string | undefined) => {
    const res = await fetch(absolute(url));
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    return res.json();
  };
  const [sites, basemap] = (await Promise.all([
    getJson(root.dataset.sitesUrl),
    getJson(root.dataset.basemapUrl),
    loadCss(cssUrl),
  ])) as [MapSites, BasemapData, void];
  const bounds = basemapBounds(basemap);
  const boundsFor = (dept: string): LngLatBoundsLike => bounds.departments[dept] ?? bounds.region;

  const items = sites.features.map((f) => ({ ...f.properties, i: f.id }));
  const light: LightFeature[] = sites.features.map((f) => ({
    type: 'Feature',
    id: f.id,
    properties: { i: f.id, g: kindGroup(f.properties.kind).id },
    geometry: f.geometry,
  }));
  const points = projectPoints(sites.features.map((f) => f.geometry.coordinates));
  /** The ids of the sites the filters leave, and how they are clustered at the zoom drawn. */
  let current: number[] = filterSites(items, state).map((s) => s.i);
  let clustering: Clustering = { clusters: [], singles: [] };
  let drawnZoom = -1;
  let generation = 0;
  let choropleth: { on: boolean; fill: unknown; counts: Record<string, number> } = {
    on: false,
    fill: '#eff3ff',
    counts: {},
  };

  const canvas = frame.querySelector<HTMLElement>('[data-map-canvas]')!;
  canvas.hidden = false;
  const fontUrl = absolute(root.dataset.fontUrl);
  const embedded = embeddedStyle(fontUrl);
  const remote = root.dataset.styleUrl?.trim();
  let styleReady = false;

  const map = new MapLibreMap({
    container: canvas,
    style: remote || embedded,
    bounds: boundsFor(state.dept),
    fitBoundsOptions: { padding: 16 },
    minZoom: 5,
    maxZoom: 17,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    locale: labels.controls,
    // Labels appear at once instead of fading in: each fade frame is a full redraw, and without a
    // graphics processor (software WebGL) a redraw costs 40 to 150 ms of the page's main thread.
    fadeDuration: 0,
  });
  window.__medicenMap = map;
  window.__medicenMapSites = () => current;
  map.on('zoom', () => redraw(false));
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new AttributionControl({ compact: false, customAttribution: labels.attribution }), 'bottom-right');
  map.getCanvas().setAttribute('aria-label', labels.interactive);

  /** The clusters and single sites to draw at a zoom, for the sites the filters leave. */
  function sitesData(zoom: number) {
    drawnZoom = Math.min(Math.floor(zoom), CLUSTERS.maxZoom + 1);
    clustering = clusterAt(points, current, drawnZoom, CLUSTERS);
    const gen = ++generation;
    const features: (LightFeature | ClusterFeature)[] = clustering.clusters.map((c) => ({
      type: 'Feature',
      id: light.length + c.id,
      properties: {
        cluster: true,
        cluster_id: c.id,
        point_count: c.members.length,
        point_count_abbreviated: abbreviated(c.members.length),
        gen,
      },
      geometry: { type: 'Point', coordinates: lngLatOf(c.x, c.y) },
    }));
    for (const i of clustering.singles) features.push(light[i]!);
    return { type: 'FeatureCollection', features };
  }
  /** Draws the current sites again if the zoom changed level, or if `force`d (the filters changed). */
  function redraw(force: boolean): void {
    const zoom = map.getZoom();
    if (!force && Math.min(Math.floor(zoom), CLUSTERS.maxZoom + 1) === drawnZoom) return;
    void map.getSource<GeoJSONSource>(SITES_SOURCE)?.setData(sitesData(zoom) as never);
  }

  /** Adds the site's own layers to whichever style loaded (embedded, or the optional remote one). */
  function addOverlay(): void {
    styleReady = true;
    const faces = map.getFontFaces() ?? {};
    if (!faces[FONT]) map.setFontFaces({ ...faces, [FONT]: [{ url: fontUrl }] });
    if (!map.getSource(BASEMAP_SOURCE)) {
      map.addSource(BASEMAP_SOURCE, { type: 'geojson', data: basemap as never });
    }
    if (!map.getSource(COMMUNES_SOURCE)) {
      // Empty until the map is zoomed in: the communes file (about 120 KB gzip) is not part of the first view.
      map.addSource(COMMUNES_SOURCE, {
        type: 'geojson',
        data: communesLoaded ? communesUrl : { type: 'FeatureCollection', features: [] },
      });
    }
    if (!map.getSource(SITES_SOURCE)) {
      // Clustered here, one zoom at a time (see ../cluster.ts), not by MapLibre.
      map.addSource(SITES_SOURCE, { type: 'geojson', data: sitesData(map.getZoom()) as never });
    }
    for (const layer of stages.first) if (!map.getLayer(layer.id)) map.addLayer(layer);
    if (labelsOn) addLabels();
    drawChoropleth(true);
    drawFocus();
  }
  map.on('style.load', addOverlay);

  // The labels (and the glyphs and collision work they need) come once the points are drawn.
  const stages = overlayStages();
  let labelsOn = false;
  function addLabels(): void {
    labelsOn = true;
    for (const { layer, beforeId } of stages.labels) if (!map.getLayer(layer.id)) map.addLayer(layer, beforeId);
  }

  const communesUrl = absolute(root.dataset.communesUrl);
  let communesLoaded = false;
  function loadCommunes(): void {
    if (communesLoaded || map.getZoom() < COMMUNES_FROM_ZOOM - 0.5) return;
    const src = map.getSource<GeoJSONSource>(COMMUNES_SOURCE);
    if (!src) return;
    communesLoaded = true;
    void src.setData(communesUrl);
  }
  map.on('zoomend', loadCommunes);
  map.on('load', loadCommunes);

  // A remote style that fails before it loads gives way to the embedded one.
  if (remote) {
    const fallBack = () => {
      if (styleReady) return;
      styleReady = true;
      map.setStyle(embedded as StyleSpecification);
    };
    map.on('error', fallBack);
    setTimeout(fallBack, 8000);
  }

  /** Outlines the department filtered on and dims the others; none without a department filter. */
  let focus = state.dept;
  function drawFocus(): void {
    if (!map.getLayer(LAYERS.departmentFocus)) return;
    const department = ['==', ['get', 'layer'], 'department'];
    const none = ['==', ['get', 'layer'], 'none'];
    map.setFilter(
      LAYERS.departmentFocus,
      (focus ? ['all', department, ['==', ['get', 'code'], focus]] : none) as never,
    );
    map.setFilter(LAYERS.departmentDim, (focus ? ['all', department, ['!=', ['get', 'code'], focus]] : none) as never);
  }
  const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

  /** What drawChoropleth last drew: MapLibre's setters ask for a frame even when nothing changes. */
  let drawnChoropleth = '';
  function drawChoropleth(force = false): void {
    if (!map.getLayer(LAYERS.choropleth)) return;
    const labelled = !!map.getLayer(LAYERS.departmentLabels);
    const key = `${labelled} ${choropleth.on ? JSON.stringify(choropleth.counts) : 'off'}`;
    if (key === drawnChoropleth && !force) return;
    drawnChoropleth = key;
    map.setLayoutProperty(LAYERS.choropleth, 'visibility', choropleth.on ? 'visible' : 'none');
    map.setPaintProperty(LAYERS.choropleth, 'fill-color', choropleth.fill as never);
    const opacity = choropleth.on ? 0.35 : 1;
    for (const layer of [LAYERS.points, LAYERS.clusters]) {
      map.setPaintProperty(layer, 'circle-opacity', opacity);
      map.setPaintProperty(layer, 'circle-stroke-opacity', opacity);
    }
    if (!labelled) return;
    // With the shading on, each department's name carries its count, and the sites step back so that
    // Paris, under its big cluster, shows its shade and its number.
    const pairs = Object.entries(choropleth.counts).flatMap(([code, n]) => [code, String(n)]);
    map.setLayoutProperty(
      LAYERS.departmentLabels,
      'text-field',
      (choropleth.on && pairs.length
        ? ['format', ['get', 'name'], {}, '\n', {}, ['match', ['get', 'code'], ...pairs, ''], { 'font-scale': 1.25 }]
        : ['get', 'name']) as never,
    );
    // Every department shows its count: its name may overlap, and the towns' names give way.
    map.setLayoutProperty(LAYERS.departmentLabels, 'text-allow-overlap', choropleth.on);
    for (const layer of map.getStyle().layers) {
      if (layer.id.startsWith(LAYERS.townLabels))
        map.setLayoutProperty(layer.id, 'visibility', choropleth.on ? 'none' : 'visible');
    }
    map.setPaintProperty(LAYERS.clusterCount, 'text-opacity', opacity);
  }

  const siteOf = (f: MapGeoJSONFeature): SiteProperties => sites.features[Number(f.properties.i)]!.properties;
  let popup: Popup | undefined;

  function openPopup(at: [number, number], content: HTMLElement, from?: HTMLElement): void {
    popup?.remove();
    const p = new Popup({ maxWidth: '18rem', focusAfterOpen: false, closeButton: true })
      .setLngLat(at)
      .setDOMContent(content)
      .addTo(map);
    p.getElement().addEventListener('keydown', (e) => {
      if (e.key === 'Escape') p.remove();
    });
    if (from) {
      p.getElement().querySelector<HTMLElement>('a')?.focus({ preventScroll: true });
      p.on('close', () => from.isConnected && !from.closest('[hidden]') && from.focus({ preventScroll: true }));
    }
    popup = p;
  }

  const pointOf = (f: MapGeoJSONFeature) => (f.geometry as unknown as { coordinates: [number, number] }).coordinates;
  const sameSpot = (a: [number, number], b: [number, number]) => a[0] === b[0] && a[1] === b[1];

  map.on('click', LAYERS.points, (e) => {
    const hit = e.features?.[0];
    if (!hit) return;
    const at = pointOf(hit);
    const here = (map.queryRenderedFeatures(e.point, { layers: [LAYERS.points] }) as MapGeoJSONFeature[]).filter((f) =>
      sameSpot(pointOf(f), at),
    );
    const unique = [...new Map(here.map((f) => [Number(f.properties.i), siteOf(f)])).values()];
    openPopup(at, unique.length > 1 ? stackPopup(unique, labels) : sitePopup(siteOf(hit), labels));
  });

  map.on('click', LAYERS.clusters, (e) => {
    const hit = e.features?.[0];
    // A cluster of the clustering on screen (not of one being replaced).
    const cluster =
      hit && Number(hit.properties.gen) === generation && clustering.clusters[Number(hit.properties.cluster_id)];
    if (!hit || !cluster) return;
    const members = cluster.members;
    // Sites at one address never split apart: list them in a popup instead of zooming forever.
    if (members.length <= 50) {
      const first = sites.features[members[0]!]!.geometry.coordinates;
      if (members.every((i) => sameSpot(sites.features[i]!.geometry.coordinates, first))) {
        openPopup(
          first,
          stackPopup(
            members.map((i) => sites.features[i]!.properties),
            labels,
          ),
        );
        return;
      }
    }
    map.easeTo({ center: pointOf(hit), zoom: expansionZoom(points, members, map.getZoom(), CLUSTERS) });
  });

  // A tooltip naming the point under the mouse, or the site whose list button has the keyboard focus.
  // Visual only (aria-hidden): the same name is the text of the point's popup and of the list button.
  const tooltip = new Popup({
    closeButton: false,
    closeOnClick: false,
    focusAfterOpen: false,
    className: 'map-tooltip',
    offset: 12,
    maxWidth: '16rem',
  });
  function showTooltip(at: [number, number], names: string[]): void {
    const more = names.length > 2 ? ` +${names.length - 2}` : '';
    tooltip
      .setLngLat(at)
      .setText(names.slice(0, 2).join(' · ') + more)
      .addTo(map);
    tooltip.getElement().setAttribute('aria-hidden', 'true');
    tooltip.getElement().dataset.tooltip = '';
  }
  map.on('mousemove', LAYERS.points, (e) => {
    const hit = e.features?.[0];
    if (!hit) return;
    const at = pointOf(hit);
    const names = (e.features ?? []).filter((f) => sameSpot(pointOf(f), at)).map((f) => siteOf(f).name);
    showTooltip(at, [...new Set(names)]);
  });
  map.on('mouseleave', LAYERS.points, () => tooltip.remove());

  for (const layer of [LAYERS.points, LAYERS.clusters]) {
    map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
  }

  await once(map, 'load');
  await sitesDrawn(map);
  addLabels();
  drawChoropleth();
  frame.querySelector<HTMLElement>('[data-map-static]')!.hidden = true;
  frame.dataset.points = String(current.length);
  performance.mark('map:points-drawn');

  return {
    map,
    update(next) {
      if (next.dept !== focus) {
        focus = next.dept;
        drawFocus();
        map.fitBounds(boundsFor(focus), { padding: 24, duration: reducedMotion() ? 0 : 600 });
      }
      const ids = filterSites(items, next).map((s) => s.i);
      // The choropleth switch, or a name typed that leaves the same sites: nothing to draw again.
      if (ids.length !== current.length || ids.some((id, k) => id !== current[k])) {
        current = ids;
        redraw(true);
      }
      frame.dataset.points = String(current.length);
      return current.length;
    },
    setChoropleth(on, counts) {
      choropleth = { on, fill: choroplethFill(choroplethShades(counts)), counts };
      drawChoropleth();
    },
    hint(id) {
      const site = id === undefined ? undefined : sites.features[id];
      if (!site || popup?.isOpen()) {
        tooltip.remove();
        return;
      }
      showTooltip(site.geometry.coordinates, [site.properties.name]);
    },
    show(id, from) {
      tooltip.remove();
      const site = sites.features[id];
      if (!site) return;
      const at = site.geometry.coordinates;
      map.flyTo({ center: at, zoom: Math.max(map.getZoom(), 12), essential: true });
      openPopup(at, sitePopup(site.properties, labels), from);
    },
  };
}
