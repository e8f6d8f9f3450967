/**
 * What every text of the content model must be, in one place: the checks
 * src/content.config.ts builds its fields from. Each is a regular expression
 * with its message (a Zod `regex` check), so that the web editor's form
 * (src/editor/config.ts) applies the same pattern with the same words, and the
 * content checks (src/content-check/schema-problems.ts) explain a failure in
 * detail: which invisible character, where.
 *
 * - Visible text: no invisible or control character however it is written
 *   (typed, pasted, or as an escape such as "\u202E" in JSON or YAML), and
 *   not only white space. A text of one line has no line break either.
 * - Web addresses: http or https, and no user name before an "@"
 *   (https://www.linkedin.com@evil.example/ leads to evil.example).
 * - Telephone numbers: 6 to 15 digits (the international maximum), with
 *   spaces, dots, hyphens and brackets between them.
 */
import { z } from 'astro/zod';
import { findHidden, hiddenCharacterName, hiddenSource } from '../util/hidden-characters.ts';

/** Visible text on one line: no hidden character (src/util/hidden-characters.ts), not only white space. */
export const VISIBLE_LINE = new RegExp(`^(?!\\s+$)(?:(?!${hiddenSource()})[\\s\\S])*$`);
/** Visible text that may hold line breaks (a summary, a note). */
export const VISIBLE_TEXT = new RegExp(`^(?!\\s+$)(?:(?!${hiddenSource('\n')})[\\s\\S])*$`);

const HIDDEN_EXAMPLES = 'such as a zero-width space or a direction mark';
export const VISIBLE_LINE_MESSAGE = `must be visible text on one line: no line break, no invisible or control character (${HIDDEN_EXAMPLES}), not only spaces`;
export const VISIBLE_TEXT_MESSAGE = `must be visible text: no invisible or control character (${HIDDEN_EXAMPLES}), not only spaces`;

/** A web address starting with http:// or https://. */
export const HTTP_URL = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
export const HTTP_URL_MESSAGE = 'must be a web address starting with http:// or https://';

/** No user name (or password) before an "@" in the address's host part. */
export const NO_USERINFO = /^(?![a-z][a-z0-9+.-]*:\/\/[^/?#\\]*@)/i;
export const NO_USERINFO_MESSAGE =
  'must not have a name and "@" before the site\'s address (https://www.linkedin.com@evil.example/ leads to evil.example); write the address as the site gives it';

/** 6 to 15 digits, an optional + first, and spaces (also non-breaking), dots, hyphens and brackets between. */
export const TELEPHONE = /^(?=(?:\D*\d){6,15}\D*$)\+?[\d ().\u00A0\u202F-]+$/;
export const TELEPHONE_MESSAGE =
  'must be a telephone number such as +33 1 23 45 67 89: 6 to 15 digits, with spaces, dots, hyphens or brackets between them';

/** One line of visible text, 1 to `max` characters. */
export function line(max: number) {
  return z.string().min(1).max(max).regex(VISIBLE_LINE, VISIBLE_LINE_MESSAGE);
}

/** Visible text of one or several lines, 1 to `max` characters. */
export function paragraph(max: number) {
  return z.string().min(1).max(max).regex(VISIBLE_TEXT, VISIBLE_TEXT_MESSAGE);
}

/** A web address (http or https, no user name before an "@"), at most `max` characters. */
export function webAddress(max: number) {
  return z
    .string()
    .max(max)
    .regex(VISIBLE_LINE, VISIBLE_LINE_MESSAGE)
    .regex(HTTP_URL, HTTP_URL_MESSAGE)
    .regex(NO_USERINFO, NO_USERINFO_MESSAGE);
}

/** A telephone number as it is dialled from abroad, at most `max` characters. */
export function telephone(max: number) {
  return z.string().max(max).regex(VISIBLE_LINE, VISIBLE_LINE_MESSAGE).regex(TELEPHONE, TELEPHONE_MESSAGE);
}

/** What is wrong with a text that fails a visible-text check: only white space, or its first hidden character. */
export interface HiddenTextProblem {
  rule: 'field-empty' | 'invisible-character';
  /** The sentence after the field's name. */
  message: string;
}

/**
 * The problem of `text` when `pattern` (a Zod issue's, "/source/flags") is one of the visible-text
 * checks; undefined for any other pattern.
 */
export function hiddenTextProblem(pattern: string | undefined, text: string): HiddenTextProblem | undefined {
  const lines = pattern === String(VISIBLE_TEXT);
  if (!lines && pattern !== String(VISIBLE_LINE)) return undefined;
  if (/^\s+$/.test(text)) {
    return { rule: 'field-empty', message: 'is only white space; write a value or remove the line' };
  }
  const found = findHidden(text, lines ? '\n' : '');
  if (!found) return undefined;
  const before = [...text.slice(0, found.index).replace(new RegExp(hiddenSource(), 'g'), '')].slice(-20).join('');
  const where = `at character ${[...text.slice(0, found.index)].length + 1}${before.trim() ? ` (after "${before}")` : ''}`;
  const fix =
    found.code === 0x0a
      ? 'write it on one line'
      : 'delete it (retype the text around it if you cannot see it; in a file it may be an escape such as \\u200B)';
  return { rule: 'invisible-character', message: `holds ${hiddenCharacterName(found.code)} ${where}; ${fix}` };
}
