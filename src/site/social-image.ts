/**
 * The social preview image of a page (what a link shows when it is shared),
 * as an SVG string: the site's logo and name, the page type, its title and a
 * line or two under it, in the brand colours. Pure: the text widths come
 * from a `measure` function (the font's real advances at build time, a
 * simple estimate in tests), and rendering to PNG happens elsewhere.
 */
import { escapeXml } from '../util/escape.ts';

/** The size every social network crops to without losing the sides: 1.91:1. */
export const SOCIAL_IMAGE_WIDTH = 1200;
export const SOCIAL_IMAGE_HEIGHT = 630;

/** What one preview image says. */
export interface SocialCard {
  /** The page type, above the title: "Research organization · Member", "Success story · 2017-2022". */
  eyebrow?: string | undefined;
  /** The page's title. */
  title: string;
  /** Under the title: a town, a summary. Cut with an ellipsis when too long. */
  subtitle?: string | undefined;
  /** A figure's value in large type ("530", "EUR 1.3bn"), with the title as its label. */
  value?: string | undefined;
  siteName: string;
  tagline: string;
}

export type FontWeight = 400 | 600 | 700;
/** The width in pixels of a text drawn at a size and weight. */
export type Measure = (text: string, size: number, weight: FontWeight) => number;

const NAVY = '#0b2545';
const TEAL = '#0a6e7c';
const TEAL_LIGHT = '#7fd3df';
const PALE = '#d5e6ec';
/** The circle in the top corner: TEAL at 45 % over NAVY, drawn solid so the palette holds it exactly. */
const CIRCLE = '#0b465e';

/** Every flat colour of the card, the main background first. */
export const SOCIAL_IMAGE_BACKGROUNDS = [NAVY, CIRCLE, TEAL] as const;
/** The colours of the text, drawn over NAVY. */
export const SOCIAL_IMAGE_INKS = ['#ffffff', TEAL_LIGHT, PALE] as const;
const MARGIN = 72;
const TEXT_WIDTH = SOCIAL_IMAGE_WIDTH - 2 * MARGIN;
const ELLIPSIS = '…';

/** Shortens a line with an ellipsis until it fits the width, at a space when one is near the end. */
export function fitWithEllipsis(line: string, maxWidth: number, width: (s: string) => number): string {
  if (width(line) <= maxWidth) return line;
  const chars = [...line];
  while (chars.length > 0 && width(chars.join('') + ELLIPSIS) > maxWidth) chars.pop();
  let text = chars.join('');
  const space = text.lastIndexOf(' ');
  if (space > text.length * 0.7) text = text.slice(0, space);
  return text.trimEnd().replace(/[,;:.\s–—-]+$/u, '') + ELLIPSIS;
}

/** Splits a word wider than a line into pieces that fit. */
function breakWord(word: string, maxWidth: number, width: (s: string) => number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && width(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = char;
    } else piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Wraps a text into at most `maxLines` lines no wider than `maxWidth`,
 * breaking at spaces (a no-break space keeps "EUR 3m" together, and French
 * punctuation stays with its word: no line starts with the colon of
 * "traitement :"). When the
 * text needs more lines, the last one ends with an ellipsis. `truncated`
 * says whether anything was cut.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  width: (s: string) => number,
  maxLines: number,
): { lines: string[]; truncated: boolean } {
  const words = text
    .replace(/ ([:;!?»])/g, '\u00a0$1')
    .replace(/« /g, '«\u00a0')
    .trim()
    .split(/[ \t\n]+/)
    .filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words.flatMap((w) => (width(w) > maxWidth ? breakWord(w, maxWidth, width) : [w]))) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && width(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  const last = `${kept[maxLines - 1]} ${lines[maxLines]}`;
  kept[maxLines - 1] = fitWithEllipsis(last, maxWidth, width);
  return { lines: kept, truncated: true };
}

/** A run of lines in one style; `gap` is the space above it. */
interface Block {
  lines: string[];
  size: number;
  weight: FontWeight;
  fill: string;
  lineHeight: number;
  gap: number;
}

const blockHeight = (b: Block) => b.gap + b.lines.length * b.lineHeight;

/** Each line a <text> element, its baseline placed in its line box as CSS would. */
function drawBlock(b: Block, top: number): string {
  return b.lines
    .map((line, i) => {
      const baseline = Math.round(top + b.gap + i * b.lineHeight + (b.lineHeight - b.size) / 2 + b.size * 0.8);
      return `<text x="${MARGIN}" y="${baseline}" font-size="${b.size}" font-weight="${b.weight}" fill="${b.fill}">${escapeXml(line)}</text>`;
    })
    .join('');
}

/** The logo of the site header (Base.astro), scaled, and the site's name beside it. */
function header(card: SocialCard, measure: Measure): string {
  const scale = 56 / 34;
  const name = fitWithEllipsis(card.siteName, TEXT_WIDTH - 76, (s) => measure(s, 30, 700));
  const tagline = fitWithEllipsis(card.tagline, TEXT_WIDTH - 76, (s) => measure(s, 21, 400));
  return (
    `<g transform="translate(${MARGIN} 56) scale(${scale.toFixed(4)})">` +
    `<rect width="34" height="34" rx="8" fill="${TEAL}"/>` +
    `<path d="M8 24V10l9 9 9-9v14" fill="none" stroke="#fff" stroke-width="3" stroke-linejoin="round"/></g>` +
    `<text x="${MARGIN + 76}" y="82" font-size="30" font-weight="700" fill="#fff">${escapeXml(name)}</text>` +
    `<text x="${MARGIN + 76}" y="111" font-size="21" font-weight="400" fill="${TEAL_LIGHT}">${escapeXml(tagline)}</text>`
  );
}

/** Title sizes tried from the largest down, until the title fits its lines. */
const TITLE_SIZES = [68, 60, 52, 46];
const FIGURE_LABEL_SIZES = [46, 40];
const SUBTITLE_SIZES = [30, 26];
/** A line or two under the title: a third line of small text would take the PNG over 25 KB. */
export const SUBTITLE_MAX_LINES = 2;
/** The band between the header and the foot stripe that the page's text is centred in. */
const BODY_TOP = 150;
const BODY_BOTTOM = 585;

/** Wraps a text at the largest size that fits its lines, or the smallest size, cut with an ellipsis. */
function fitBlock(
  text: string,
  sizes: readonly number[],
  maxLines: number,
  style: { weight: FontWeight; fill: string; leading: number; gap: number },
  measure: Measure,
): Block {
  let fitted: { lines: string[]; size: number } | undefined;
  for (const size of sizes) {
    const wrapped = wrapText(text, TEXT_WIDTH, (s) => measure(s, size, style.weight), maxLines);
    fitted = { lines: wrapped.lines, size };
    if (!wrapped.truncated) break;
  }
  const { lines, size } = fitted ?? { lines: [], size: sizes[0] ?? 30 };
  return {
    lines,
    size,
    weight: style.weight,
    fill: style.fill,
    lineHeight: Math.round(size * style.leading),
    gap: style.gap,
  };
}

/**
 * The SVG of a page's social preview image, 1200 x 630. `subtitleLines`
 * lowers the most lines the subtitle may take (the PNG renderer asks for
 * fewer when a card is too heavy for its byte budget).
 */
export function socialImageSvg(card: SocialCard, measure: Measure, subtitleLines = SUBTITLE_MAX_LINES): string {
  const blocks: Block[] = [];
  if (card.eyebrow) {
    blocks.push(fitBlock(card.eyebrow, [26], 1, { weight: 600, fill: TEAL_LIGHT, leading: 1.3, gap: 0 }, measure));
  }
  if (card.value) {
    blocks.push(fitBlock(card.value, [112, 96, 80], 1, { weight: 700, fill: '#fff', leading: 1.1, gap: 4 }, measure));
  }
  // A figure's label is secondary to its value; any other title is the largest text.
  blocks.push(
    card.value
      ? fitBlock(card.title, FIGURE_LABEL_SIZES, 2, { weight: 700, fill: '#fff', leading: 1.15, gap: 6 }, measure)
      : fitBlock(card.title, TITLE_SIZES, 3, { weight: 700, fill: '#fff', leading: 1.12, gap: 10 }, measure),
  );
  if (card.subtitle) {
    const gap = 22;
    const room = BODY_BOTTOM - BODY_TOP - blocks.reduce((h, b) => h + blockHeight(b), 0) - gap;
    const maxLines = Math.min(subtitleLines, Math.floor(room / Math.round(SUBTITLE_SIZES[0]! * 1.33)));
    if (maxLines > 0) {
      blocks.push(
        fitBlock(card.subtitle, SUBTITLE_SIZES, maxLines, { weight: 400, fill: PALE, leading: 1.33, gap }, measure),
      );
    }
  }
  // Short texts sit a little above the middle of the free band; long ones fill it.
  const height = blocks.reduce((h, b) => h + blockHeight(b), 0);
  let top = BODY_TOP + Math.max(0, Math.round((BODY_BOTTOM - BODY_TOP - height) * 0.4));
  const body = blocks.map((b) => {
    const svg = drawBlock(b, top);
    top += blockHeight(b);
    return svg;
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SOCIAL_IMAGE_WIDTH}" height="${SOCIAL_IMAGE_HEIGHT}" viewBox="0 0 ${SOCIAL_IMAGE_WIDTH} ${SOCIAL_IMAGE_HEIGHT}" font-family="Noto Sans">` +
    `<rect width="${SOCIAL_IMAGE_WIDTH}" height="${SOCIAL_IMAGE_HEIGHT}" fill="${NAVY}"/>` +
    `<circle cx="${SOCIAL_IMAGE_WIDTH - 40}" cy="-30" r="250" fill="${CIRCLE}"/>` +
    `<rect y="${SOCIAL_IMAGE_HEIGHT - 18}" width="${SOCIAL_IMAGE_WIDTH}" height="18" fill="${TEAL}"/>` +
    header(card, measure) +
    body.join('') +
    `</svg>`
  );
}
