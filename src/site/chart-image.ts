/**
 * A chart of the key-figures page as a picture to drop into an article: the
 * chart's own SVG (the one the page and /data/charts/<id>.svg show), scaled
 * to 1200 pixels wide, with its title and subtitle above it and its sources,
 * its "as of" date and the address it comes from under it, so the image
 * carries its provenance wherever it is pasted. Pure: the text widths come
 * from a `measure` function (the font's real advances at build time, an
 * estimate in tests); src/site/chart-image-png.ts renders it to PNG.
 */
import type { Locale } from '../model/constants.ts';
import type { ChartModel } from '../charts/model.ts';
import { colon, formatAsOf } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import { sourceLabel } from '../i18n/source-label.ts';
import { escapeXml } from '../util/escape.ts';
import { wrapText, type FontWeight, type Measure } from './social-image.ts';

/** Every chart image is this wide (journalists' content systems scale down from it). */
export const CHART_IMAGE_WIDTH = 1200;
const MARGIN = 48;
const TEXT_WIDTH = CHART_IMAGE_WIDTH - 2 * MARGIN;
const INK = '#16202e';
const INK_SOFT = '#475467';
const RULE = '#d8dee6';

/** What the image says around the chart. */
export interface ChartImageText {
  /** The finding (the chart's title). */
  title: string;
  subtitle: string;
  /** "Sources:", drawn in bold before the first source. */
  sourcesLabel: string;
  /** One entry per source: "publisher, title (values as of …)", each on its own line(s). */
  sources: string[];
  /** "Data as of March 2023 · Medicen Paris Region, https://…/figures/#id". */
  footer: string;
}

/** The texts of a chart's image, in the chart's language. */
export function chartImageText(model: ChartModel, locale: Locale): ChartImageText {
  const sources = model.sources.map(
    ({ source, dates }) =>
      `${sourceLabel(source.publisher, locale)}, ${sourceLabel(source.title, locale)} (${t(locale, 'chart.sourceDates', { dates: dates.join(', ') })})`,
  );
  return {
    title: model.title,
    subtitle: model.subtitle,
    sourcesLabel: `${t(locale, 'chart.sources')}${colon(locale)}`,
    sources,
    footer: `${t(locale, 'chart.asOf', { date: formatAsOf(model.asOf, locale) })} · ${t(locale, 'site.name')}, ${model.url}`,
  };
}

interface Lines {
  lines: string[];
  size: number;
  weight: FontWeight;
  fill: string;
  lineHeight: number;
}

function block(
  text: string,
  size: number,
  weight: FontWeight,
  fill: string,
  maxLines: number,
  measure: Measure,
  width = TEXT_WIDTH,
): Lines {
  const { lines } = wrapText(text, width, (s) => measure(s, size, weight), maxLines);
  return { lines, size, weight, fill, lineHeight: Math.round(size * 1.3) };
}

/** The lines of a block as <text> elements from `top`, at `x`; returns the markup and the height taken. */
function draw(b: Lines, top: number, x = MARGIN): { svg: string; height: number } {
  const svg = b.lines
    .map((line, i) => {
      const baseline = Math.round(top + i * b.lineHeight + (b.lineHeight - b.size) / 2 + b.size * 0.8);
      return `<text x="${x}" y="${baseline}" font-size="${b.size}" font-weight="${b.weight}" fill="${b.fill}">${escapeXml(line)}</text>`;
    })
    .join('');
  return { svg, height: b.lines.length * b.lineHeight };
}

/** The width and height of a chart's SVG, from its root element's viewBox. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const box = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(root);
  if (!box) throw new Error('chart SVG has no viewBox on its root element');
  return { width: Number(box[1]), height: Number(box[2]) };
}

/** The SVG of a chart's image: 1200 wide, as tall as its texts and the scaled chart need. */
export function chartImageSvg(chartSvg: string, text: ChartImageText, measure: Measure): string {
  const size = svgSize(chartSvg);
  const scale = TEXT_WIDTH / size.width;
  const inner = chartSvg.replace(/^[\s\S]*?<svg\b[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const parts: string[] = [];
  let y = 40;
  const put = (b: Lines, gapBefore: number, x = MARGIN) => {
    y += gapBefore;
    const drawn = draw(b, y, x);
    parts.push(drawn.svg);
    y += drawn.height;
  };
  put(block(text.title, 34, 700, INK, 3, measure), 0);
  if (text.subtitle) put(block(text.subtitle, 21, 400, INK_SOFT, 3, measure), 8);
  y += 20;
  parts.push(`<g transform="translate(${MARGIN} ${y}) scale(${scale.toFixed(5)})">${inner}</g>`);
  y += Math.ceil(size.height * scale) + 18;
  parts.push(`<rect x="${MARGIN}" y="${y}" width="${TEXT_WIDTH}" height="1" fill="${RULE}"/>`);
  y += 12;
  // "Sources:" in bold, the sources after it, each on its own line, aligned with the first.
  const label = block(text.sourcesLabel, 18, 600, INK, 1, measure);
  const indent = Math.ceil(measure(`${text.sourcesLabel} `, 18, 600));
  parts.push(draw(label, y).svg);
  text.sources.forEach((line, i) =>
    put(block(line, 18, 400, INK_SOFT, 2, measure, TEXT_WIDTH - indent), i === 0 ? 0 : 2, MARGIN + indent),
  );
  put(block(text.footer, 18, 600, INK, 2, measure), 6);
  const height = Math.ceil(y + 32);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_IMAGE_WIDTH}" height="${height}" viewBox="0 0 ${CHART_IMAGE_WIDTH} ${height}" font-family="Noto Sans">` +
    `<rect width="${CHART_IMAGE_WIDTH}" height="${height}" fill="#ffffff"/>` +
    parts.join('') +
    `</svg>`
  );
}
