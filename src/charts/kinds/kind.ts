/**
 * What a chart kind is: everything that differs between a time chart, bars,
 * big numbers... lives in the kind's module (src/charts/kinds/<kind>.ts), so
 * the model (src/charts/model.ts) builds every chart the same way and a chart
 * of an existing kind is only a catalogue entry and its texts.
 */
import type { Locale } from '../../model/constants.ts';
import type { ChartSpec } from '../catalogue.ts';
import type { DrawText } from '../draw-text.ts';
import type { ChartInputs } from '../inputs.ts';
import type { ChartRow, PreparedChart } from '../prepare.ts';
import type { TitleParams } from '../title.ts';

/** What a kind reads besides the chart's entry: content, and the language it words the chart in. */
export interface KindContext {
  inputs: ChartInputs;
  locale: Locale;
}

/** Wording a title also needs the labels of the rows. */
export interface TitleContext extends KindContext {
  labelOf: (row: ChartRow) => string;
}

export interface ChartKind<S extends ChartSpec> {
  /** The rows the chart draws and its CSV lists, or undefined when content lacks what the chart needs. */
  prepare(spec: S, context: KindContext): PreparedChart<S> | undefined;
  /** The label of a row: its category (a bar), or its series where rows are dated points. */
  labelOf(prepared: PreparedChart<S>, context: KindContext): (row: ChartRow) => string;
  /** The values the chart's title texts may name (src/charts/title.ts); what the data cannot give is left out. */
  titleParams(prepared: PreparedChart<S>, context: TitleContext): TitleParams;
  /** Whether the data table names each row's category (not where the category is a date or empty). */
  tableCategory: boolean;
  /** The chart's texts `chart.<id>.<name>` the kind reads besides its name, title and subtitle. */
  texts: readonly string[];
  /** The chart as an SVG document: pure, from the prepared rows and the words around them. */
  draw(prepared: PreparedChart<S>, text: DrawText): string;
}
