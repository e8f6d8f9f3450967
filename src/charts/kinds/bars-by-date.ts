/** Bars by date: every dated value of one series as a bar per date (projects labelled per year). */
import { formatNumber } from '../../i18n/format.ts';
import type { SpecOf } from '../catalogue.ts';
import { datedRows, figuresIn } from '../prepare.ts';
import { dateText, valueText } from '../title.ts';
import { drawCategoryBars } from './category-bars.ts';
import type { ChartKind } from './kind.ts';

export const barsByDate: ChartKind<SpecOf<'bars-by-date'>> = {
  prepare(spec, { inputs }) {
    const figures = figuresIn(spec.figures, inputs.figures);
    return figures.length ? { spec, figures, rows: datedRows(figures, true) } : undefined;
  },
  // Each bar is a date.
  labelOf:
    (_, { locale }) =>
    (r) =>
      dateText(r, locale),
  /** {total}: the sum of the bars; {max} and {maxDate}: the highest bar and its date. */
  titleParams({ rows }, { locale }) {
    const top = [...rows].sort((a, b) => b.value - a.value)[0];
    const total = rows.reduce((sum, r) => sum + r.value, 0);
    return {
      total: formatNumber(total, locale),
      ...(top ? { max: valueText(top, locale), maxDate: dateText(top, locale) } : {}),
    };
  },
  tableCategory: false,
  texts: [],
  draw: ({ rows }, text) => drawCategoryBars(rows, text),
};
