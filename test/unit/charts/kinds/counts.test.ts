import { describe, expect, it } from 'vitest';
import { counts, prepareCounts } from '../../../../src/charts/kinds/counts.ts';
import { EN, INPUTS } from '../fixture-inputs.ts';
import { entry } from './entries.ts';

const byDepartment = counts.prepare(entry('counts', 'organizations-by-department'), EN)!;

describe('counts kind', () => {
  it('dates counts with the build date, cites the directory, and keeps their order', () => {
    const source = { title: 'Directory', url: 'https://example.org/members/', publisher: 'Site' };
    const p = prepareCounts(
      entry('counts', 'organizations-by-kind'),
      [
        { key: 'sme', value: 3 },
        { key: 'startup', value: 1 },
      ],
      '2026-01-02',
      source,
    );
    expect(p.rows.map((r) => [r.category, r.value, r.as_of, r.unit, r.source])).toEqual([
      ['sme', 3, '2026-01-02', 'organizations', source],
      ['startup', 1, '2026-01-02', 'organizations', source],
    ]);
    expect(byDepartment.rows[0]!.source?.url).toBe('https://example.org/members/');
  });

  it('counts departments in reading order, then members outside the region and of unknown place', () => {
    const labelOf = counts.labelOf(byDepartment, EN);
    expect(byDepartment.rows.map((r) => [labelOf(r), r.value])).toEqual([
      ['Paris (75)', 1],
      ['Essonne (91)', 2],
      ['Outside the Paris Region', 1],
      ['Location not known', 1],
    ]);
  });

  it('counts kinds largest first and areas in their order', () => {
    const byKind = counts.prepare(entry('counts', 'organizations-by-kind'), EN)!;
    expect(byKind.rows.map((r) => [r.category, r.value])).toEqual([
      ['sme', 3],
      ['research', 1],
      ['startup', 1],
    ]);
    const byArea = counts.prepare(entry('counts', 'organizations-by-area'), EN)!;
    expect(byArea.rows.map((r) => counts.labelOf(byArea, EN)(r))).toEqual(['Imaging', 'Digital health']);
  });

  it('gives titles the largest category, its count and how many organizations are listed', () => {
    const labelOf = counts.labelOf(byDepartment, EN);
    expect(counts.titleParams(byDepartment, { ...EN, labelOf })).toEqual({
      top: 'Essonne (91)',
      count: 2,
      total: INPUTS.orgs.length,
    });
  });
});
