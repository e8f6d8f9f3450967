/**
 * Structured data (schema.org, as JSON-LD) that tells search engines what a
 * page is about: an Organization for each organization page, a Dataset for
 * each figure series, an Article for each success story, and a
 * BreadcrumbList for every page below the home page. Pure builders from plain
 * values; every address passed in is already absolute.
 */
import { APPROXIMATE_PRECISIONS, type Precision } from '../model/constants.ts';

export type JsonLd = { '@context'?: string; '@type': string } & Record<string, unknown>;

const CONTEXT = 'https://schema.org';

/** A named thing with its page on this site (or elsewhere). */
export interface Named {
  name: string;
  url: string;
}

/**
 * The JSON text of one or more blocks, safe inside <script type="application/ld+json">:
 * "<" is written \u003c so that no "</script>" or "<!--" in content can end the
 * script element, and the line separators JavaScript once rejected are escaped too.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The trail from the home page down to the page itself, which comes last. */
export function breadcrumbList(crumbs: readonly Named[]): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}

export interface SiteInput {
  label: string;
  city: string;
  postcode?: string | undefined;
  lat: number;
  lon: number;
  precision: Precision;
}

export interface OrganizationInput extends Named {
  description: string;
  /** Its own website, which is the same organization elsewhere (sameAs). */
  website?: string | undefined;
  sites: readonly SiteInput[];
  /** The cluster, when a source names the organization a member. */
  memberOf?: Named | undefined;
  /** What it works on: its fields and strategic areas. */
  keywords?: readonly string[] | undefined;
  inLanguage: string;
}

/**
 * A place of an organization. Coordinates are given only when they locate the
 * site itself (an address or a campus): a town centre or a district is an
 * approximation the page labels as such, and would mislead as a position.
 */
function place(site: SiteInput): JsonLd {
  const address: JsonLd = { '@type': 'PostalAddress', addressLocality: site.city, addressCountry: 'FR' };
  if (site.postcode) address.postalCode = site.postcode;
  const out: JsonLd = { '@type': 'Place', name: site.label, address };
  if (!APPROXIMATE_PRECISIONS.includes(site.precision)) {
    out.geo = { '@type': 'GeoCoordinates', latitude: site.lat, longitude: site.lon };
  }
  return out;
}

export function organizationLd(o: OrganizationInput): JsonLd {
  const out: JsonLd = {
    '@context': CONTEXT,
    '@type': 'Organization',
    name: o.name,
    url: o.url,
    description: o.description,
  };
  if (o.website) out.sameAs = [o.website];
  if (o.sites.length > 0) {
    out.address = o.sites.map((s) => place(s).address);
    out.location = o.sites.map(place);
  }
  if (o.memberOf) out.memberOf = { '@type': 'Organization', name: o.memberOf.name, url: o.memberOf.url };
  if (o.keywords && o.keywords.length > 0) out.keywords = o.keywords.join(', ');
  out.mainEntityOfPage = o.url;
  out.inLanguage = o.inLanguage;
  return out;
}

export interface DatasetInput extends Named {
  description: string;
  /** The "as of" dates of the values, oldest first (YYYY, YYYY-MM or YYYY-MM-DD). */
  asOf: readonly string[];
  /** The series as CSV. */
  csvUrl: string;
  /** Its preview image: the latest value in large type. */
  image?: string | undefined;
  creator: Named;
  /** The page stating the data's licence; left out when there is none. */
  license?: string | undefined;
  /** The publications the values come from. */
  sources: readonly string[];
  /** What is counted and in which unit, e.g. "Members of the cluster (organizations)". */
  variableMeasured: string;
  inLanguage: string;
}

/** A series' time span as ISO 8601: one date, or an interval "2005/2023-03". */
export function temporalCoverage(asOf: readonly string[]): string | undefined {
  const first = asOf[0];
  const last = asOf[asOf.length - 1];
  if (!first || !last) return undefined;
  return first === last ? first : `${first}/${last}`;
}

export function datasetLd(d: DatasetInput): JsonLd {
  const out: JsonLd = {
    '@context': CONTEXT,
    '@type': 'Dataset',
    name: d.name,
    description: d.description,
    url: d.url,
    creator: { '@type': 'Organization', name: d.creator.name, url: d.creator.url },
    variableMeasured: d.variableMeasured,
    distribution: [{ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: d.csvUrl }],
    inLanguage: d.inLanguage,
  };
  const coverage = temporalCoverage(d.asOf);
  if (coverage) out.temporalCoverage = coverage;
  const modified = d.asOf[d.asOf.length - 1];
  if (modified) out.dateModified = modified;
  if (d.image) out.image = d.image;
  if (d.license) out.license = d.license;
  const sources = [...new Set(d.sources)];
  if (sources.length > 0) out.isBasedOn = sources;
  return out;
}

export interface ArticleInput extends Named {
  description: string;
  image: string;
  inLanguage: string;
  publisher: Named;
  /** The organizations the story is about. */
  about: readonly Named[];
  /** The strategic areas it belongs to. */
  sections: readonly string[];
  /** The public pages that support it. */
  sources: readonly string[];
  /** When it was published, only if the content says so (never guessed). */
  datePublished?: string | undefined;
}

export function articleLd(a: ArticleInput): JsonLd {
  const out: JsonLd = {
    '@context': CONTEXT,
    '@type': 'Article',
    headline: a.name,
    name: a.name,
    description: a.description,
    url: a.url,
    mainEntityOfPage: a.url,
    image: a.image,
    inLanguage: a.inLanguage,
    publisher: { '@type': 'Organization', name: a.publisher.name, url: a.publisher.url },
  };
  if (a.datePublished) out.datePublished = a.datePublished;
  if (a.about.length > 0) out.about = a.about.map((o) => ({ '@type': 'Organization', name: o.name, url: o.url }));
  if (a.sections.length > 0) out.articleSection = [...a.sections];
  if (a.sources.length > 0) out.citation = [...a.sources];
  return out;
}

export interface ClusterInput extends Named {
  description: string;
  /** The postal address lines' parts, as content/site.json gives them; left out when empty. */
  address?:
    | {
        street?: string | undefined;
        postcode?: string | undefined;
        city?: string | undefined;
        country?: string | undefined;
      }
    | undefined;
  email?: string | undefined;
  telephone?: string | undefined;
  /** The cluster's own accounts on social networks (sameAs). */
  social?: readonly string[] | undefined;
  /** Who runs it: the president and the chief executive. */
  leaders?: readonly { name: string; role: string }[] | undefined;
  inLanguage: string;
}

/**
 * The cluster itself as a schema.org Organization: name, site, description,
 * and, only when content/site.json fills them, its postal address, e-mail,
 * telephone and social accounts (nothing is made up for an empty field).
 */
export function clusterLd(c: ClusterInput): JsonLd {
  const out: JsonLd = {
    '@context': CONTEXT,
    '@type': 'Organization',
    name: c.name,
    url: c.url,
    description: c.description,
  };
  const a = c.address;
  if (a && (a.street || a.postcode || a.city || a.country)) {
    const address: JsonLd = { '@type': 'PostalAddress' };
    if (a.street) address.streetAddress = a.street;
    if (a.postcode) address.postalCode = a.postcode;
    if (a.city) address.addressLocality = a.city;
    if (a.country) address.addressCountry = a.country;
    out.address = address;
  }
  if (c.email) out.email = c.email;
  if (c.telephone) out.telephone = c.telephone;
  if (c.social && c.social.length > 0) out.sameAs = [...c.social];
  if (c.leaders && c.leaders.length > 0) {
    out.member = c.leaders.map((l) => ({
      '@type': 'OrganizationRole',
      roleName: l.role,
      member: { '@type': 'Person', name: l.name },
    }));
  }
  out.inLanguage = c.inLanguage;
  return out;
}
