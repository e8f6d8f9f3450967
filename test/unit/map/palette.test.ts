import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../src/model/constants.ts';
import { countByDepartment, countSitesByKindGroup } from '../../../src/map/counts.ts';
import {
  CHOROPLETH_COLORS,
  KIND_GROUPS,
  choroplethBreaks,
  choroplethClass,
  choroplethRanges,
  choroplethColor,
  choroplethShades,
  kindColor,
  kindGroup,
} from '../../../src/map/palette.ts';

describe('kind colours', () => {
  it('puts every kind in exactly one family', () => {
    for (const kind of KINDS) {
      expect(KIND_GROUPS.filter((g) => (g.kinds as readonly string[]).includes(kind))).toHaveLength(1);
    }
  });
  it('gives each family its own colour', () => {
    expect(new Set(KIND_GROUPS.map((g) => g.color)).size).toBe(KIND_GROUPS.length);
  });
  it('colours a kind by its family, and an unknown kind as "other"', () => {
    expect(kindColor('startup')).toBe(kindColor('large-company'));
    expect(kindColor('hospital')).not.toBe(kindColor('research'));
    expect(kindGroup('spaceship').id).toBe('other');
  });
});

describe('choropleth classes', () => {
  it('keeps the lightest class for zero and the darkest for the maximum', () => {
    expect(choroplethClass(0, 30)).toBe(0);
    expect(choroplethClass(30, 30)).toBe(4);
    expect(choroplethColor(30, 30)).toBe(CHOROPLETH_COLORS[4]);
  });
  it('grows with the count, with geometric breaks so that small counts do not share one pale class', () => {
    // With Paris at 45, departments of 2, 3, 8 and 10 organizations fall in three different classes.
    expect(choroplethBreaks(45)).toEqual([1, 3, 7, 18]);
    expect([1, 2, 3, 8, 10, 45].map((n) => choroplethClass(n, 45))).toEqual([1, 1, 2, 3, 3, 4]);
    const classes = [1, 8, 15, 22, 29].map((n) => choroplethClass(n, 30));
    expect(classes).toEqual([...classes].sort((a, b) => a - b));
  });
  it('names each non-empty class by its range of counts', () => {
    expect(choroplethRanges(45)).toEqual([
      { cls: 0, from: 0, to: 0 },
      { cls: 1, from: 1, to: 2 },
      { cls: 2, from: 3, to: 6 },
      { cls: 3, from: 7, to: 17 },
      { cls: 4, from: 18, to: 45 },
    ]);
    expect(choroplethRanges(2).map((r) => [r.from, r.to])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });
  it('handles a map with no organization', () => {
    expect(choroplethClass(0, 0)).toBe(0);
  });
});

describe('countByDepartment', () => {
  it('counts an organization in every region department where it has a site, once each', () => {
    const counts = countByDepartment([
      { departments: ['75'] },
      { departments: ['75', '91', '75'] },
      { departments: ['91', '80'] },
      { departments: [] },
    ]);
    expect(counts).toEqual({ '75': 2, '77': 0, '78': 0, '91': 2, '92': 0, '93': 0, '94': 0, '95': 0 });
  });
});

describe('countSitesByKindGroup', () => {
  it('counts each listed site once, in the family of its organization', () => {
    const counts = countSitesByKindGroup([
      { kind: 'sme', siteIds: [0, 1] },
      { kind: 'sme', siteIds: [1, 2] }, // the same organization under a second department: site 1 again
      { kind: 'hospital', siteIds: [3] },
      { kind: 'startup', siteIds: [] },
    ]);
    expect(counts).toEqual({ company: 3, hospital: 1 });
  });
});

describe('choroplethShades', () => {
  it('colours each department by its class, the largest count in the darkest', () => {
    const shades = choroplethShades({ '75': 24, '91': 8, '95': 0 });
    expect(shades).toEqual({ '75': CHOROPLETH_COLORS[4], '91': choroplethColor(8, 24), '95': CHOROPLETH_COLORS[0] });
  });
  it('gives the lightest shade everywhere when no department counts anything', () => {
    expect(choroplethShades({ '75': 0, '92': 0 })).toEqual({ '75': CHOROPLETH_COLORS[0], '92': CHOROPLETH_COLORS[0] });
  });
});
