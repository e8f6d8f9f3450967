/**
 * The frame every chart shares: an accessible SVG document (role="img", a
 * <title> and a <desc> named by aria-labelledby) whose presentation is in
 * attributes, not page CSS, so the downloaded file looks like the page.
 */
import { escapeXml } from '../util/escape.ts';

export interface Size {
  width: number;
  height: number;
}

/** What every chart function needs besides its data and size. */
export interface ChartText {
  /** Prefix for the ids inside the SVG; unique on the page (e.g. "chart-medicen-members"). */
  id: string;
  /** The accessible name: the finding the chart shows. */
  title: string;
  /** The accessible description: what is drawn, with the values. */
  desc: string;
}

export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
export const INK = '#16202e';
export const INK_SOFT = '#475467';
export const GRID = '#d8dee6';

/**
 * A coordinate written with two decimals at most. Throws on NaN or Infinity,
 * so a chart fed a bad value fails the build instead of drawing nothing.
 */
export function n(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`chart coordinate is not a finite number: ${value}`);
  return String(Math.round(value * 100) / 100);
}

type Attrs = Record<string, string | number | undefined>;

/** Attributes as markup; numbers go through n(), strings are escaped, undefined is left out. */
export function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? n(v) : escapeXml(v as string)}"`)
    .join('');
}

/** A <text> element with escaped content. */
export function text(content: string, a: Attrs): string {
  return `<text${attrs({ 'font-family': FONT, fill: INK, ...a })}>${escapeXml(content)}</text>`;
}

/** The whole SVG document around a chart's marks. */
export function svgDocument(size: Size, chart: ChartText, body: string): string {
  const titleId = `${chart.id}-title`;
  const descId = `${chart.id}-desc`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
      viewBox: `0 0 ${n(size.width)} ${n(size.height)}`,
      width: size.width,
      height: size.height,
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
      class: 'chart-svg',
    })}>` +
    `<title id="${escapeXml(titleId)}">${escapeXml(chart.title)}</title>` +
    `<desc id="${escapeXml(descId)}">${escapeXml(chart.desc)}</desc>` +
    `<rect width="${n(size.width)}" height="${n(size.height)}" fill="#ffffff"/>` +
    body +
    `</svg>`
  );
}

/** Colours told apart by colour-blind readers (Okabe-Ito based), each at least 3:1 against white. */
export const SERIES_COLOURS = ['#0a6e7c', '#c2410c', '#5b3f8c', '#0b2545'] as const;
/** Marker shapes, so series differ by more than colour. */
export const SERIES_SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const;

/** A point marker of a given shape centred on (x, y). */
export function marker(shape: (typeof SERIES_SHAPES)[number], x: number, y: number, fill: string, a: Attrs): string {
  const r = 4.5;
  const common = attrs({ fill, stroke: '#ffffff', 'stroke-width': 1.5, ...a });
  if (shape === 'circle') return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}"${common}/>`;
  if (shape === 'square')
    return `<rect x="${n(x - r)}" y="${n(y - r)}" width="${n(2 * r)}" height="${n(2 * r)}"${common}/>`;
  const pts =
    shape === 'diamond'
      ? [
          [x, y - r - 1],
          [x + r + 1, y],
          [x, y + r + 1],
          [x - r - 1, y],
        ]
      : [
          [x, y - r - 1],
          [x + r + 1, y + r],
          [x - r - 1, y + r],
        ];
  return `<polygon points="${pts.map(([px, py]) => `${n(px!)},${n(py!)}`).join(' ')}"${common}/>`;
}

/** Rough width of a label in pixels, to leave room for it (no font metrics at build time). */
export function textWidth(label: string, fontSize: number): number {
  return label.length * fontSize * 0.56;
}

/** A native tooltip for a mark (hover read-out without any script). */
export function tip(label: string | undefined): string {
  return label ? `<title>${escapeXml(label)}</title>` : '';
}
