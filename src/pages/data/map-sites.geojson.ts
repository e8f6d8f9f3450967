/** Every site as a point, with labels in this language: fetched by the interactive map when it starts. */
import { mapSitesEndpoint } from '../../data/endpoints.ts';

export const GET = mapSitesEndpoint('en');
