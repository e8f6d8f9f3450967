/** /data/charts/<id>.svg: each chart of the key-figures page as a standalone SVG file, in its language. */
import { chartPaths, chartSvg } from '../../../../data/endpoints.ts';

export const getStaticPaths = chartPaths;
export const GET = chartSvg;
