/**
 * Part of a whole: dated totals with a published part of each (the total
 * first in the entry, the part second), such as the public funding of the
 * cluster's projects. Left out without its total: a part alone says nothing.
 */
import { formatNumber, formatPercent } from '../../i18n/format.ts';
import type { SpecOf } from '../catalogue.ts';
import { CHART_WIDTH, chartFrame } from '../draw-text.ts';
import { figureLabelOf } from '../labels.ts';
import { partBars, partBarsHeight } from '../part-bars.ts';
import { datedRows, figuresIn } from '../prepare.ts';
import { dateText, valueText } from '../title.ts';
import type { ChartKind } from './kind.ts';

export const part: ChartKind<SpecOf<'part'>> = {
  prepare(spec, { inputs }) {
    const figures = figuresIn(spec.figures, inputs.figures);
    if (figures[0]?.id !== spec.figures[0]) return undefined;
    return { spec, figures, rows: datedRows(figures) };
  },
  labelOf: ({ figures }, { locale }) => figureLabelOf(figures, locale),
  /**
   * {total} and {date}: the latest total; {part}, {whole}, {share} and
   * {shareDate}: the latest total whose part is published, that part and its share.
   */
  titleParams({ spec, rows }, { locale }) {
    const [totalId, partId] = spec.figures;
    const totals = rows.filter((r) => r.series === totalId);
    const latestTotal = totals.at(-1);
    const paired = totals.filter((tr) => rows.some((r) => r.series === partId && r.as_of === tr.as_of)).at(-1);
    const partRow = paired && rows.find((r) => r.series === partId && r.as_of === paired.as_of);
    return {
      ...(latestTotal ? { total: valueText(latestTotal, locale), date: dateText(latestTotal, locale) } : {}),
      ...(paired && partRow
        ? {
            part: valueText(partRow, locale),
            whole: valueText(paired, locale),
            share: formatPercent((100 * partRow.value) / paired.value, locale, 0),
            shareDate: dateText(partRow, locale),
          }
        : {}),
    };
  },
  tableCategory: false,
  // The legend names the part and the total, and what is written where a part is not published.
  texts: ['part', 'total', 'noPart'],
  draw({ spec, rows }, text) {
    const { locale } = text;
    const [totalId, partId] = spec.figures;
    const parts = rows.filter((r) => r.series === partId);
    const bars = rows
      .filter((r) => r.series === totalId)
      .map((total) => {
        const p = parts.find((r) => r.as_of === total.as_of);
        return {
          key: total.as_of,
          label: dateText(total, locale),
          total: total.value,
          totalLabel: valueText(total, locale),
          part: p?.value,
          partLabel: p && `${valueText(p, locale)} (${formatNumber((100 * p.value) / total.value, locale, 0)}%)`,
        };
      });
    return partBars(
      bars,
      { width: CHART_WIDTH, height: partBarsHeight(bars.length) },
      {
        ...chartFrame(rows, text),
        partName: text.chartText('part'),
        totalName: text.chartText('total'),
        noPart: text.chartText('noPart'),
      },
    );
  },
};
