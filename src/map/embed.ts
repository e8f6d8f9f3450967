/**
 * The code another site pastes to embed the map: an <iframe> of /embed/map/
 * with the current filters in its address, a title naming it for screen
 * readers, and a size that shows the region and the list. Used by the page at
 * build time and by its script when the filters change.
 */
import { escapeXml } from '../util/escape.ts';

/** The frame's size in CSS pixels; `max-width: 100%` lets it shrink in a narrow column. */
export const MAP_EMBED_SIZE = { width: 800, height: 640 } as const;

/** The <iframe> snippet for an embed address (filters included) and its title, escaped for HTML. */
export function mapEmbedCode(src: string, title: string): string {
  const { width, height } = MAP_EMBED_SIZE;
  return (
    `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="${width}" height="${height}"` +
    ` style="border:0;max-width:100%" loading="lazy"></iframe>`
  );
}
