/**
 * The embed code of a chart: an <iframe> of /embed/chart/<id>/ (the chart
 * with its title, sources, date and a link back, src/views/EmbedChart.astro)
 * that another site pastes into its page. Its height is the chart's drawn
 * height plus room for the texts around it, so the frame rarely scrolls.
 * Pure, unit-tested.
 */
import type { Locale } from '../model/constants.ts';
import type { ChartModel } from '../charts/model.ts';
import { localizePath, t } from '../i18n/index.ts';
import { escapeXml } from '../util/escape.ts';
import { svgSize } from './chart-image.ts';

/** Room above and below the drawing (title, subtitle, the link back, margins), and per source (often two lines in an 800 px frame). */
const TEXT_ROOM = 200;
const SOURCE_LINE = 40;

/** The absolute address of a chart's embed page, in its language (on the site of the chart's own address). */
export function chartEmbedUrl(model: Pick<ChartModel, 'embedPath' | 'url'>, locale: Locale): string {
  return new URL(localizePath(locale, model.embedPath), model.url).href;
}

/** The <iframe> snippet that embeds a chart, with a title for screen readers. */
export function chartEmbedCode(
  model: Pick<ChartModel, 'embedPath' | 'url' | 'name' | 'svg' | 'sources'>,
  locale: Locale,
): string {
  const height = Math.ceil(svgSize(model.svg).height + TEXT_ROOM + SOURCE_LINE * model.sources.length);
  const title = t(locale, 'chart.embedTitle', { name: model.name });
  return `<iframe src="${escapeXml(chartEmbedUrl(model, locale))}" title="${escapeXml(title)}" width="100%" height="${height}" style="border:0;max-width:800px" loading="lazy"></iframe>`;
}
