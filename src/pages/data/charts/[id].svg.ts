/** Each chart of the key-figures page as a standalone SVG file, in this language. */
import { chartPaths, chartSvg } from '../../../data/endpoints.ts';

export const getStaticPaths = chartPaths('en');
export const GET = chartSvg;
