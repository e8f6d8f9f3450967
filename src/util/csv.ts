/**
 * CSV files for the data downloads (RFC 4180: comma-separated, CRLF line
 * ends, fields quoted when they hold a comma, a quote or a line break).
 *
 * Spreadsheet programs run a cell that starts with "=", "+", "-" or "@" (or a
 * tab or carriage return before one) as a formula, so a name such as
 * `=HYPERLINK(...)` in the content would become a live formula in whoever
 * opens the file. Text that starts with one of those characters is written
 * with a leading apostrophe ("'=HYPERLINK(...)"), which spreadsheets show as
 * text (OWASP's advice for CSV injection). Numbers are written as they are
 * (-3 stays -3), and so is text that is only a number ("-3.5"), which cannot
 * be a formula.
 */

/** What starts a formula in a spreadsheet cell. */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/** Text a spreadsheet would run as a formula, with a leading apostrophe; anything else as it is. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** A field as CSV: formulas neutralized (text only), quoted when needed, quotes doubled. */
export function csvField(value: string | number): string {
  const s = typeof value === 'number' ? String(value) : neutralizeFormula(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV document from a header and rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Parses CSV produced by `toCsv` (quoted fields, doubled quotes) back into rows of strings. */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}
