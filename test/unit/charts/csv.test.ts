import { describe, expect, it } from 'vitest';
import { CHART_CSV_HEADER, chartCsv, figureCsv } from '../../../src/charts/csv.ts';
import { datedRows } from '../../../src/charts/prepare.ts';
import { csvField, parseCsv, toCsv } from '../../../src/util/csv.ts';
import { FIGURES } from './fixture-figures.ts';

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(toCsv(['a', 'b'], [[1, 'x\ny']])).toBe('a,b\r\n1,"x\ny"\r\n');
  });

  it('round-trips through parseCsv', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['1, 2', 'say "hi"'],
        ['', 'x\r\ny'],
      ],
    );
    expect(parseCsv(csv)).toEqual([
      ['a', 'b'],
      ['1, 2', 'say "hi"'],
      ['', 'x\r\ny'],
    ]);
  });

  it('lists exactly the rows a chart draws, with unit, qualifier, note and source', () => {
    const members = FIGURES.filter((f) => f.id === 'medicen-members');
    const [header, ...rows] = parseCsv(chartCsv(datedRows(members)));
    expect(header).toEqual([
      'series',
      'category',
      'as_of',
      'value',
      'qualifier',
      'unit',
      'note',
      'source_publisher',
      'source_title',
      'source_url',
    ]);
    expect(rows).toEqual([
      [
        'medicen-members',
        '',
        '2010',
        '10',
        'exact',
        'organizations',
        '',
        'Publisher a',
        'Report a',
        'https://example.org/a',
      ],
      [
        'medicen-members',
        '',
        '2012-06',
        '20',
        'more-than',
        'organizations',
        'note, with "quotes"',
        'Publisher b',
        'Report b',
        'https://example.org/b',
      ],
    ]);
  });

  it('writes a whole figure series in the same columns', () => {
    const pharma = FIGURES.find((f) => f.id === 'region-pharma-companies')!;
    const rows = parseCsv(figureCsv(pharma)).slice(1);
    expect(rows.map((r) => [r[2], r[3]])).toEqual([
      ['2016', '5'],
      ['2018', '30'],
    ]);
  });
});
describe('figureCsv and spreadsheet formulas', () => {
  it('writes negative values as numbers and formula-like texts as text', () => {
    const csv = figureCsv({
      id: 'balance',
      label: { en: 'Balance' },
      scope: 'region',
      unit: 'EUR',
      values: [
        { as_of: '2024', value: -1.5, qualifier: 'exact', note: { en: '=HYPERLINK("https://evil.example")' } },
        { as_of: '2025', value: 2, qualifier: 'exact' },
      ],
      source: { publisher: '@publisher', title: '+title', url: 'https://example.org/' },
    });
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([...CHART_CSV_HEADER]);
    const col = (row: string[], name: (typeof CHART_CSV_HEADER)[number]) => row[CHART_CSV_HEADER.indexOf(name)];
    expect(rows.map((r) => col(r, 'value'))).toEqual(['-1.5', '2']);
    expect(col(rows[0]!, 'note')).toBe(`'=HYPERLINK("https://evil.example")`);
    expect(col(rows[1]!, 'source_publisher')).toBe("'@publisher");
    expect(col(rows[1]!, 'source_title')).toBe("'+title");
  });
});
