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

/**
 * Items ordered by the date of their newest value, newest first (as_of
 * strings "2024", "2023-03" compare as text); items without a date last;
 * the given order kept between equals.
 */
export function newestFirst<T>(items: readonly T[], newest: (item: T) => string | undefined): T[] {
  return items
    .map((item, i) => ({ item, i, date: newest(item) }))
    .sort((a, b) => {
      if (a.date === b.date) return a.i - b.i;
      if (a.date === undefined) return 1;
      if (b.date === undefined) return -1;
      return a.date < b.date ? 1 : -1;
    })
    .map(({ item }) => item);
}

/** The series the home page opens with: those marked `headline` in content, by `headline_order`. */
export function headlineFigures<
  T extends { id: string; data: { headline?: boolean | undefined; headline_order?: number | undefined } },
>(figures: readonly T[]): T[] {
  return figures
    .filter((f) => f.data.headline)
    .sort(
      (a, b) => (a.data.headline_order ?? Infinity) - (b.data.headline_order ?? Infinity) || a.id.localeCompare(b.id),
    );
}
