/**
 * Where the overview map (the SVG drawn at build) looks when a department is
 * filtered on: the department's box with a margin, and how much that zooms
 * the drawing in (its lines, dots and names are divided by it, to keep their
 * size on screen). Pure, for the page script and the unit tests.
 */

/** A box in the drawing's units: [x0, y0, x1, y1]. */
export type Box = readonly [number, number, number, number];

export interface OverviewView {
  /** The SVG viewBox attribute: "x y width height". */
  viewBox: string;
  /** How many times larger a unit of the drawing is on screen than in the whole view (1 = not zoomed). */
  zoom: number;
}

/** The share of the department's larger side left as a margin on each side. */
const MARGIN = 0.08;

/** The whole drawing (`box` undefined), or the department's box with a margin. */
export function overviewView(width: number, height: number, box?: Box): OverviewView {
  if (!box) return { viewBox: `0 0 ${width} ${height}`, zoom: 1 };
  const [x0, y0, x1, y1] = box;
  const pad = Math.max(x1 - x0, y1 - y0) * MARGIN;
  const w = x1 - x0 + 2 * pad;
  const h = y1 - y0 + 2 * pad;
  const round = (n: number) => Math.round(n * 10) / 10;
  // The SVG keeps its proportions (preserveAspectRatio "xMidYMid meet"): the tighter side sets the zoom.
  const zoom = Math.max(1, Math.min(width / w, height / h));
  return { viewBox: [x0 - pad, y0 - pad, w, h].map(round).join(' '), zoom: round(zoom) };
}

/** Reads a data-box attribute ("x0 y0 x1 y1"); undefined if it is not four numbers. */
export function parseBox(text: string | undefined): Box | undefined {
  const parts = (text ?? '').trim().split(/\s+/).map(Number);
  return parts.length === 4 && parts.every(Number.isFinite) ? (parts as unknown as Box) : undefined;
}
