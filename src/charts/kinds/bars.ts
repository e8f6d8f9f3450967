/** Category bars: the latest value of each series as a bar (sectors, site functions, staff by place). */
import { t, type UiKey } from '../../i18n/index.ts';
import { en } from '../../i18n/en.ts';
import type { SpecOf } from '../catalogue.ts';
import { figureLabelOf } from '../labels.ts';
import { figuresIn, latestRows } from '../prepare.ts';
import { figureParams, inSentence, valueText } from '../title.ts';
import { drawCategoryBars } from './category-bars.ts';
import type { ChartKind } from './kind.ts';

export const bars: ChartKind<SpecOf<'bars'>> = {
  prepare(spec, { inputs }) {
    const figures = figuresIn(spec.figures, inputs.figures);
    return figures.length ? { spec, figures, rows: latestRows(figures) } : undefined;
  },
  // A bar's short name (`chart.cat.<figure id>`: "Medtech") where the dictionary has one, else its figure's label.
  labelOf({ figures }, { locale }) {
    const figureLabel = figureLabelOf(figures, locale);
    return (r) => {
      const key = `chart.cat.${r.series}` as UiKey;
      return key in en ? t(locale, key) : figureLabel(r);
    };
  },
  /**
   * {total}: the total's value; {top} and {topValue}: the largest category
   * (not the total) and its value; {list}: every category, largest first
   * ("3 R&D, 2 factories"); {valueN}, {dateN}, {shareNofM}: by figure
   * (src/charts/title.ts).
   */
  titleParams({ spec, rows }, { locale, labelOf }) {
    const total = rows.find((r) => r.category === spec.total);
    const categories = rows.filter((r) => r !== total).sort((a, b) => b.value - a.value);
    const top = categories[0];
    return {
      ...figureParams(spec.figures, rows, locale),
      ...(total ? { total: valueText(total, locale) } : {}),
      ...(top ? { top: inSentence(labelOf(top)), topValue: valueText(top, locale) } : {}),
      list: categories.map((r) => `${valueText(r, locale)} ${inSentence(labelOf(r))}`).join(', '),
    };
  },
  tableCategory: true,
  texts: [],
  draw: ({ spec, rows }, text) => drawCategoryBars(rows, text, spec.total),
};
