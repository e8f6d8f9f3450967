/**
 * The cluster's history told newest first, grouped in periods (the phases of
 * the national cluster policy, as content/cluster.json lists them): each
 * timeline entry falls in the period of its year.
 */

export interface Period {
  /** First year, "2023". */
  from: string;
  /** Last year; none for a period still running. */
  to?: string | undefined;
}

export interface PeriodGroup<P, E> {
  /** The period, or undefined for the entries that fall in none. */
  period: P | undefined;
  /** Its entries, newest first. */
  entries: E[];
}

const yearOf = (date: string) => date.slice(0, 4);

/**
 * The entries grouped by period, newest period first, each group's entries
 * newest first (entries of the same date keep their order). Entries outside
 * every period come last, in a group without period; periods without entries
 * are left out.
 */
export function groupByPeriod<P extends Period, E extends { date: string }>(
  entries: readonly E[],
  periods: readonly P[],
): PeriodGroup<P, E>[] {
  const newestFirst = [...entries].sort((a, b) => b.date.localeCompare(a.date));
  const sorted = [...periods].sort((a, b) => b.from.localeCompare(a.from));
  const groups: PeriodGroup<P, E>[] = sorted.map((period) => ({ period, entries: [] }));
  const rest: E[] = [];
  for (const entry of newestFirst) {
    const year = yearOf(entry.date);
    const group = groups.find(({ period }) => period!.from <= year && (period!.to === undefined || year <= period!.to));
    (group?.entries ?? rest).push(entry);
  }
  const out = groups.filter((g) => g.entries.length > 0);
  if (rest.length > 0) out.push({ period: undefined, entries: rest });
  return out;
}
