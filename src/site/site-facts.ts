/**
 * The site-wide facts of content/site.json (contact, how to join, legal
 * notice): which are filled, what the site shows of them, and which are still
 * empty. The site shows only what is filled, never a placeholder: the
 * /contact/ and /legal/ pages exist only once their required fields are, and
 * `npm run check:content` lists the fields still empty for editors.
 */
import type { SiteFacts } from '../content.config.ts';

/** The file editors fill, from the project root. */
export const SITE_FACTS_FILE = 'content/site.json';

type Address = NonNullable<SiteFacts['contact']['address']>;

/** The lines of a postal address as the post office writes them: street, "postcode city", country. */
export function addressLines(address: Address | undefined): string[] {
  if (!address) return [];
  const town = [address.postcode, address.city].filter(Boolean).join(' ');
  return [address.street, town, address.country].filter((line): line is string => Boolean(line));
}

/** Whether there is a way to reach the cluster (address, e-mail or telephone): the /contact/ page exists then. */
export function hasContactPage(site: SiteFacts): boolean {
  const { contact } = site;
  return addressLines(contact.address).length > 0 || Boolean(contact.email) || Boolean(contact.telephone);
}

/** Whether the legal notice has what the law asks first (publisher, director of publication, host): /legal/ exists then. */
export function hasLegalPage(site: SiteFacts): boolean {
  const { legal } = site;
  return Boolean(legal.publisher) && Boolean(legal.director) && Boolean(legal.host?.name);
}

/** Whether anything of the contact block is filled: a way to reach the cluster, a social account or how to join. */
export function hasContactBlock(site: SiteFacts): boolean {
  return hasContactPage(site) || (site.contact.social ?? []).length > 0 || Boolean(site.join.url || site.join.text);
}

/** Each site-wide fact editors are asked for, with whether it is filled. */
const EXPECTED: readonly [field: string, filled: (site: SiteFacts) => boolean][] = [
  ['contact.address', (s) => addressLines(s.contact.address).length > 0],
  ['contact.email', (s) => Boolean(s.contact.email)],
  ['contact.telephone', (s) => Boolean(s.contact.telephone)],
  ['contact.social', (s) => (s.contact.social ?? []).length > 0],
  ['join.url', (s) => Boolean(s.join.url)],
  ['legal.publisher', (s) => Boolean(s.legal.publisher)],
  ['legal.director', (s) => Boolean(s.legal.director)],
  ['legal.host.name', (s) => Boolean(s.legal.host?.name)],
  ['legal.registered_office', (s) => Boolean(s.legal.registered_office)],
];

/** The site-wide facts still empty, as field paths of content/site.json ("contact.email"). */
export function missingSiteFacts(site: SiteFacts): string[] {
  return EXPECTED.filter(([, filled]) => !filled(site)).map(([field]) => field);
}

/**
 * The notice `npm run check:content` prints (and the change report repeats)
 * while site-wide facts are empty: not a failure, a reminder. Empty when all
 * are filled.
 */
export function siteFactsNotice(site: SiteFacts): string[] {
  const missing = missingSiteFacts(site);
  if (missing.length === 0) return [];
  const lines = [`${SITE_FACTS_FILE}: ${missing.length} site-wide fact(s) still empty: ${missing.join(', ')}.`];
  if (!hasContactPage(site)) {
    lines.push('  No /contact/ page until contact.address, contact.email or contact.telephone is filled.');
  }
  if (!hasLegalPage(site)) {
    lines.push(
      '  No /legal/ page (legal notice) until legal.publisher, legal.director and legal.host.name are filled.',
    );
  }
  lines.push(
    '  The site shows only what is filled. The cluster’s communication team and the director of publication can provide them; see CONTRIBUTING.md, "Contact, membership and legal notice".',
  );
  return lines;
}
