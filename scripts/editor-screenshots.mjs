#!/usr/bin/env node
/**
 * The screenshots of CONTRIBUTING.md ("The web editor"), in local mode with
 * the editorial workflow (`npm run edit -- --workflow`) on a throw-away Git
 * copy of content/: sign in, a new organization in English and French, a
 * postcode refused with the site's message, the saved entry on the Workflow
 * board. Needs a built dist/. The organization is an example that exists
 * only in the copy.
 *
 *   node scripts/editor-screenshots.mjs [out-folder]   # default public/contributing
 */
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEditor } from './edit.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.mjs';
const repo = mkdtempSync(join(tmpdir(), 'medicen-shots-'));
cpSync('content', join(repo, 'content'), { recursive: true });
const git = (...a) => execFileSync('git', a, { cwd: repo });
git('init', '-q', '-b', 'main');
git('add', '.');
git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'content');
const ed = await startEditor({ repo, quiet: true, workflow: true, port: 0 });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1100, height: 720 } });
page.on('dialog', (d) => (/backup/i.test(d.message()) ? d.dismiss() : d.accept()).catch(() => {}));
const OUT = process.argv[2] ?? 'public/contributing';
const shot = (n) => page.screenshot({ path: join(OUT, `${n}.png`) });
await page.goto(ed.url + '/admin/');
await page.getByRole('button', { name: 'Login' }).waitFor();
await shot('1-login');
await page.getByRole('button', { name: 'Login' }).click();
await page.getByText('Organizations').first().waitFor();
await page.waitForTimeout(1000);
await page.goto(ed.url + '/admin/#/collections/organizations/new');
await page.getByText('Writing in EN').waitFor();
const fieldInput = async (label, n = 0) =>
  page.locator(
    `[id="${await page
      .locator('label')
      .filter({ hasText: new RegExp(`^${label}( \\(optional\\))?$`, 'i') })
      .nth(n)
      .getAttribute('for')}"]`,
  );
const choose = async (label, value) => {
  await (await fieldInput(label)).fill(value);
  await page.getByRole('option', { name: value }).first().click();
};
await (await fieldInput('Name')).fill('Institut Exemple Évry');
await choose('Relation', 'member');
await choose('Kind', 'research');
await choose('Areas', 'Digital health');
await page.mouse.move(0, 0);
await shot('2-new-organization');
await page
  .getByRole('button', { name: /Add sites/ })
  .first()
  .click();
for (const [l, v] of [
  ['Label', 'Head office'],
  ['City', 'Évry-Courcouronnes'],
  ['Postcode', '91000'],
  ['Department', '92'],
  ['Lat', '48.6295'],
  ['Lon', '2.441'],
])
  await (await fieldInput(l)).fill(v);
await choose('Precision', 'town');
await page
  .getByRole('button', { name: /Add sources/ })
  .first()
  .click();
await page.locator('input[id^="sources-field"]').first().fill('https://example.org/institut-exemple-evry');
const texts = page.locator('[contenteditable="true"]');
await texts.nth(0).click();
await page.keyboard.type('A research institute in Évry.');
await texts.nth(1).click();
await page.keyboard.type('Un institut de recherche à Évry.');
await texts.nth(0).scrollIntoViewIfNeeded();
await page.mouse.wheel(0, 250);
await page.waitForTimeout(300);
await shot('3-site-and-french');
await page.getByRole('button', { name: 'Save' }).first().click();
await page.waitForTimeout(1200);
await shot('4-refused');
const dep = await fieldInput('Department');
await dep.click();
await page.keyboard.press('Control+A');
await page.keyboard.type('91');
await page.waitForTimeout(300);
await page.getByRole('button', { name: 'Save' }).first().click();
await page
  .getByText('Entry saved')
  .waitFor({ timeout: 15000 })
  .catch(() => {});
await page.waitForTimeout(800);
await page.goto(ed.url + '/admin/#/workflow');
await page.waitForTimeout(2500);
await shot('5-workflow');
await browser.close();
await ed.close();
rmSync(repo, { recursive: true, force: true });
