/**
 * The site with content/site.json filled (test/fixtures/site-facts/site.json),
 * built once into a temporary copy of the project: the contact block in the
 * footer and on /about/, the /contact/ and /legal/ pages and the cluster's
 * JSON-LD show every filled field, in both languages, with text from content
 * escaped. The real content leaves site.json empty; test/browser/about.test.ts
 * checks that case on the real build.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { siteFactsSchema } from '../../src/content.config.ts';
import { t } from '../../src/i18n/index.ts';
import { LOCALES, type Locale } from '../../src/model/constants.ts';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { launch } from './support/browser.ts';
import { axeFindings, describeFindings } from './support/axe.ts';
import { ROOT } from './support/dist.ts';

const FIXTURE = resolve(ROOT, 'test/fixtures/site-facts/site.json');
const site = siteFactsSchema.parse(JSON.parse(readFileSync(FIXTURE, 'utf8')));
/** What the project needs to build; node_modules is linked package by package (its caches stay in the copy). */
const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts'];

let dir: string;
let server: Server;
let url: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'medicen-site-facts-build-'));
  for (const name of COPIED) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!name.startsWith('.')) symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  writeFileSync(join(dir, 'content/site.json'), readFileSync(FIXTURE, 'utf8'));
  await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  ({ server, url } = (await serveDist({ dir: join(dir, 'dist'), port: 0 })) as { server: Server; url: string });
  browser = await launch();
  const context = await browser.newContext({ javaScriptEnabled: false });
  // Nothing may leave localhost: the fixture's social and membership links are never followed.
  await context.route('**/*', (route) =>
    new URL(route.request().url()).host === new URL(url).host ? route.continue() : route.abort('blockedbyclient'),
  );
  page = await context.newPage();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const prefix = (locale: Locale) => (locale === 'en' ? '' : `/${locale}`);

async function open(path: string) {
  const res = await page.goto(url + path);
  expect(res?.status(), path).toBe(200);
}

async function expectContactDetails(scope: string) {
  const block = page.locator(`${scope} [data-contact-details]`);
  expect(await block.count(), scope).toBe(1);
  const text = (await block.innerText()).replace(/\s+/g, ' ');
  for (const part of ['1 rue de l’Exemple', '75013 Paris', 'France', site.contact.telephone!])
    expect(text).toContain(part);
  expect(await block.locator(`a[href="mailto:${site.contact.email}"]`).count()).toBe(1);
  expect(await block.locator('a[href="tel:+33100000000"]').count()).toBe(1);
  // The social account's name is text: "<Network>" shows as written, no element is made of it.
  const social = block.locator('a[href="https://social.example.org/medicen-fixture"]');
  expect(await social.textContent()).toBe('Example <Network>');
  expect(await block.locator('a[href="https://example.org/join"]').count()).toBe(1);
  expect(await block.locator('b').count()).toBe(0);
}

describe('with content/site.json filled, the new pages are', () => {
  it('in the sitemap, with their preview images', async () => {
    const sitemap = await (await fetch(`${url}/sitemap-0.xml`)).text();
    for (const path of ['/contact/', '/legal/', '/fr/contact/', '/fr/legal/']) {
      expect(sitemap).toContain(`${path}</loc>`);
    }
    for (const image of ['contact', 'legal', 'fr/contact', 'fr/legal']) {
      expect((await fetch(`${url}/og/${image}.png`)).status, image).toBe(200);
    }
  });
});

describe.each(LOCALES)('with content/site.json filled, in %s', (locale) => {
  it('shows the contact block in the footer of every page, with links to the contact and legal pages', async () => {
    for (const path of [`${prefix(locale)}/`, `${prefix(locale)}/members/`]) {
      await open(path);
      await expectContactDetails('footer');
      expect(await page.locator(`footer a[href="${prefix(locale)}/contact/"]`).count()).toBe(1);
      expect(await page.locator(`footer a[href="${prefix(locale)}/legal/"]`).textContent()).toBe(
        t(locale, 'legal.title'),
      );
    }
    expect(await page.locator('footer').innerText()).toContain(
      locale === 'fr' ? 'Texte de test : <b>pas en gras</b> & échappé.' : 'Fixture text: <b>not bold</b> & escaped.',
    );
  });

  it('shows it on /about/, and the cluster JSON-LD carries the address, e-mail, telephone and social account', async () => {
    await open(`${prefix(locale)}/about/`);
    await expectContactDetails('main');
    const ld = (
      await page
        .locator('script[type="application/ld+json"]')
        .evaluateAll((els) => els.map((e) => JSON.parse(e.textContent ?? '') as Record<string, unknown>))
    ).find((b) => b['@type'] === 'Organization')!;
    expect(ld.email).toBe(site.contact.email);
    expect(ld.telephone).toBe(site.contact.telephone);
    expect(ld.sameAs).toEqual(['https://social.example.org/medicen-fixture']);
    expect(ld.address).toEqual({
      '@type': 'PostalAddress',
      streetAddress: '1 rue de l’Exemple',
      postalCode: '75013',
      addressLocality: 'Paris',
      addressCountry: 'France',
    });
  });

  it('builds the contact page', async () => {
    await open(`${prefix(locale)}/contact/`);
    expect(await page.locator('h1').textContent()).toBe(t(locale, 'contact.title'));
    await expectContactDetails('main');
    expect(describeFindings('/contact/', await axeFindingsWithScript())).toBe('');
  });

  it('builds the legal page with every filled field, text escaped', async () => {
    await open(`${prefix(locale)}/legal/`);
    expect(await page.locator('h1').textContent()).toBe(t(locale, 'legal.title'));
    const notice = page.locator('main [data-legal-notice]');
    const labels = (await notice.locator('dt').allTextContents()).map((s) => s.trim());
    expect(labels).toEqual(
      ['legal.publisher', 'legal.registeredOffice', 'legal.director', 'legal.host'].map((k) =>
        t(locale, k as Parameters<typeof t>[1]),
      ),
    );
    const text = await notice.innerText();
    for (const part of ['Fixture Publisher <Association>', 'Fixture Director', 'Fixture Host', '3 place de l’Exemple'])
      expect(text).toContain(part);
    expect(await notice.locator('a[href="https://host.example.org"]').count()).toBe(1);
    expect(describeFindings('/legal/', await axeFindingsWithScript())).toBe('');
  });
});

/** axe needs script in the page: the same page again with JavaScript on. */
async function axeFindingsWithScript() {
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.goto(page.url());
  try {
    return await axeFindings(p);
  } finally {
    await context.close();
  }
}
