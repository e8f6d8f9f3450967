/** /data/charts/<id>.csv: the values each chart draws, one line per value, with source and date. */
import { chartCsvFile, chartPaths } from '../../../../data/endpoints.ts';

export const getStaticPaths = chartPaths;
export const GET = chartCsvFile;
