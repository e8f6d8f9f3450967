/**
 * The cluster today (content/cluster.json) and the site-wide facts
 * (content/site.json), each one file read once per build.
 */
import { getCollection } from 'astro:content';
import { siteFactsSchema, type Cluster, type SiteFacts } from '../content.config.ts';
import { hasContactPage, hasLegalPage } from '../site/site-facts.ts';
import { memoize } from '../util/memo.ts';
import { loadFigure } from './content.ts';

/** The only entry of a one-file collection; the content checks report a broken file first. */
async function single<T>(collection: 'cluster' | 'site', file: string, fallback?: T): Promise<T> {
  const [entry] = await getCollection(collection);
  if (entry) return entry.data as T;
  if (fallback !== undefined) return fallback;
  throw new Error(`${file} is missing or empty: restore it from the repository history`);
}

/** What /about/ says of the cluster today. */
export const loadCluster = memoize(() => single<Cluster>('cluster', 'content/cluster.json'));

/** The figure that counts the members, named by content/cluster.json. */
export async function loadMembersFigure() {
  return loadFigure((await loadCluster()).members_figure);
}

/** Contact, how to join and the legal notice: every field optional, shown only when filled. */
export const loadSiteFacts = memoize(() =>
  // A missing file counts as all empty, as for the content checks.
  single<SiteFacts>('site', 'content/site.json', siteFactsSchema.parse({})),
);

/** Whether the /contact/ and /legal/ pages exist (their required fields are filled). */
export async function sitePages(): Promise<{ contact: boolean; legal: boolean }> {
  const site = await loadSiteFacts();
  return { contact: hasContactPage(site), legal: hasLegalPage(site) };
}
