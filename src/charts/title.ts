/**
 * A chart's title is its finding, worded from the data it draws, never typed
 * in. Each kind gives the values its titles may name ({total}, {value2}...);
 * the chart's dictionary texts (`chart.<id>.title`, and variants such as
 * `chart.<id>.titleShare`) say the finding with some of them. The richest text
 * the data can fill wins; a chart whose data fills none is titled by its name.
 */
import type { Locale } from '../model/constants.ts';
import { formatAsOf, formatPercent, formatValue } from '../i18n/format.ts';
import { t, type UiKey } from '../i18n/index.ts';
import { en } from '../i18n/en.ts';
import { latestAsOf, type ChartRow } from './prepare.ts';

/** The values a chart's title texts may name, by placeholder. */
export type TitleParams = Record<string, string | number>;

/** A label inside a sentence: "Medtech" becomes "medtech", "R&D" stays as it is. */
export function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** A title starts with a capital even when it starts with a qualifier ("More than 1,000"). */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A row's value as the reader sees it ("more than 300", "EUR 1bn"). */
export const valueText = (r: ChartRow, locale: Locale) => formatValue(r.value, r.unit, locale, r.qualifier);
/** A row's "as of" date as the reader sees it ("March 2023"). */
export const dateText = (r: ChartRow, locale: Locale) => formatAsOf(r.as_of, locale);

/**
 * The values of a chart's figures by their place in its catalogue entry
 * (1-based, so a text names them whatever content leaves out): {valueN} and
 * {dateN}, the latest value of the Nth figure and its date, and {shareNofM},
 * the Nth as a share of the Mth, only when both values are of the same date.
 */
export function figureParams(figureIds: readonly string[], rows: readonly ChartRow[], locale: Locale): TitleParams {
  const params: TitleParams = {};
  const latest = figureIds.map((id) => rows.filter((r) => r.series === id).at(-1));
  latest.forEach((r, i) => {
    if (!r) return;
    params[`value${i + 1}`] = valueText(r, locale);
    params[`date${i + 1}`] = dateText(r, locale);
    latest.forEach((whole, j) => {
      if (whole && j !== i && whole.as_of === r.as_of && whole.value !== 0)
        params[`share${i + 1}of${j + 1}`] = formatPercent((100 * r.value) / whole.value, locale, 0);
    });
  });
  return params;
}

/** The placeholders a text names: "{total} in {date}" names total and date. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

/** A chart's title texts in the dictionary: `chart.<id>.title` and its variants (`chart.<id>.titleShare`). */
export function titleKeysOf(id: string): UiKey[] {
  const prefix = `chart.${id}.title`;
  return (Object.keys(en) as UiKey[]).filter(
    (k) => k === prefix || (k.startsWith(prefix) && /^[A-Z]\w*$/.test(k.slice(prefix.length))),
  );
}

/**
 * The chart's title: its title text with the most placeholders that `params`
 * all fill (the first of equals in dictionary order), or its name when the
 * data fills none. The English texts decide, so both languages say the same.
 */
export function titleOf(id: string, params: TitleParams, locale: Locale): string {
  const filled = titleKeysOf(id)
    .map((key) => ({ key, names: placeholdersOf(en[key]) }))
    .filter(({ names }) => names.every((name) => name in params));
  const best = filled.reduce<(typeof filled)[number] | undefined>(
    (a, b) => (a && a.names.length >= b.names.length ? a : b),
    undefined,
  );
  // A chart missing the series its finding needs still gets a plain, true title: its name.
  return capitalize(t(locale, best?.key ?? (`chart.${id}.name` as UiKey), params));
}

/** The subtitle: units and period, with the dates taken from the rows. */
export function subtitleOf(id: string, rows: readonly ChartRow[], locale: Locale): string {
  const dates = rows.map((r) => r.as_of).sort();
  return t(locale, `chart.${id}.subtitle` as UiKey, {
    date: formatAsOf(latestAsOf(rows), locale),
    from: dates[0]?.slice(0, 4) ?? '',
    to: dates.at(-1)?.slice(0, 4) ?? '',
  });
}
