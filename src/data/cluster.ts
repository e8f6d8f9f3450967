/**
 * The cluster today (content/cluster.json) and the site-wide facts
 * (content/site.json), each one file read once per build.
 */
import { getCollection } from 'astro:content';
import type { Cluster, SiteFacts } from '../content.config.ts';
import { hasContactPage, hasLegalPage } from '../site/site-facts.ts';
import { memoize } from '../util/memo.ts';
import { loadFigure } from './content.ts';

/** The only entry of a one-file collection; the content checks report a missing or broken file first. */
async function single<T>(collection: 'cluster' | 'site', file: string): Promise<T> {
  const [entry] = await getCollection(collection);
  if (!entry) throw new Error(`${file} is missing or empty: restore it from the repository history`);
  return entry.data as T;
}

/** What /about/ says of the cluster today. */
export const loadCluster = memoize(() => single<Cluster>('cluster', 'content/cluster.json'));

/** The figure that counts the members, named by content/cluster.json. */
export async function loadMembersFigure() {
  return loadFigure((await loadCluster()).members_figure);
}

/** Contact, how to join and the legal notice: every field optional, shown only when filled. */
export const loadSiteFacts = memoize(() => single<SiteFacts>('site', 'content/site.json'));

/** Whether the /contact/ and /legal/ pages exist (their required fields are filled). */
export async function sitePages(): Promise<{ contact: boolean; legal: boolean }> {
  const site = await loadSiteFacts();
  return { contact: hasContactPage(site), legal: hasLegalPage(site) };
}
