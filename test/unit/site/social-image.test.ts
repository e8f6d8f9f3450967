import { describe, expect, it } from 'vitest';
import {
  SOCIAL_IMAGE_HEIGHT,
  SOCIAL_IMAGE_WIDTH,
  fitWithEllipsis,
  socialImageSvg,
  wrapText,
  type Measure,
  type SocialCard,
} from '../../../src/site/social-image.ts';

/** Every character one unit wide: line widths are character counts. */
const chars = (s: string) => [...s].length;
/** Roughly Noto Sans: half an em a character, bolder is wider. */
const measure: Measure = (text, size, weight) => [...text].length * size * (weight === 700 ? 0.6 : 0.52);

describe('wrapText', () => {
  it('breaks at spaces into lines no wider than the limit', () => {
    expect(wrapText('the quick brown fox jumps', 10, chars, 5)).toEqual({
      lines: ['the quick', 'brown fox', 'jumps'],
      truncated: false,
    });
  });
  it('keeps words joined by a no-break space together', () => {
    const { lines } = wrapText('cost EUR\u00a018m in total', 9, chars, 5);
    expect(lines).toContain('EUR\u00a018m');
  });
  it('keeps French punctuation with the word before it', () => {
    // Broken at the plain space, the colon would start the second line.
    expect(wrapText('ab cdefg : hi', 9, chars, 5).lines).toEqual(['ab', 'cdefg\u00a0:', 'hi']);
    expect(wrapText('« ab » cd', 6, chars, 5).lines).toEqual(['«\u00a0ab\u00a0»', 'cd']);
  });
  it('cuts the last line with an ellipsis when the text needs more lines', () => {
    const out = wrapText('one two three four five six seven', 9, chars, 2);
    expect(out.truncated).toBe(true);
    expect(out.lines).toHaveLength(2);
    expect(out.lines[1]!.endsWith('…')).toBe(true);
    for (const line of out.lines) expect(chars(line)).toBeLessThanOrEqual(9);
  });
  it('splits a word longer than a line', () => {
    const { lines } = wrapText('Pneumonoultramicroscopic', 10, chars, 5);
    expect(lines.join('')).toBe('Pneumonoultramicroscopic');
    for (const line of lines) expect(chars(line)).toBeLessThanOrEqual(10);
  });
});

describe('fitWithEllipsis', () => {
  it('leaves a line that fits alone', () => {
    expect(fitWithEllipsis('short', 10, chars)).toBe('short');
  });
  it('cuts at a space near the end rather than inside a word', () => {
    expect(fitWithEllipsis('health technologies of the region', 20, chars)).toBe('health technologies…');
  });
});

const card: SocialCard = {
  eyebrow: 'Research organization · Member',
  title: 'Généthon',
  subtitle: 'Évry-Courcouronnes',
  siteName: 'Medicen Paris Region',
  tagline: 'Health-technology cluster of the Paris Region',
};

/** The text of every <text> element, unescaped. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

describe('socialImageSvg', () => {
  it('is 1200 x 630 and shows the site, the page type, the title and the subtitle', () => {
    const svg = socialImageSvg(card, measure);
    expect(svg).toContain(`width="${SOCIAL_IMAGE_WIDTH}" height="${SOCIAL_IMAGE_HEIGHT}"`);
    expect(texts(svg)).toEqual([
      'Medicen Paris Region',
      'Health-technology cluster of the Paris Region',
      'Research organization · Member',
      'Généthon',
      'Évry-Courcouronnes',
    ]);
    // Brand colours, as in the site header.
    expect(svg).toContain('#0b2545');
    expect(svg).toContain('#0a6e7c');
  });

  it('escapes text so content cannot become markup', () => {
    const svg = socialImageSvg({ ...card, title: 'R&D <lab> "A" & B' }, measure);
    expect(svg).toContain('R&amp;D &lt;lab&gt; &quot;A&quot; &amp; B');
    expect(texts(svg)).toContain('R&D <lab> "A" & B');
  });

  it('draws a long title smaller, within the margins and the image', () => {
    const long = 'Centre chirurgical Marie-Lannelongue and a very long name for an organization of the region';
    const svg = socialImageSvg({ ...card, title: long, subtitle: 'x '.repeat(300) }, measure);
    const sizes = [...svg.matchAll(/<text[^>]*font-size="(\d+)" font-weight="700"[^>]*>([^<]*)</g)].map((m) => ({
      size: Number(m[1]),
      text: m[2]!,
    }));
    const titleLines = sizes.filter((s) => s.size > 30);
    expect(titleLines.length).toBeGreaterThan(1);
    expect(titleLines[0]!.size).toBeLessThan(68);
    for (const t of titleLines) expect(measure(t.text, t.size, 700)).toBeLessThanOrEqual(SOCIAL_IMAGE_WIDTH - 144);
    for (const m of svg.matchAll(/<text x="(\d+)" y="(\d+)"/g)) {
      expect(Number(m[2])).toBeLessThan(SOCIAL_IMAGE_HEIGHT - 18);
    }
    // The subtitle is cut, not spilled over the foot stripe.
    expect(texts(svg).some((t) => t.endsWith('…'))).toBe(true);
  });

  it('shows a figure’s value in the largest type, above its label', () => {
    const svg = socialImageSvg(
      {
        ...card,
        eyebrow: 'Key figure · Medicen',
        value: '530',
        title: 'Members of the cluster',
        subtitle: 'as of March 2023',
      },
      measure,
    );
    const sized = [...svg.matchAll(/font-size="(\d+)"[^>]*>([^<]*)</g)].map((m) => [m[2], Number(m[1])] as const);
    const size = Object.fromEntries(sized);
    expect(size['530']).toBeGreaterThan(size['Members of the cluster']!);
    expect(texts(svg).indexOf('530')).toBeLessThan(texts(svg).indexOf('Members of the cluster'));
  });
});
