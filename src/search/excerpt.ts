/**
 * Pagefind gives each result an excerpt as HTML: the page text, escaped, with
 * the matched words wrapped in <mark>. Rather than trust that string as HTML,
 * the site splits it into plain-text pieces and builds the marks itself, so
 * nothing from a page can ever become markup in the results.
 */
import { foldForCompare } from '../util/text.ts';

export interface ExcerptPiece {
  text: string;
  marked: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Turns HTML character references back into the characters they stand for. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Splits an excerpt into text pieces, marking those Pagefind highlighted.
 * Any tag other than <mark> is kept as the literal text it is.
 */
export function excerptPieces(html: string): ExcerptPiece[] {
  const pieces: ExcerptPiece[] = [];
  let marked = false;
  for (const part of html.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) marked = true;
    else if (/^<\/mark>$/i.test(part)) marked = false;
    else if (part) {
      const text = decodeEntities(part);
      const last = pieces[pieces.length - 1];
      if (last && last.marked === marked) last.text += text;
      else pieces.push({ text, marked });
    }
  }
  return pieces;
}

/**
 * Whether an excerpt already quotes the start of a description: then showing
 * both would print the same sentence twice. Compared without case or accents.
 */
export function repeats(description: string, excerptHtml: string, length = 40): boolean {
  const text = excerptPieces(excerptHtml)
    .map((p) => p.text)
    .join('');
  const start = foldForCompare(description).slice(0, length);
  return start.length > 0 && foldForCompare(text).includes(start);
}
