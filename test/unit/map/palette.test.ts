import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../src/model/constants.ts';
import { countByHome } from '../../../src/map/counts.ts';
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

describe('countByHome', () => {
  it('counts organizations once each in their home department, ignoring outside and unknown', () => {
    const counts = countByHome([
      { home: '75' },
      { home: '75' },
      { home: '91' },
      { home: 'outside' },
      { home: 'unknown' },
    ]);
    expect(counts).toEqual({ '75': 2, '77': 0, '78': 0, '91': 1, '92': 0, '93': 0, '94': 0, '95': 0 });
  });
});
