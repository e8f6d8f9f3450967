/**
 * Fills `{name}` placeholders, for interface text rendered by `t()` at build
 * time and completed in the browser (a count, a query). Same rule as `t()`:
 * an unknown placeholder is left as it is.
 */
export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
