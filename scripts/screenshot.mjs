#!/usr/bin/env node
/**
 * Takes Chromium screenshots of built pages, to look at them as a visitor
 * would: node scripts/screenshot.mjs <out-dir> /path/ [/other/ ...]
 * Options: --width 1280 --height 900 --full (whole page) --mobile (390 px wide).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.mjs';
import { serveDist } from './serve-dist.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const positional = args.filter(
  (a, i) => !a.startsWith('--') && !['--width', '--height', '--wait'].includes(args[i - 1]),
);
const [outDir, ...paths] = positional;
if (!outDir || paths.length === 0) {
  console.error('usage: node scripts/screenshot.mjs <out-dir> /path/ [/other/ ...] [--full] [--mobile]');
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
const { server, url } = await serveDist({ dir: 'dist', port: 0 });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
const mobile = flag('mobile');
const page = await browser.newPage({
  viewport: { width: mobile ? 390 : Number(opt('width', 1280)), height: mobile ? 844 : Number(opt('height', 900)) },
  deviceScaleFactor: 1,
});
for (const path of paths) {
  await page.goto(url + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(Number(opt('wait', 300)));
  const name = (path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home') + (mobile ? '-mobile' : '') + '.png';
  await page.screenshot({ path: join(outDir, name), fullPage: flag('full') });
  console.log(join(outDir, name));
}
await browser.close();
server.close();
