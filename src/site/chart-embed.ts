/**
 * The embed code of a chart: an <iframe> of /embed/chart/<id>/ (the chart
 * with its title, sources, date and a link back, src/views/EmbedChart.astro)
 * that another site pastes into its page. Its height is worked out from the
 * chart's drawn height and the length of its texts, so the frame does not
 * scroll at its widest.
 * Pure, unit-tested.
 */
import type { Locale } from '../model/constants.ts';
import type { ChartModel } from '../charts/model.ts';
import { localizePath, t } from '../i18n/index.ts';
import { sourceLabel } from '../i18n/source-label.ts';
import { escapeXml } from '../util/escape.ts';
import { svgSize } from './chart-image.ts';

/**
 * How the embed page lays its texts out in an 800 px frame (its widest): characters per line
 * and line height of the title, the subtitle and a source, plus the fixed room of the "Sources"
 * label, the date, the link back and the margins. Rounded so the frame is a little too tall
 * rather than too short (test/browser/press.test.ts checks every chart in both languages).
 */
const LAYOUT = {
  title: { chars: 70, line: 25 },
  subtitle: { chars: 90, line: 26 },
  source: { chars: 100, line: 23 },
  fixed: 220,
  /** The drawing is scaled from its width to the frame's text width. */
  scale: 768 / 760,
};
const lines = (text: string, chars: number) => Math.max(1, Math.ceil([...text].length / chars));

/** The height in pixels an embedded chart needs to show without scrolling in an 800 px frame. */
export function chartEmbedHeight(
  model: Pick<ChartModel, 'title' | 'subtitle' | 'svg' | 'sources'>,
  locale: Locale,
): number {
  const { title, subtitle, source, fixed, scale } = LAYOUT;
  const sources = model.sources.map(
    (s) =>
      `${sourceLabel(s.source.publisher, locale)}, ${sourceLabel(s.source.title, locale)} (${t(locale, 'chart.sourceDates', { dates: s.dates.join(', ') })})`,
  );
  return Math.ceil(
    svgSize(model.svg).height * scale +
      lines(model.title, title.chars) * title.line +
      lines(model.subtitle, subtitle.chars) * subtitle.line +
      sources.reduce((h, text) => h + lines(text, source.chars) * source.line, 0) +
      fixed,
  );
}

/** The absolute address of a chart's embed page, in its language (on the site of the chart's own address). */
export function chartEmbedUrl(model: Pick<ChartModel, 'embedPath' | 'url'>, locale: Locale): string {
  return new URL(localizePath(locale, model.embedPath), model.url).href;
}

/** The <iframe> snippet that embeds a chart, with a title for screen readers. */
export function chartEmbedCode(
  model: Pick<ChartModel, 'embedPath' | 'url' | 'name' | 'title' | 'subtitle' | 'svg' | 'sources'>,
  locale: Locale,
): string {
  const height = chartEmbedHeight(model, locale);
  const title = t(locale, 'chart.embedTitle', { name: model.name });
  return `<iframe src="${escapeXml(chartEmbedUrl(model, locale))}" title="${escapeXml(title)}" width="100%" height="${height}" style="border:0;max-width:800px" loading="lazy"></iframe>`;
}
