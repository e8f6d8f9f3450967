import { describe, expect, it } from 'vitest';
import { CHARTS, type FigureChartSpec } from '../../../src/charts/catalogue.ts';
import { latestAsOf, prepareChart, prepareCounts, sourcesOf } from '../../../src/charts/prepare.ts';
import { csvField, parseCsv, toCsv } from '../../../src/util/csv.ts';
import { chartCsv, figureCsv } from '../../../src/charts/csv.ts';
import { FIGURES } from './fixture-figures.ts';

const spec = (id: string) => CHARTS.find((c) => c.id === id) as FigureChartSpec;

describe('prepareChart', () => {
  it('takes every dated value of a time series, oldest first, with the value’s own source', () => {
    const p = prepareChart(spec('medicen-members'), FIGURES)!;
    expect(p.rows.map((r) => [r.as_of, r.value, r.qualifier, r.source?.publisher])).toEqual([
      ['2010', 10, 'exact', 'Publisher a'],
      ['2012-06', 20, 'more-than', 'Publisher b'],
    ]);
  });

  it('takes the latest value of each series for category bars, in the catalogue’s order', () => {
    const p = prepareChart(spec('region-life-science-companies'), FIGURES)!;
    expect(p.rows.map((r) => [r.category, r.as_of, r.value])).toEqual([
      ['region-life-science-companies', '2018', 90],
      ['region-medtech-companies', '2018', 40],
      ['region-pharma-companies', '2018', 30],
    ]);
  });

  it('leaves a chart out when content has none of its series, or not the total of a part chart', () => {
    expect(prepareChart(spec('sanofi-employees'), FIGURES)).toBeUndefined();
    const noTotal = FIGURES.filter((f) => f.id !== 'medicen-investment');
    expect(prepareChart(spec('medicen-investment'), noTotal)).toBeUndefined();
    expect(prepareChart(spec('medicen-investment'), FIGURES)!.rows).toHaveLength(3);
  });

  it('lists each source once with the dates it gave, and finds the latest date', () => {
    const p = prepareChart(spec('medicen-members'), FIGURES)!;
    expect(sourcesOf(p.rows).map((s) => [s.source.publisher, s.dates])).toEqual([
      ['Publisher a', ['2010']],
      ['Publisher b', ['2012-06']],
    ]);
    expect(latestAsOf(p.rows)).toBe('2012-06');
  });
});

describe('prepareCounts', () => {
  it('dates counts with the build date and keeps their order', () => {
    const source = { title: 'Directory', url: 'https://example.org/members/', publisher: 'Site' };
    const p = prepareCounts(
      CHARTS.find((c) => c.id === 'organizations-by-kind')!,
      [
        { key: 'sme', value: 3 },
        { key: 'startup', value: 1 },
      ],
      '2026-01-02',
      source,
    );
    expect(p.rows.map((r) => [r.category, r.value, r.as_of, r.unit])).toEqual([
      ['sme', 3, '2026-01-02', 'organizations'],
      ['startup', 1, '2026-01-02', 'organizations'],
    ]);
  });
});

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
    const p = prepareChart(spec('medicen-members'), FIGURES)!;
    const [header, ...rows] = parseCsv(chartCsv(p.rows));
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
