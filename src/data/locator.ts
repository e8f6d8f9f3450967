/**
 * The small static map of a member page, drawn once per build. Its layers
 * are shared files (/data/locator/<layer>.svg) that every member page
 * stacks with <image>: the region, one shaded fill per department, the
 * outlines on top. A page then carries only its dots and the names of its
 * layers, a few hundred bytes instead of the outlines (about 30 KB) in each
 * of thousands of pages.
 */
import { drawStaticMap } from '../map/static-map.ts';
import { basemap } from './map.ts';

export const locatorMap = drawStaticMap(basemap, 260, 210, 6);

/** The colours of the layers (they are files of their own, styled by attributes). */
const REGION_FILL = '#fff';
const SHADE_FILL = '#bfe3e8';
const DEPARTMENT_LINE = '#7d8ca3';
const REGION_LINE = '#0b2545';

function svgFile(body: string): string {
  const { width, height } = locatorMap;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${body}</svg>\n`;
}

/** The layer files, by name: region, lines, and shade-<code> for each department. */
export function locatorLayers(): { name: string; svg: string }[] {
  const { region, departments } = locatorMap;
  return [
    { name: 'region', svg: svgFile(`<path d="${region}" fill="${REGION_FILL}"/>`) },
    ...departments.map((d) => ({ name: `shade-${d.code}`, svg: svgFile(`<path d="${d.d}" fill="${SHADE_FILL}"/>`) })),
    {
      name: 'lines',
      svg: svgFile(
        departments
          .map((d) => `<path d="${d.d}" fill="none" stroke="${DEPARTMENT_LINE}" stroke-width="0.8"/>`)
          .join('') + `<path d="${region}" fill="none" stroke="${REGION_LINE}" stroke-width="1.5"/>`,
      ),
    },
  ];
}
