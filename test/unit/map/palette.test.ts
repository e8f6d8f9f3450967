import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../src/model/constants.ts';
import { countByDepartment } from '../../../src/map/counts.ts';
import {
  CHOROPLETH_COLORS,
  KIND_GROUPS,
  choroplethClass,
  choroplethColor,
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
  it('grows with the count in between', () => {
    const classes = [1, 8, 15, 22, 29].map((n) => choroplethClass(n, 30));
    expect(classes).toEqual([...classes].sort((a, b) => a - b));
    expect(classes.every((c) => c >= 1 && c <= 3)).toBe(true);
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
