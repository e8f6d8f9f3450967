import { describe, expect, it } from 'vitest';
import { csvField, neutralizeFormula, parseCsv, toCsv } from '../../../src/util/csv.ts';

const FORMULAS = [
  '=HYPERLINK("https://evil.example","Click")',
  '=1+2',
  '+33 1 23 45 67 89',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1+2',
  '\r=1+2',
  '=cmd|" /C calc"!A0',
];

describe('neutralizeFormula', () => {
  it('prefixes text a spreadsheet would run as a formula with an apostrophe', () => {
    for (const text of FORMULAS) expect(neutralizeFormula(text), JSON.stringify(text)).toBe(`'${text}`);
  });

  it('leaves other text, and text that is only a number, as it is', () => {
    for (const text of ['Généthon', 'a=b', 'x-ray', '', "'quoted", '-3', '-3.5', '+2', '1e-5', '-1.5e3']) {
      expect(neutralizeFormula(text), text).toBe(text);
    }
  });
});

describe('csvField', () => {
  it('writes numbers as numbers, negative ones included', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(-0.25)).toBe('-0.25');
    expect(csvField(12)).toBe('12');
  });

  it('neutralizes a formula before quoting it', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@A1')).toBe("'@A1");
    expect(csvField('-1,2')).toBe(`"'-1,2"`);
  });
});

describe('toCsv and parseCsv', () => {
  it('round-trip rows, formula-like names coming back with their apostrophe and numbers unchanged', () => {
    const rows = [
      ...FORMULAS.map((name, i) => [name, i - 4] as const),
      ['Plain, with a comma and "quotes"', -12.5] as const,
    ];
    const parsed = parseCsv(toCsv(['name', 'value'], rows));
    expect(parsed[0]).toEqual(['name', 'value']);
    expect(parsed.slice(1)).toEqual(
      rows.map(([name, value]) => [FORMULAS.includes(name) ? `'${name}` : name, String(value)]),
    );
    // No cell a spreadsheet would read as a formula.
    for (const [name] of parsed.slice(1)) expect(name).not.toMatch(/^[=+\-@\t\r]/);
  });
});
