/**
 * The map's data: one GeoJSON point per site of every organization (an
 * organization with several sites has several points), plus the
 * organizations the map cannot place, so that nothing is silently dropped.
 * Built at build time from content and served as /data/map-sites.geojson.
 */
import type { Precision } from '../model/constants.ts';
import { isRegionDepartment, placementOf } from '../model/directory.ts';

export interface SiteInput {
  label: string;
  city: string;
  department: string;
  lat: number;
  lon: number;
  precision: Precision;
}

export interface OrgInput {
  slug: string;
  name: string;
  kind: string;
  relation: string;
  areas: readonly string[];
  sites: readonly SiteInput[];
}

/** What a point carries: enough for the filters, the popup and the link. */
export interface SiteProperties {
  slug: string;
  name: string;
  kind: string;
  relation: string;
  areas: string[];
  /** The site's department code (may be outside the region). */
  department: string;
  /** The organization's home department (see placementOf), or "outside". */
  home: string;
  /** Whether the site lies in one of the region's eight departments. */
  inRegion: boolean;
  /** The site's position in the organization's list of sites (0 = first). */
  site: number;
  label: string;
  city: string;
  precision: Precision;
}

export interface SiteFeature {
  type: 'Feature';
  id: number;
  properties: SiteProperties;
  geometry: { type: 'Point'; coordinates: [number, number] };
}

export interface UnlocatedOrg {
  slug: string;
  name: string;
  kind: string;
  relation: string;
  areas: string[];
}

export interface MapSites {
  type: 'FeatureCollection';
  features: SiteFeature[];
  /** Organizations with no known site: listed under the map, never on it. */
  unlocated: UnlocatedOrg[];
}

/** A home department code for the map: the region code, "outside" or "unknown". */
export function homeOf(org: Pick<OrgInput, 'slug' | 'name' | 'areas' | 'kind' | 'sites'>): string {
  const p = placementOf(org);
  return p.type === 'department' ? p.code : p.type;
}

/** Builds the map's feature collection; feature ids are stable positions (0, 1, 2...). */
export function buildMapSites(orgs: readonly OrgInput[]): MapSites {
  const features: SiteFeature[] = [];
  const unlocated: UnlocatedOrg[] = [];
  for (const org of orgs) {
    const base = { slug: org.slug, name: org.name, kind: org.kind, relation: org.relation, areas: [...org.areas] };
    if (org.sites.length === 0) {
      unlocated.push(base);
      continue;
    }
    const home = homeOf(org);
    org.sites.forEach((s, site) => {
      features.push({
        type: 'Feature',
        id: features.length,
        properties: {
          ...base,
          department: s.department,
          home,
          inRegion: isRegionDepartment(s.department),
          site,
          label: s.label,
          city: s.city,
          precision: s.precision,
        },
        geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
      });
    });
  }
  return { type: 'FeatureCollection', features, unlocated };
}
