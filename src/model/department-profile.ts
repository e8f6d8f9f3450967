/**
 * The profile of each department of the region, counted from the directory
 * in one pass: how many organizations have a site there, of which kinds and
 * relations, in which strategic areas, and in which towns. It counts the way
 * every department count of the site does (see `present` in ./directory.ts):
 * an organization belongs to every department where it has a site, once per
 * department however many sites it has there.
 */
import { DEPARTMENT_CODES, KINDS, RELATIONS, type DepartmentCode } from './constants.ts';
import { departmentsOf } from './directory.ts';
import { foldForCompare } from '../util/text.ts';

interface ProfileSite {
  department: string;
  city: string;
  postcode?: string | undefined;
}

/** What the profile reads of an organization. */
export interface ProfileOrg {
  kind: string;
  relation: string;
  areas: readonly string[];
  sites: readonly ProfileSite[];
}

/** How many organizations of a department fall in one category (a kind, a relation, an area). */
export interface Tally {
  key: string;
  value: number;
}

/** A town of a department and how many organizations have a site there. */
export interface TownCount {
  /** The town as content writes it. */
  name: string;
  /**
   * Set when the department's organizations are all in one town (Paris): the
   * towns are then its postcodes; '' for sites whose postcode is not known.
   */
  postcode?: string;
  count: number;
}

export interface DepartmentProfile {
  code: DepartmentCode;
  /** Organizations with a site in the department. */
  total: number;
  /** Every kind of the vocabulary, in its order, zeros included. */
  byKind: Tally[];
  /** Members and partners, in the vocabulary's order. */
  byRelation: Tally[];
  /** Every strategic area, in the order given; an organization may count in several. */
  byArea: Tally[];
  /** Towns with organizations, the most first (then by name). */
  towns: TownCount[];
}

const tallies = (keys: readonly string[], counts: Map<string, number>): Tally[] =>
  keys.map((key) => ({ key, value: counts.get(key) ?? 0 }));

const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

interface Accumulator {
  total: number;
  kinds: Map<string, number>;
  relations: Map<string, number>;
  areas: Map<string, number>;
  /** Per organization, the towns (city, postcode) of its sites in the department. */
  places: { city: string; postcode: string }[][];
}

/** The profiles of the eight departments, counted in one pass over the organizations. */
export function departmentProfiles(
  orgs: readonly ProfileOrg[],
  areaIds: readonly string[],
): Record<DepartmentCode, DepartmentProfile> {
  const acc = Object.fromEntries(
    DEPARTMENT_CODES.map((c) => [
      c,
      { total: 0, kinds: new Map(), relations: new Map(), areas: new Map(), places: [] } as Accumulator,
    ]),
  ) as Record<DepartmentCode, Accumulator>;
  for (const org of orgs) {
    for (const code of departmentsOf(org)) {
      const a = acc[code];
      a.total += 1;
      bump(a.kinds, org.kind);
      bump(a.relations, org.relation);
      for (const area of new Set(org.areas)) bump(a.areas, area);
      a.places.push(
        org.sites
          .filter((s) => s.department === code)
          .map((s) => ({ city: s.city.trim(), postcode: s.postcode ?? '' })),
      );
    }
  }
  return Object.fromEntries(
    DEPARTMENT_CODES.map((code) => {
      const a = acc[code];
      return [
        code,
        {
          code,
          total: a.total,
          byKind: tallies(KINDS, a.kinds),
          byRelation: tallies(RELATIONS, a.relations),
          byArea: tallies(areaIds, a.areas),
          towns: townCounts(a.places),
        },
      ];
    }),
  ) as Record<DepartmentCode, DepartmentProfile>;
}

/**
 * Organizations per town (each organization once per town, towns told apart
 * with accents and case ignored, named as first written). When every site is
 * in one town, the towns are its postcodes instead, which say more (Paris's
 * arrondissements), with the sites whose postcode is not known last.
 */
export function townCounts(places: readonly { city: string; postcode: string }[][]): TownCount[] {
  const count = (keyOf: (p: { city: string; postcode: string }) => string, withPostcode: boolean) => {
    const towns = new Map<string, TownCount>();
    for (const orgPlaces of places) {
      const seen = new Set<string>();
      for (const p of orgPlaces) {
        const key = keyOf(p);
        if (seen.has(key)) continue;
        seen.add(key);
        const town = towns.get(key) ?? { name: p.city, ...(withPostcode ? { postcode: p.postcode } : {}), count: 0 };
        town.count += 1;
        towns.set(key, town);
      }
    }
    // The sites whose postcode is not known come last: they are not a place of their own.
    const unknown = (town: TownCount) => (town.postcode === '' ? 1 : 0);
    return [...towns.values()].sort(
      (a, b) =>
        unknown(a) - unknown(b) ||
        b.count - a.count ||
        foldForCompare(a.name).localeCompare(foldForCompare(b.name)) ||
        (a.postcode ?? '').localeCompare(b.postcode ?? ''),
    );
  };
  const byCity = count((p) => foldForCompare(p.city), false);
  if (byCity.length !== 1) return byCity;
  const byPostcode = count((p) => `${foldForCompare(p.city)}|${p.postcode}`, true);
  return byPostcode.length > 1 ? byPostcode : byCity;
}

/** The categories with at least one organization, the most first (ties in the given order). */
export function largestFirst(items: readonly Tally[]): Tally[] {
  return items
    .map((item, i) => ({ item, i }))
    .filter(({ item }) => item.value > 0)
    .sort((a, b) => b.item.value - a.item.value || a.i - b.i)
    .map(({ item }) => item);
}

/**
 * Whether a figure series is about one department: its scope names the
 * department ("Essonne", "91" or "Essonne (91)"), accents and case ignored.
 * Figures of the whole region are not: nothing is shared out to departments.
 */
export function concernsDepartment(scope: string, department: { code: string; name: string }): boolean {
  const s = foldForCompare(scope);
  const name = foldForCompare(department.name);
  return s === name || s === department.code || s === `${name} (${department.code})`;
}
