/**
 * Runs axe-core in a page against WCAG 2.0/2.1 A and AA and axe's best
 * practices, and returns the violations that matter: serious or critical.
 * Its source goes in as script text through the debugging protocol, so
 * nothing is fetched and the page's Content-Security-Policy allows it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const BLOCKING = new Set(['serious', 'critical']);

export interface Finding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Loads axe-core into every document the context opens from now on: the
 * browser keeps the script, cheaper than sending it again for each page.
 */
export async function installAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: AXE_SOURCE });
}

/** The serious and critical violations on the page as it is now (axe is added if the page lacks it). */
export async function axeFindings(page: Page): Promise<Finding[]> {
  // Evaluated through the debugging protocol, which the page's Content-Security-Policy does not govern
  // (a <script> tag added to the page would be refused).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    AXE_TAGS,
  );
  return results.violations
    .filter((v) => BLOCKING.has(v.impact ?? ''))
    .map((v) => ({
      rule: v.id,
      impact: v.impact!,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
}

/** One line per finding, for a failure message a person can act on. */
export function describeFindings(path: string, findings: readonly Finding[]): string {
  return findings
    .map(
      (f) =>
        `${path}: ${f.rule} (${f.impact}: ${f.help}) at ${f.targets.slice(0, 5).join(', ')}${f.targets.length > 5 ? `, +${f.targets.length - 5} more` : ''}`,
    )
    .join('\n');
}
