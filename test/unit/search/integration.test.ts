import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { removeUnusedPagefindFiles, UNUSED_PAGEFIND_FILE } from '../../../src/search/integration.ts';

const CLIENT = resolve(import.meta.dirname, '../../../src/search/client');

describe('removeUnusedPagefindFiles', () => {
  it("deletes Pagefind's interfaces and keeps its runtime and index", () => {
    const dir = mkdtempSync(join(tmpdir(), 'pagefind-'));
    try {
      const unused = [
        'pagefind-ui.js',
        'pagefind-ui.css',
        'pagefind-modular-ui.js',
        'pagefind-modular-ui.css',
        'pagefind-component-ui.js',
        'pagefind-component-ui.css',
        'pagefind-highlight.js',
      ];
      const kept = ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.en.pagefind', 'index'];
      for (const name of [...unused, ...kept.slice(0, -1)]) writeFileSync(join(dir, name), '');
      mkdirSync(join(dir, 'index'));
      expect(removeUnusedPagefindFiles(dir).sort()).toEqual([...unused].sort());
      expect(readdirSync(dir).sort()).toEqual([...kept].sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('deletes nothing the search client loads', () => {
    for (const file of readdirSync(CLIENT)) {
      const loaded = readFileSync(join(CLIENT, file), 'utf8').match(/pagefind[\w.-]*\.(?:js|css)/g) ?? [];
      for (const name of loaded) expect(UNUSED_PAGEFIND_FILE.test(name), `${file} loads ${name}`).toBe(false);
    }
  });
});
