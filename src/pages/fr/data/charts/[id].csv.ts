/** The values each chart draws, one line per value, with source and date, in this language. */
import { chartCsvFile, chartPaths } from '../../../../data/endpoints.ts';

export const getStaticPaths = chartPaths('fr');
export const GET = chartCsvFile;
