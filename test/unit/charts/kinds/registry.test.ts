import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../../../src/charts/catalogue.ts';
import { KINDS, kindOf } from '../../../../src/charts/kinds/registry.ts';
import { time } from '../../../../src/charts/kinds/time.ts';
import { EN } from '../fixture-inputs.ts';
import { assertWellFormed, marks } from '../helpers.ts';
import { drawText } from './entries.ts';

describe('the kind registry', () => {
  it('has one module per kind of chart', () => {
    expect(Object.keys(KINDS).sort()).toEqual(['bars', 'bars-by-date', 'counts', 'numbers', 'part', 'time']);
  });

  it('gives each catalogue entry the module of its kind', () => {
    for (const spec of CHARTS) expect(kindOf(spec), spec.id).toBe(KINDS[spec.kind]);
  });

  it('prepares and draws every catalogue chart that has data with its kind’s module, a mark per row', () => {
    let drawn = 0;
    for (const spec of CHARTS) {
      const kind = kindOf(spec);
      const prepared = kind.prepare(spec, EN);
      if (!prepared) continue;
      const svg = kind.draw(prepared, drawText(kind.labelOf(prepared, EN)));
      assertWellFormed(svg);
      // A part chart draws a mark per total, its part inside it.
      if (spec.kind !== 'part') expect(marks(svg), spec.id).toHaveLength(prepared.rows.length);
      drawn += 1;
    }
    expect(drawn).toBe(6);
  });

  it('is typed so that a kind without its module does not compile', () => {
    // @ts-expect-error: every kind of the catalogue needs its module.
    const incomplete: typeof KINDS = { time };
    expect(Object.keys(incomplete)).toEqual(['time']);
  });
});
