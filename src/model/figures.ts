/** Reading figure series: latest value, chronological order. */
import { compareAsOf } from '../util/as-of.ts';

export interface DatedValue {
  as_of: string;
  value: number;
}

/** The values of a series from oldest to newest. */
export function chronological<T extends DatedValue>(values: readonly T[]): T[] {
  return [...values].sort((a, b) => compareAsOf(a.as_of, b.as_of));
}

/** The most recent value of a series (the one a headline shows, with its date). */
export function latest<T extends DatedValue>(values: readonly T[]): T {
  const sorted = chronological(values);
  const last = sorted[sorted.length - 1];
  if (!last) throw new Error('a figure needs at least one value');
  return last;
}

/** The figures the home page shows as headline numbers, by id, in order. */
export const HEADLINE_FIGURES = [
  'medicen-members',
  'medicen-projects-certified',
  'medicen-products-launched',
  'medicen-investment',
] as const;
