/** Time charts: every dated value of each series on a time axis (members, projects and products over time). */
import type { SpecOf } from '../catalogue.ts';
import { CHART_WIDTH, chartFrame, readout } from '../draw-text.ts';
import { formatHeadline } from '../../i18n/format.ts';
import { figureLabelOf } from '../labels.ts';
import { datedRows, figuresIn } from '../prepare.ts';
import { timeChart } from '../time-chart.ts';
import { dateText, figureParams, valueText } from '../title.ts';
import type { ChartKind } from './kind.ts';

const HEIGHT = 340;

export const time: ChartKind<SpecOf<'time'>> = {
  prepare(spec, { inputs }) {
    const figures = figuresIn(spec.figures, inputs.figures);
    return figures.length ? { spec, figures, rows: datedRows(figures) } : undefined;
  },
  labelOf: ({ figures }, { locale }) => figureLabelOf(figures, locale),
  /**
   * {first} and {firstDate}, {last} and {lastDate}: the first and latest values
   * of the lead series (the first one drawn); {valueN}, {dateN}: the latest
   * value of each figure (src/charts/title.ts).
   */
  titleParams({ spec, rows }, { locale }) {
    const lead = rows.filter((r) => r.series === rows[0]?.series);
    const first = lead[0];
    const last = lead.at(-1);
    return {
      ...figureParams(spec.figures, rows, locale),
      ...(first && last
        ? {
            first: valueText(first, locale),
            firstDate: dateText(first, locale),
            last: valueText(last, locale),
            lastDate: dateText(last, locale),
          }
        : {}),
    };
  },
  tableCategory: false,
  texts: [],
  draw({ rows }, text) {
    const ids = [...new Set(rows.map((r) => r.series))];
    const series = ids.map((id) => {
      const own = rows.filter((r) => r.series === id);
      return {
        id,
        label: text.labelOf(own[0]!),
        points: own.map((r) => ({
          asOf: r.as_of,
          value: r.value,
          label: formatHeadline(r.value, r.unit, text.locale, r.qualifier),
          tip: readout(r, text),
        })),
      };
    });
    return timeChart(series, { width: CHART_WIDTH, height: HEIGHT }, chartFrame(rows, text));
  },
};
