/**
 * Escaping for text written into SVG markup. The charts are inserted into
 * pages as raw markup (set:html), so every string that comes from content (an
 * organization's name, a figure's label) must pass through here first.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an element or a double-quoted attribute of SVG/XML. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
