/**
 * "As of" dates on a true time axis. A value dated "2018" stands for the whole
 * year and "2016-10" for the whole month, so each is placed at the middle of
 * its period: the axis then keeps real distances between dated points
 * (October 2016 sits between 2016 and 2017, not on a year tick).
 */

/** The instant a chart plots an "as of" date at (UTC). */
export function asOfToDate(asOf: string): Date {
  const [y, m, d] = asOf.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) throw new Error(`not an "as of" date: ${asOf}`);
  if (m === undefined) return new Date(Date.UTC(y, 6, 2)); // 2 July: the middle of the year
  if (d === undefined) return new Date(Date.UTC(y, m - 1, 15, 12)); // the middle of the month
  return new Date(Date.UTC(y, m - 1, d, 12));
}

/** The year of an "as of" date. */
export function asOfYear(asOf: string): number {
  return Number(asOf.slice(0, 4));
}

/** Sorts "as of" strings chronologically (2016 before 2016-10 before 2017). */
export function compareAsOf(a: string, b: string): number {
  return a.localeCompare(b);
}
