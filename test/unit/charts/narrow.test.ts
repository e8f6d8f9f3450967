import { describe, expect, it } from 'vitest';
import { narrowChart, NARROW_WIDTH } from '../../../src/charts/narrow.ts';
import type { ChartRow } from '../../../src/charts/prepare.ts';

const row = (as_of: string, value: number, qualifier: ChartRow['qualifier'] = 'exact'): ChartRow => ({
  series: 'members',
  category: as_of,
  as_of,
  value,
  qualifier,
  unit: 'organizations',
  note: undefined,
  source: undefined,
});
const words = {
  id: 'chart-members',
  title: 'Members',
  locale: 'en' as const,
  labelOf: () => 'Members',
  chartText: () => '',
};

describe('the narrow drawing of a chart', () => {
  const svg = narrowChart([row('2005', 63), row('2023-03', 530, 'about')], words, { bars: true });

  it('is drawn 320 wide, with text no smaller than 13', () => {
    expect(svg).toContain(`viewBox="0 0 ${NARROW_WIDTH} `);
    const sizes = [...svg.matchAll(/font-size="(\d+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(13);
  });

  it('writes every value with its date and precision, under ids of its own', () => {
    expect(svg).toContain('>2005<');
    expect(svg).toContain('>March 2023<');
    expect(svg).toContain('>about 530<');
    expect(svg.match(/class="narrow-mark"/g)).toHaveLength(2);
    expect(svg).toContain('id="chart-members-narrow-title"');
  });
});
