/**
 * The web editor in local mode for the browser tests: `npm run edit`'s server
 * (the built site and Decap's local proxy on one origin) writing into a copy
 * of content/, and a Chromium page on /admin/ that records console errors and
 * blocks (and records) any request to another host.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startEditor } from '../../../scripts/edit.mjs';
import { blockOffsite } from './browser.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');

export interface EditorSession {
  page: Page;
  /** The folder holding the content/ the editor writes into. */
  repo: string;
  consoleErrors: string[];
  /** Errors thrown and not caught in the page. */
  pageErrors: string[];
  offsiteRequests: string[];
  close: () => Promise<void>;
}

/** Starts the editor on a copy of content/ (or on `repo`), opens /admin/ and signs in to the local proxy. */
export async function openEditor(browser: Browser, repo?: string): Promise<EditorSession> {
  const own = repo === undefined;
  const dir = repo ?? mkdtempSync(join(tmpdir(), 'medicen-editor-'));
  if (own) cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  const editor = await startEditor({ dir: join(ROOT, 'dist'), repo: dir, port: 0, quiet: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const offsiteRequests = await blockOffsite(context, new URL(editor.url).host);
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  // Leaving an entry with unsaved changes asks for confirmation: yes. Restoring a backup of an
  // unsaved entry: no, each form starts empty.
  page.on('dialog', (dialog) => {
    const answer = /backup/i.test(dialog.message()) ? dialog.dismiss() : dialog.accept();
    answer.catch(() => undefined);
  });
  const close = async () => {
    await context.close();
    await editor.close();
    if (own) rmSync(dir, { recursive: true, force: true });
  };
  try {
    await page.goto(`${editor.url}/admin/`);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.getByText('Organizations').first().waitFor();
  } catch (error) {
    await close();
    throw error;
  }
  return { page, repo: dir, consoleErrors, pageErrors, offsiteRequests, close };
}

/** The input of the form field labelled `label` (the English column's; `nth` 1 is the French column's). */
export async function fieldInput(page: Page, label: string, nth = 0) {
  const name = new RegExp(`^${label}( \\(optional\\))?$`, 'i');
  const id = await page.locator('label').filter({ hasText: name }).nth(nth).getAttribute('for');
  return page.locator(`[id="${id}"]`);
}

/** Chooses `value` in a drop-down field (select or relation), by typing it. */
export async function choose(page: Page, label: string, value: string) {
  await (await fieldInput(page, label)).fill(value);
  await page.getByRole('option', { name: value }).first().click();
}

export interface NewOrganization {
  name: string;
  kind: string;
  area: string;
  site: {
    label: string;
    city: string;
    postcode: string;
    department: string;
    lat: string;
    lon: string;
    precision: string;
  };
  source: string;
  description: { en: string; fr: string };
}

/** The organization the tests create (in copies of content/ only: it does not exist). */
export const EXAMPLE: NewOrganization = {
  name: 'Institut Exemple Évry',
  kind: 'research',
  area: 'Digital health',
  site: {
    label: 'Head office',
    city: 'Évry-Courcouronnes',
    postcode: '91000',
    department: '91',
    lat: '48.6295',
    lon: '2.441',
    precision: 'town',
  },
  source: 'https://example.org/institut-exemple-evry',
  description: { en: 'A research institute used by the tests.', fr: 'Un institut de recherche des tests.' },
};

/** Fills the form of a new organization, in English and French, and publishes it (local mode: saves the files). */
export async function createOrganization(page: Page, org: NewOrganization): Promise<void> {
  const admin = page.url().replace(/#.*$/, '');
  await page.goto(`${admin}#/collections/organizations`);
  await page.goto(`${admin}#/collections/organizations/new`);
  await page.getByText('Writing in EN').waitFor();
  await (await fieldInput(page, 'Name')).fill(org.name);
  await choose(page, 'Relation', 'member');
  await choose(page, 'Kind', org.kind);
  await choose(page, 'Areas', org.area);
  await page
    .getByRole('button', { name: /Add sites/ })
    .first()
    .click();
  for (const [label, value] of [
    ['Label', org.site.label],
    ['City', org.site.city],
    ['Postcode', org.site.postcode],
    ['Department', org.site.department],
    ['Lat', org.site.lat],
    ['Lon', org.site.lon],
  ] as const) {
    await (await fieldInput(page, label)).fill(value);
  }
  await choose(page, 'Precision', org.site.precision);
  await page
    .getByRole('button', { name: /Add sources/ })
    .first()
    .click();
  await page.locator('input[id^="sources-field"]').first().fill(org.source);
  // The description: the English column's text editor, then the French column's.
  const texts = page.locator('[contenteditable="true"]');
  await texts.nth(0).click();
  await page.keyboard.type(org.description.en);
  await texts.nth(1).click();
  await page.keyboard.type(org.description.fr);
  await page.getByRole('button', { name: 'Publish' }).first().click();
  await page.getByText('Publish now').click();
}
