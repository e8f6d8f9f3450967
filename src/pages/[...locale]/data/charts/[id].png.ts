/** /data/charts/<id>.png: each chart of the key-figures page as a 1200 px PNG with its title, sources and date. */
import { chartPaths, chartPngFile } from '../../../../data/endpoints.ts';

export const getStaticPaths = chartPaths;
export const GET = chartPngFile;
