/**
 * Big numbers: the latest value of each series as a tile, for figures that are
 * single facts rather than comparable quantities (the hospital network, the
 * region's research), where bars would suggest a scale they do not share.
 */
import { formatHeadline } from '../../i18n/format.ts';
import { bigNumbers, bigNumbersHeight } from '../big-numbers.ts';
import type { SpecOf } from '../catalogue.ts';
import { CHART_WIDTH, chartFrame } from '../draw-text.ts';
import { figureLabelOf } from '../labels.ts';
import { figuresIn, latestRows } from '../prepare.ts';
import { dateText, figureParams } from '../title.ts';
import type { ChartKind } from './kind.ts';

export const numbers: ChartKind<SpecOf<'numbers'>> = {
  prepare(spec, { inputs }) {
    const figures = figuresIn(spec.figures, inputs.figures);
    return figures.length ? { spec, figures, rows: latestRows(figures) } : undefined;
  },
  labelOf: ({ figures }, { locale }) => figureLabelOf(figures, locale),
  /** {count}: how many numbers are shown; {valueN}, {dateN}, {shareNofM}: by figure (src/charts/title.ts). */
  titleParams: ({ spec, rows }, { locale }) => ({ ...figureParams(spec.figures, rows, locale), count: rows.length }),
  tableCategory: true,
  texts: [],
  draw({ rows }, text) {
    const items = rows.map((r) => ({
      key: r.category,
      value: r.value,
      valueLabel: formatHeadline(r.value, r.unit, text.locale, r.qualifier),
      label: text.labelOf(r),
      asOfLabel: dateText(r, text.locale),
    }));
    // Three tiles a row, or all on one row when there are four or fewer.
    const columns = items.length > 4 ? 3 : Math.max(1, items.length);
    return bigNumbers(
      items,
      { width: CHART_WIDTH, height: bigNumbersHeight(items.length, columns) },
      { ...chartFrame(rows, text), columns },
    );
  },
};
