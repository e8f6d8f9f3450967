import { describe, expect, it } from 'vitest';
import { overviewView, parseBox } from '../../../src/map/overview-view.ts';

describe('overviewView', () => {
  it('is the whole drawing, not zoomed, without a department', () => {
    expect(overviewView(620, 500)).toEqual({ viewBox: '0 0 620 500', zoom: 1 });
  });

  it("frames a department's box with a margin of 8% of its larger side", () => {
    // A box 100 wide and 50 high: 8 units of margin on each side.
    const view = overviewView(620, 500, [200, 300, 300, 350]);
    expect(view.viewBox).toBe('192 292 116 66');
    // 620 / 116 = 5.34, 500 / 66 = 7.58: the SVG keeps its proportions, so the width sets the zoom.
    expect(view.zoom).toBe(5.3);
  });

  it('never zooms out beyond the whole drawing', () => {
    expect(overviewView(620, 500, [0, 0, 620, 500]).zoom).toBe(1);
  });
});

describe('parseBox', () => {
  it('reads four numbers', () => {
    expect(parseBox('1.5 2 30 40.2')).toEqual([1.5, 2, 30, 40.2]);
  });

  it('gives undefined for anything else', () => {
    expect(parseBox(undefined)).toBeUndefined();
    expect(parseBox('')).toBeUndefined();
    expect(parseBox('1 2 3')).toBeUndefined();
    expect(parseBox('1 2 3 x')).toBeUndefined();
  });
});
