/** Labels of chart rows taken from content: the figure a row belongs to, in the reader's language. */
import type { Locale } from '../model/constants.ts';
import { localText } from '../util/text.ts';
import type { ChartRow, FigureLike } from './prepare.ts';

/** The label of the figure each row belongs to ('' for a row of no figure, such as a directory count). */
export function figureLabelOf(figures: readonly FigureLike[], locale: Locale): (row: ChartRow) => string {
  return (row) => localText(figures.find((f) => f.id === row.series)?.label, locale);
}
