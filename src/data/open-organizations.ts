/**
 * The open-data records of the directory, built once per build from content
 * (English files, their French descriptions) by the pure src/open-data/organizations.ts.
 */
import {
  DATA_LICENCE,
  openOrganization,
  type OpenDataMeta,
  type OpenOrganization,
} from '../open-data/organizations.ts';
import { BUILD_DATE } from './charts.ts';
import { loadOrganizations } from './content.ts';
import { absoluteUrl } from './site-url.ts';

let records: Promise<OpenOrganization[]> | undefined;

async function build(): Promise<OpenOrganization[]> {
  const [orgs, french] = await Promise.all([loadOrganizations('en'), loadOrganizations('fr')]);
  const fr = new Map(french.filter((o) => o.translated).map((o) => [o.slug, o.textEntry]));
  return orgs.map((o) =>
    openOrganization(
      { slug: o.slug, ...o.entry.data },
      {
        description_en: o.entry.body ?? '',
        description_fr: fr.get(o.slug)?.body,
        page_en: absoluteUrl('en', `/members/${o.slug}/`),
        page_fr: absoluteUrl('fr', `/members/${o.slug}/`),
      },
    ),
  );
}

/** Every organization as published, in directory order (by name). */
export function loadOpenOrganizations(): Promise<OpenOrganization[]> {
  records ??= build();
  return records;
}

/** The metadata every organization file carries. */
export function openDataMeta(): OpenDataMeta {
  return {
    title: 'Member and partner organizations of Medicen Paris Region, with their sites',
    publisher: 'Medicen Paris Region website',
    source: absoluteUrl('en', '/members/'),
    documentation: absoluteUrl('en', '/data/'),
    licence: DATA_LICENCE,
    attribution:
      'Compiled by the Medicen Paris Region website from public sources; each organization lists the pages that support it in "sources".',
    generated: BUILD_DATE,
    as_of: BUILD_DATE,
  };
}
