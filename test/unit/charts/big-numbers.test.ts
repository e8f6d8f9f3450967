import { describe, expect, it } from 'vitest';
import { bigNumbers, bigNumbersHeight, wrapLabel } from '../../../src/charts/big-numbers.ts';
import { assertWellFormed, marks, texts } from './helpers.ts';

describe('bigNumbers', () => {
  const items = [
    { key: 'hospitals', value: 39, valueLabel: '39', label: 'Hospitals of the AP-HP network', asOfLabel: '2018' },
    { key: 'researchers', value: 127868, valueLabel: '127,868', label: 'Researchers', asOfLabel: '2023' },
  ];
  const svg = bigNumbers(
    items,
    { width: 760, height: bigNumbersHeight(2, 2) },
    { id: 'b', title: 'T', desc: 'D', columns: 2 },
  );

  it('shows each value with its label and date', () => {
    assertWellFormed(svg);
    expect(marks(svg).map((m) => Number(m.attrs['data-value']))).toEqual([39, 127868]);
    for (const s of ['39', '127,868', 'Researchers', '2018', '2023']) expect(texts(svg)).toContain(s);
  });

  it('wraps long labels on three lines at most', () => {
    expect(wrapLabel('Hospitals of the AP-HP network', 12)).toEqual(['Hospitals of', 'the AP-HP', 'network']);
    expect(wrapLabel('Short', 12)).toEqual(['Short']);
    expect(wrapLabel('Hospitals in the largest network of the region', 12)).toHaveLength(3);
  });
});
