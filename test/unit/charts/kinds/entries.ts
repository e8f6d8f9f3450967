/** Catalogue entries of a given kind, for kind tests. */
import type { DrawText } from '../../../../src/charts/draw-text.ts';
import type { ChartRow } from '../../../../src/charts/prepare.ts';
import { CHARTS, type ChartKindName, type SpecOf } from '../../../../src/charts/catalogue.ts';

/** The catalogue entry `id`, which must be of kind `kind`. */
export function entry<K extends ChartKindName>(kind: K, id: string): SpecOf<K> {
  const spec = CHARTS.find((c) => c.id === id);
  if (spec?.kind !== kind) throw new Error(`no ${kind} chart "${id}" in the catalogue`);
  return spec as SpecOf<K>;
}

/** Words for drawing in tests: labels are the rows' series, chart texts are their names in brackets. */
export const drawText = (labelOf: (r: ChartRow) => string = (r) => r.series): DrawText => ({
  id: 'chart-test',
  title: 'Title',
  locale: 'en',
  labelOf,
  chartText: (name: string) => `[${name}]`,
});
