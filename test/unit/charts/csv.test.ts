import { describe, expect, it } from 'vitest';
import { chartCsv, figureCsv } from '../../../src/charts/csv.ts';
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
