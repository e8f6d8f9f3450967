/**
 * What the press page (/press/) says of each key figure: its latest value
 * with its date and source, newest first, and the citation line a journalist
 * copies, which names the original source and date as well as this site (the
 * same shape as a chart's citation, src/charts/model.ts). Pure, so it is
 * unit-tested without a build.
 */
import type { Figure } from '../content.config.ts';
import type { Locale } from '../model/constants.ts';
import { latest } from '../model/figures.ts';
import { formatAsOf, formatValue } from '../i18n/format.ts';
import { localizePath, t } from '../i18n/index.ts';
import { sourceLabel } from '../i18n/source-label.ts';
import { compareAsOf } from '../util/as-of.ts';
import { localText } from '../util/text.ts';

export interface PressFigure {
  id: string;
  /** The latest value, formatted ("530", "more than 1,000", "EUR 1.3bn"). */
  value: string;
  label: string;
  /** When the latest value was true (YYYY, YYYY-MM or YYYY-MM-DD) and as readers see it. */
  asOf: string;
  date: string;
  source: { publisher: string; title: string; url: string } | undefined;
  /** The figure's chart or table on the key-figures page, absolute. */
  url: string;
  citation: string;
}

/** Where the site is and when it was built: the citation names both. */
export interface CitationContext {
  site: string;
  buildDate: string;
}

/** One figure's latest value as the press page shows and cites it. */
export function pressFigure(id: string, figure: Figure, locale: Locale, context: CitationContext): PressFigure {
  const value = latest(figure.values);
  const source = value.source ?? figure.source;
  const label = localText(figure.label, locale);
  const formatted = formatValue(value.value, figure.unit, locale, value.qualifier);
  const date = formatAsOf(value.as_of, locale);
  const url = new URL(`${localizePath(locale, '/figures/')}#${id}`, context.site).href;
  const shownSource = source && {
    publisher: sourceLabel(source.publisher, locale),
    title: sourceLabel(source.title, locale),
    url: source.url,
  };
  const citation = t(locale, shownSource ? 'press.figure.citation' : 'press.figure.citationNoSource', {
    label,
    value: formatted,
    date,
    publisher: shownSource?.publisher ?? '',
    title: shownSource?.title ?? '',
    source: shownSource?.url ?? '',
    url,
    accessed: formatAsOf(context.buildDate, locale),
  });
  return { id, value: formatted, label, asOf: value.as_of, date, source: shownSource, url, citation };
}

/** The key figures, the most recently dated first (ties keep the order they are given in). */
export function pressFigures(
  figures: readonly { id: string; data: Figure }[],
  locale: Locale,
  context: CitationContext,
): PressFigure[] {
  return figures
    .map((f) => pressFigure(f.id, f.data, locale, context))
    .map((f, i) => ({ f, i }))
    .sort((a, b) => compareAsOf(b.f.asOf, a.f.asOf) || a.i - b.i)
    .map(({ f }) => f);
}
