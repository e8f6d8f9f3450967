import { describe, expect, it } from 'vitest';
import { buildChartModels } from '../../../src/charts/model.ts';
import { parseCsv } from '../../../src/util/csv.ts';
import { chartCsv } from '../../../src/charts/csv.ts';
import { marks } from './helpers.ts';
import { INPUTS } from './fixture-inputs.ts';

const inputs = INPUTS;
const models = buildChartModels(inputs, 'en');
const model = (id: string) => models.find((m) => m.id === id)!;

describe('buildChartModels', () => {
  it('builds only the charts whose series exist, plus the three directory counts', () => {
    expect(models.map((m) => m.id)).toEqual([
      'medicen-members',
      'medicen-investment',
      'region-life-science-companies',
      'organizations-by-department',
      'organizations-by-kind',
      'organizations-by-area',
    ]);
  });

  it('words each title from the data it draws', () => {
    expect(model('medicen-members').title).toBe(
      'The cluster grew from 10 members in 2010 to more than 20 in June 2012',
    );
    expect(model('medicen-investment').title).toBe(
      'About EUR\u00a01bn invested in the cluster’s projects by 2017; public funding was EUR\u00a0250m of about EUR\u00a01bn (25%) as of 2017',
    );
    expect(model('region-life-science-companies').title).toBe(
      'More than 90 life-science companies in the Paris Region; medtech is the largest sector counted (40)',
    );
    expect(model('organizations-by-department').title).toBe(
      'Essonne (91) is home to the most organizations listed: 2 of 5',
    );
    expect(model('organizations-by-kind').title).toBe('The most common kind of organization listed is SME: 3 of 5');
  });

  it('counts the directory so that the departments add up to the total', () => {
    const rows = model('organizations-by-department').prepared.rows;
    expect(rows.map((r) => [r.category, r.value])).toEqual([
      ['75', 1],
      ['91', 2],
      ['outside', 1],
      ['unknown', 1],
    ]);
    expect(rows.reduce((s, r) => s + r.value, 0)).toBe(inputs.orgs.length);
    expect(model('organizations-by-area').prepared.rows.map((r) => r.value)).toEqual([2, 2]);
  });

  it('gives every chart sources, an "as of" date, downloads and a citation', () => {
    for (const m of models) {
      expect(m.sources.length, m.id).toBeGreaterThan(0);
      expect(m.asOf, m.id).toMatch(/^\d{4}/);
      expect(m.csvPath).toBe(`/data/charts/${m.id}.csv`);
      expect(m.svgPath).toBe(`/data/charts/${m.id}.svg`);
      expect(m.citation, m.id).toContain(`https://example.org/figures/#${m.id}`);
      expect(m.citation, m.id).toContain('accessed 2 January 2026');
    }
    expect(model('medicen-members').citation).toBe(
      'Medicen Paris Region, Key figures: Members over time, data as of June 2012, https://example.org/figures/#medicen-members, accessed 2 January 2026.',
    );
  });

  it('draws in each SVG exactly the values its CSV lists', () => {
    for (const m of models) {
      const csvRows = parseCsv(chartCsv(m.prepared.rows)).slice(1);
      const drawn = marks(m.svg);
      if (m.prepared.spec.kind === 'part') {
        // A part chart draws each total as a bar and its part inside it (data-part).
        const drawnValues = drawn
          .flatMap((g) => [g.attrs['data-value'], g.attrs['data-part']])
          .filter(Boolean)
          .sort();
        expect(drawnValues, m.id).toEqual(csvRows.map((r) => r[3]).sort());
      } else {
        expect(
          drawn.map((g) => g.attrs['data-value']),
          m.id,
        ).toEqual(csvRows.map((r) => r[3]));
        const keys = drawn.map((g) => g.attrs['data-key'] ?? g.attrs['data-as-of']);
        expect(keys, m.id).toEqual(csvRows.map((r) => (m.prepared.spec.kind === 'time' ? r[2] : r[1])));
      }
    }
  });

  it('keeps the data table in step with the drawn rows', () => {
    const m = model('medicen-members');
    expect(m.table.map((r) => [r.asOf, r.value, r.note])).toEqual([
      ['2010', '10', ''],
      ['2012-06', 'more than 20', 'note, with "quotes"'],
    ]);
    expect(m.figureIds).toEqual(['medicen-members']);
  });
});
