/**
 * Colours of the map. Twelve kinds are more than any colour-blind-safe
 * palette can tell apart, so points are coloured by kind family, using the
 * Okabe-Ito palette (distinguishable with every common colour-vision
 * deficiency); the popup and the list name the exact kind. Points get a dark
 * outline so that even the lightest colour stands out from the basemap.
 */
import type { Kind } from '../model/constants.ts';

export const KIND_GROUPS = [
  { id: 'company', color: '#0072B2', kinds: ['large-company', 'mid-size-company', 'sme', 'startup'] },
  { id: 'research', color: '#D55E00', kinds: ['research', 'university'] },
  { id: 'hospital', color: '#CC79A7', kinds: ['hospital'] },
  { id: 'network', color: '#009E73', kinds: ['cluster', 'association'] },
  { id: 'public', color: '#E69F00', kinds: ['public-authority'] },
  { id: 'investor', color: '#56B4E9', kinds: ['investor'] },
  { id: 'other', color: '#F0E442', kinds: ['other'] },
] as const satisfies readonly { id: string; color: string; kinds: readonly Kind[] }[];

export type KindGroupId = (typeof KIND_GROUPS)[number]['id'];

/** The family a kind belongs to ("other" for a kind no family lists). */
export function kindGroup(kind: string): (typeof KIND_GROUPS)[number] {
  return KIND_GROUPS.find((g) => (g.kinds as readonly string[]).includes(kind)) ?? KIND_GROUPS[KIND_GROUPS.length - 1]!;
}

/** The point colour of a kind. */
export function kindColor(kind: string): string {
  return kindGroup(kind).color;
}

/**
 * Sequential blues for the choropleth, light to dark (ColorBrewer "Blues",
 * 5 classes, colour-blind safe): class 0 for none, then four classes with
 * geometric breaks on the maximum (1, max^1/4, max^1/2, max^3/4), so that a
 * busy Paris does not push every other department into the same pale class.
 */
export const CHOROPLETH_COLORS = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;

/** The lowest count of classes 1-4 for a maximum: whole numbers, increasing (a class above the maximum stays empty). */
export function choroplethBreaks(max: number): [number, number, number, number] {
  const breaks: number[] = [1];
  for (let k = 1; k < 4; k++) breaks.push(Math.max(breaks[k - 1]! + 1, Math.ceil(max ** (k / 4))));
  return breaks as [number, number, number, number];
}

/** The colour class (0-4) of a count: 0 only for none, the highest class whose lowest count it reaches. */
export function choroplethClass(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  const breaks = choroplethBreaks(max);
  let k = 1;
  while (k < 4 && count >= breaks[k]!) k++;
  return k;
}

/** The classes as the legend names them: [lowest, highest] count of each non-empty class, class 0 first. */
export function choroplethRanges(max: number): { cls: number; from: number; to: number }[] {
  const breaks = choroplethBreaks(max);
  const out = [{ cls: 0, from: 0, to: 0 }];
  breaks.forEach((from, i) => {
    const to = Math.min(max, (breaks[i + 1] ?? max + 1) - 1);
    if (from <= to) out.push({ cls: i + 1, from, to });
  });
  return out;
}

/** The fill colour of a department holding `count` of at most `max` organizations. */
export function choroplethColor(count: number, max: number): string {
  return CHOROPLETH_COLORS[choroplethClass(count, max)]!;
}

/** Each department's fill colour, from the organizations counted in each (the largest count sets the classes). */
export function choroplethShades<K extends string>(counts: Readonly<Record<K, number>>): Record<K, string> {
  const max = Math.max(0, ...(Object.values(counts) as number[]));
  return Object.fromEntries(
    (Object.entries(counts) as [K, number][]).map(([code, n]) => [code, choroplethColor(n, max)]),
  ) as Record<K, string>;
}

/** Whether text on a choropleth class needs to be white to keep AA contrast. */
export function choroplethTextIsLight(count: number, max: number): boolean {
  return choroplethClass(count, max) >= 3;
}
