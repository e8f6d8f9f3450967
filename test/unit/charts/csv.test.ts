import { describe, expect, it } from 'vitest';
import { CHART_CSV_HEADER, figureCsv } from '../../../src/charts/csv.ts';
import { parseCsv } from '../../../src/util/csv.ts';

describe('figureCsv', () => {
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
