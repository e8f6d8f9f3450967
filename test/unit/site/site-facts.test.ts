import { describe, expect, it } from 'vitest';
import { clusterSchema, siteFactsSchema, type SiteFacts } from '../../../src/content.config.ts';
import {
  addressLines,
  hasContactBlock,
  hasContactPage,
  hasLegalPage,
  missingSiteFacts,
  siteFactsNotice,
} from '../../../src/site/site-facts.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const read = (path: string): unknown => JSON.parse(readFileSync(resolve(root, path), 'utf8'));
const empty: SiteFacts = siteFactsSchema.parse({});
const filled: SiteFacts = siteFactsSchema.parse(read('test/fixtures/site-facts/site.json'));
const facts = (value: unknown) => siteFactsSchema.parse(value);

describe('content/site.json schema', () => {
  it('accepts the real file (empty) and the filled fixture', () => {
    expect(siteFactsSchema.safeParse(read('content/site.json')).success).toBe(true);
    expect(filled.contact.email).toBe('contact@example.org');
  });
  it('makes every field optional: an empty object is valid and gives empty groups', () => {
    expect(empty).toEqual({ contact: {}, join: {}, legal: {} });
  });
  it('rejects a malformed e-mail, postcode, telephone or web address, and unknown fields', () => {
    const bad = [
      { contact: { email: 'contact at example.org' } },
      { contact: { address: { postcode: '750' } } },
      { contact: { telephone: 'call us' } },
      { join: { url: 'example.org/join' } },
      { contact: { social: [{ name: 'X' }] } },
      { contact: { emial: 'contact@example.org' } },
      { legal: { director: '' } },
    ];
    for (const value of bad) expect(siteFactsSchema.safeParse(value).success, JSON.stringify(value)).toBe(false);
  });
});

describe('what the site shows of the site-wide facts', () => {
  it('writes an address as the post office does, skipping missing parts', () => {
    expect(addressLines(filled.contact.address)).toEqual(['1 rue de l’Exemple', '75013 Paris', 'France']);
    expect(addressLines({ city: 'Paris' })).toEqual(['Paris']);
    expect(addressLines(undefined)).toEqual([]);
  });
  it('shows nothing, and makes no page, while everything is empty', () => {
    expect(hasContactBlock(empty)).toBe(false);
    expect(hasContactPage(empty)).toBe(false);
    expect(hasLegalPage(empty)).toBe(false);
  });
  it('makes the contact page from an address, an e-mail or a telephone, but not from social accounts alone', () => {
    expect(hasContactPage(facts({ contact: { email: 'a@example.org' } }))).toBe(true);
    expect(hasContactPage(facts({ contact: { address: { city: 'Paris' } } }))).toBe(true);
    const socialOnly = facts({ contact: { social: [{ name: 'LinkedIn', url: 'https://example.org/x' }] } });
    expect(hasContactPage(socialOnly)).toBe(false);
    expect(hasContactBlock(socialOnly)).toBe(true);
    expect(hasContactBlock(facts({ join: { url: 'https://example.org/join' } }))).toBe(true);
  });
  it('makes the legal page only with publisher, director and host name', () => {
    expect(hasLegalPage(filled)).toBe(true);
    expect(hasLegalPage(facts({ legal: { publisher: 'P', director: 'D' } }))).toBe(false);
    expect(hasLegalPage(facts({ legal: { publisher: 'P', director: 'D', host: { name: 'H' } } }))).toBe(true);
  });
});

describe('the notice of empty site-wide facts', () => {
  it('lists every empty field and says which pages wait for which fields', () => {
    expect(missingSiteFacts(empty)).toEqual([
      'contact.address',
      'contact.email',
      'contact.telephone',
      'contact.social',
      'join.url',
      'legal.publisher',
      'legal.director',
      'legal.host.name',
      'legal.registered_office',
    ]);
    const notice = siteFactsNotice(empty);
    expect(notice[0]).toBe(
      'content/site.json: 9 site-wide fact(s) still empty: contact.address, contact.email, contact.telephone, contact.social, join.url, legal.publisher, legal.director, legal.host.name, legal.registered_office.',
    );
    expect(notice.join('\n')).toContain('No /contact/ page until contact.address, contact.email or contact.telephone');
    expect(notice.join('\n')).toContain('No /legal/ page');
    expect(notice.join('\n')).toContain('communication team');
    expect(notice.join('\n')).toContain('CONTRIBUTING.md');
  });
  it('names only what is left, and says nothing once all is filled', () => {
    const partly = siteFactsNotice(facts({ contact: { email: 'a@example.org' } }));
    expect(partly[0]).toContain('8 site-wide fact(s) still empty');
    expect(partly.join('\n')).not.toContain('No /contact/ page');
    expect(siteFactsNotice(filled)).toEqual([]);
  });
});

describe('content/cluster.json schema', () => {
  const cluster = read('content/cluster.json') as Record<string, unknown>;
  const president = cluster.president as Record<string, unknown>;
  it('accepts the real file', () => {
    expect(clusterSchema.safeParse(cluster).success).toBe(true);
  });
  it('wants a source and an "in office by" date for each leader, and years for the periods', () => {
    const bad = [
      { ...cluster, president: { ...president, sources: [] } },
      { ...cluster, president: { ...president, in_office_by: 'May 2021' } },
      { ...cluster, chief_executive: undefined },
      { ...cluster, history_periods: [{ from: '05', title: { en: 'x' }, summary: { en: 'y' } }] },
      { ...cluster, priorities: { as_of: '2024-06', items: [], sources: ['https://example.org/'] } },
    ];
    for (const value of bad) expect(clusterSchema.safeParse(value).success).toBe(false);
  });
});
