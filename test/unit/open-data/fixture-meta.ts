/** The metadata of the open-data files in unit tests. */
import { DATA_LICENCE, type OpenDataMeta } from '../../../src/open-data/organizations.ts';

export const meta: OpenDataMeta = {
  title: 'Organizations',
  publisher: 'Test',
  source: 'https://example.org/members/',
  documentation: 'https://example.org/data/',
  licence: DATA_LICENCE,
  attribution: 'From public sources',
  generated: '2025-06-01',
  as_of: '2025-06-01',
};
