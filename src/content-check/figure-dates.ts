/**
 * The dates of a figure's values: none in the future, none twice in one
 * series (two values for one date would draw two points on one day).
 */
import type { Entry, Problem } from './validation.ts';

/** The first day of an "as of" period (2018 -> 1 January 2018), UTC. */
function startOf(asOf: string): Date {
  const [y, m = 1, d = 1] = asOf.split('-').map(Number);
  return new Date(Date.UTC(y!, m - 1, d));
}

export function figureDateProblems(fig: Entry<{ values: { as_of?: string }[] }>, today: Date): Problem[] {
  const out: Problem[] = [];
  const seen = new Map<string, number>();
  fig.data.values.forEach((v, i) => {
    if (!v.as_of) return;
    if (startOf(v.as_of) > today) {
      out.push({
        file: fig.file,
        field: `values[${i}].as_of`,
        rule: 'future-date',
        message: `values[${i}].as_of is "${v.as_of}", which is in the future; give the date the number was true (a forecast is not a figure of the site)`,
      });
    }
    const first = seen.get(v.as_of);
    if (first !== undefined) {
      out.push({
        file: fig.file,
        field: `values[${i}].as_of`,
        rule: 'duplicate-date',
        message: `values[${i}].as_of is "${v.as_of}", the same date as values[${first}]; keep one value per date (the latest source), or correct the date`,
      });
    } else seen.set(v.as_of, i);
  });
  return out;
}
