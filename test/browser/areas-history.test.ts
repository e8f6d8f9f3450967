/**
 * The strategic-areas page says which period its five areas belong to and
 * lists every change of areas the history records (2019 reorganisation, 2024
 * priorities...), in both languages, each with its sources.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content-check/index.ts';
import { readPage, ROOT } from './support/dist.ts';

const content = loadContent(ROOT);
const changes = content.timeline.filter((e) => e.category === 'areas');

describe('the strategic areas page', () => {
  it.each(['/areas/', '/fr/areas/'])('%s lists every change of areas from the history, with its sources', (path) => {
    const html = readPage(path);
    expect(changes.length).toBeGreaterThan(2);
    for (const { id, ...e } of changes) {
      const item = new RegExp(`<li id="${id}"[\\s\\S]*?</li>\\s*(?=<li id=|</ol>)`).exec(html);
      expect(item, id).not.toBeNull();
      for (const url of e.sources) expect(item![0], `${id} ${url}`).toContain(`href="${url.replaceAll('&', '&amp;')}"`);
    }
    expect(html).toMatch(/2014-2018/);
  });
});
