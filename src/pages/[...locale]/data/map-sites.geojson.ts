/** /data/map-sites.geojson: every site as a point, labels in the page's language; fetched by the interactive map. */
import { localePaths } from '../../../data/paths.ts';
import { mapSitesFile } from '../../../data/endpoints.ts';

export const getStaticPaths = localePaths;
export const GET = mapSitesFile;
