/**
 * Characters a reader cannot see: control characters (NUL, ESC, line breaks,
 * the C1 set), format characters (Unicode's Cf: bidirectional controls such
 * as U+202E, U+200F and U+061C, zero-width spaces and joiners, the soft
 * hyphen, the byte order mark, tag characters), the line and paragraph
 * separators, and the few letters that draw nothing (Hangul fillers, Khmer
 * inherent vowels, Mongolian variation selectors, the combining grapheme
 * joiner). In content they make a text read otherwise than it is (a
 * reversed link, a name that is not the one shown); in a log they can start
 * a line of their own or drive the terminal.
 *
 * The pattern is written with \u escapes and for regular expressions
 * without the u flag (characters beyond U+FFFF as their surrogate pairs), so
 * that the web editor, which builds its patterns with RegExp(source) and no
 * flag, applies the same one. test/unit/util/hidden-characters.test.ts checks it
 * against Unicode's categories for every code point.
 */

/** The hidden characters of the Basic Multilingual Plane, as the inside of a character class, less the allowed ones. */
function bmpClass(allowed: string): string {
  const ranges: [number, number][] = [
    [0x0000, 0x001f],
    [0x007f, 0x009f],
    [0x00ad, 0x00ad],
    [0x034f, 0x034f],
    [0x0600, 0x0605],
    [0x061c, 0x061c],
    [0x06dd, 0x06dd],
    [0x070f, 0x070f],
    [0x0890, 0x0891],
    [0x08e2, 0x08e2],
    [0x115f, 0x1160],
    [0x17b4, 0x17b5],
    [0x180b, 0x180f],
    [0x200b, 0x200f],
    [0x2028, 0x202e],
    [0x2060, 0x206f],
    [0x3164, 0x3164],
    [0xfeff, 0xfeff],
    [0xffa0, 0xffa0],
    [0xfff9, 0xfffb],
  ];
  const keep = new Set([...allowed].map((c) => c.charCodeAt(0)));
  const hex = (n: number) => `\\u${n.toString(16).toUpperCase().padStart(4, '0')}`;
  const parts: string[] = [];
  for (const [from, to] of ranges) {
    let start: number | undefined;
    for (let c = from; c <= to + 1; c++) {
      const inside = c <= to && !keep.has(c);
      if (inside && start === undefined) start = c;
      if (!inside && start !== undefined) {
        parts.push(start === c - 1 ? hex(start) : `${hex(start)}-${hex(c - 1)}`);
        start = undefined;
      }
    }
  }
  return parts.join('');
}

/** Hidden characters beyond U+FFFF, as surrogate pairs: format controls of some scripts, musical formatting, tags. */
const ASTRAL =
  '\\uD804[\\uDCBD\\uDCCD]|\\uD80D[\\uDC30-\\uDC3F]|\\uD82F[\\uDCA0-\\uDCA3]|\\uD834[\\uDD73-\\uDD7A]|\\uDB40[\\uDC01\\uDC20-\\uDC7F]';

/**
 * The source of a pattern matching one hidden character (no flag needed); `allowed` lists the
 * control characters that are not hidden where the pattern is used ("\n" in a text of several lines).
 */
export function hiddenSource(allowed = ''): string {
  return `[${bmpClass(allowed)}]|${ASTRAL}`;
}

/** Common names of the hidden characters editors meet, for messages. */
const NAMES: Record<number, string> = {
  0x00: 'a NUL character',
  0x09: 'a tab',
  0x0a: 'a line break',
  0x0d: 'a carriage return',
  0x1b: 'an escape character (ESC)',
  0x7f: 'a delete character (DEL)',
  0xad: 'a soft hyphen',
  0x061c: 'an Arabic letter mark',
  0x200b: 'a zero-width space',
  0x200c: 'a zero-width non-joiner',
  0x200d: 'a zero-width joiner',
  0x200e: 'a left-to-right mark',
  0x200f: 'a right-to-left mark',
  0x2028: 'a line separator',
  0x2029: 'a paragraph separator',
  0x202a: 'a left-to-right embedding',
  0x202b: 'a right-to-left embedding',
  0x202c: 'a pop directional formatting',
  0x202d: 'a left-to-right override',
  0x202e: 'a right-to-left override',
  0x2060: 'a word joiner',
  0x2066: 'a left-to-right isolate',
  0x2067: 'a right-to-left isolate',
  0x2068: 'a first strong isolate',
  0x2069: 'a pop directional isolate',
  0xfeff: 'a byte order mark (zero-width no-break space)',
};

/** "U+200B" for a code point. */
export function codePointLabel(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** How a message names a hidden character: "a zero-width space (U+200B)". */
export function hiddenCharacterName(code: number): string {
  const name =
    NAMES[code] ??
    (code < 0x20 || (code >= 0x7f && code <= 0x9f)
      ? 'a control character'
      : code >= 0xe0000
        ? 'an invisible tag character'
        : 'an invisible formatting character');
  return `${name} (${codePointLabel(code)})`;
}

export interface HiddenCharacter {
  /** Its index in the text (UTF-16 code units). */
  index: number;
  /** Its code point. */
  code: number;
}

/** The first hidden character of a text, but those of `allowed`; undefined when there is none. */
export function findHidden(text: string, allowed = ''): HiddenCharacter | undefined {
  const m = new RegExp(hiddenSource(allowed)).exec(text);
  return m ? { index: m.index, code: m[0].codePointAt(0)! } : undefined;
}

/**
 * A text for a log line: every hidden character written as a visible escape (\n, \r, \t, \u001b,
 * \u202e, \u{e0041}), so that no value can start a line of its own (a workflow command such as
 * `::warning file=...::`), drive the terminal or reorder what is shown. Backslashes stay as they
 * are: messages quote them ("write \{ to show a brace").
 */
export function escapeForLog(text: string): string {
  return text.replace(new RegExp(hiddenSource(), 'g'), (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.codePointAt(0)!;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
