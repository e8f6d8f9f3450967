/** Reading chart SVG strings in tests: marks, their attributes, and text. */

/** Every `<g class="mark" ...>` group, with its data-* attributes and inner markup. */
export function marks(svg: string): { attrs: Record<string, string>; body: string }[] {
  return [...svg.matchAll(/<g class="mark"([^>]*)>(.*?)<\/g>/g)].map((m) => ({
    attrs: Object.fromEntries([...m[1]!.matchAll(/ ([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
    body: m[2]!,
  }));
}

/** A numeric attribute of the first element with a given tag and class in some markup. */
export function numAttr(markup: string, selector: RegExp, name: string): number {
  const el = markup.match(selector)?.[0] ?? '';
  const v = el.match(new RegExp(` ${name}="([^"]*)"`))?.[1];
  return Number(v);
}

/** The text content of every <text> element. */
export function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
}

/** Fails when the SVG holds NaN/undefined or lacks its role and accessible name. */
export function assertWellFormed(svg: string): void {
  if (/NaN|undefined|Infinity/.test(svg)) throw new Error('the SVG contains NaN, undefined or Infinity');
  if (!/^<svg [^>]*role="img"[^>]*aria-labelledby="([^"]+) ([^"]+)"/.test(svg))
    throw new Error('no role/aria-labelledby');
}
