import { describe, expect, it } from 'vitest';
import { escapeForLog, findHidden, hiddenCharacterName, hiddenSource } from '../../../src/util/hidden-characters.ts';

const hidden = new RegExp(`^(?:${hiddenSource()})$`);
/** Unicode's control, format, line and paragraph separator characters, by the engine's own tables. */
const CATEGORIES = /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]$/u;

describe('hidden characters', () => {
  it('covers every control, format and separator character of Unicode, whatever its plane, and nothing a text needs', () => {
    const missed: string[] = [];
    const extra: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCodePoint(code);
      const category = CATEGORIES.test(c);
      if (category && !hidden.test(c)) missed.push(code.toString(16));
      if (!category && hidden.test(c)) extra.push(code.toString(16));
    }
    expect(missed).toEqual([]);
    // The letters that draw nothing, beyond the categories (and U+2065, unassigned among the format controls).
    expect(extra).toEqual([
      '34f',
      '115f',
      '1160',
      '17b4',
      '17b5',
      '180b',
      '180c',
      '180d',
      '180f',
      '2065',
      '3164',
      'ffa0',
    ]);
    for (const visible of ['é', '’', '\u00A0', '\u202F', '€', '—', 'ﬁ', '😀', '\u{1F469}\u{1F3FD}']) {
      expect(findHidden(visible), visible).toBeUndefined();
    }
  });

  it('finds the first one, but those allowed, with a name editors recognise', () => {
    expect(findHidden('Gen\u200Bethon')).toEqual({ index: 3, code: 0x200b });
    expect(findHidden('a\nb')).toEqual({ index: 1, code: 10 });
    expect(findHidden('a\nb', '\n')).toBeUndefined();
    expect(findHidden('tag\u{E0041}')).toEqual({ index: 3, code: 0xe0041 });
    expect(hiddenCharacterName(0x202e)).toBe('a right-to-left override (U+202E)');
    expect(hiddenCharacterName(0x061c)).toBe('an Arabic letter mark (U+061C)');
    expect(hiddenCharacterName(0x1b)).toBe('an escape character (ESC) (U+001B)');
    expect(hiddenCharacterName(0xe0041)).toBe('an invisible tag character (U+E0041)');
  });

  it('escapes them for a log, so that no value starts a line of its own', () => {
    const value = 'Members\n::warning file=README.md,line=1::injected\r\u001b[31m\u202Eevil\u2028\u{E0041}\ttab';
    const line = escapeForLog(value);
    expect(line).toBe(
      'Members\\n::warning file=README.md,line=1::injected\\r\\u001b[31m\\u202eevil\\u2028\\u{e0041}\\ttab',
    );
    expect(line.split(/\r\n|\r|\n|\u2028|\u2029/)).toHaveLength(1);
    expect(escapeForLog('write \\{ to show a brace, l’été à 10\u00A0%')).toBe(
      'write \\{ to show a brace, l’été à 10\u00A0%',
    );
  });
});
