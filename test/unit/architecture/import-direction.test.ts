/**
 * The import direction of src/: util <- domains <- data <- views <- pages.
 * Each folder of src/ belongs to one layer; a module may import its own layer
 * or a lower one, never a higher one. Domains may use each other, but the
 * graph between them has no cycle, so each one can be read (and tested) from
 * the bottom up. The README's folder map says the same in words.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const src = join(root, 'src');

/** Layer of each top-level entry of src/ (a folder, or content.config.ts). */
const LAYERS: Record<string, { layer: string; rank: number }> = {
  util: { layer: 'util', rank: 0 },
  model: { layer: 'domain', rank: 1 },
  'content.config.ts': { layer: 'domain', rank: 1 },
  i18n: { layer: 'domain', rank: 1 },
  charts: { layer: 'domain', rank: 1 },
  map: { layer: 'domain', rank: 1 },
  search: { layer: 'domain', rank: 1 },
  site: { layer: 'domain', rank: 1 },
  'content-check': { layer: 'domain', rank: 1 },
  'open-data': { layer: 'domain', rank: 1 },
  directory: { layer: 'domain', rank: 1 },
  editor: { layer: 'domain', rank: 1 },
  data: { layer: 'data', rank: 2 },
  styles: { layer: 'views', rank: 3 },
  components: { layer: 'views', rank: 3 },
  layouts: { layer: 'views', rank: 3 },
  views: { layer: 'views', rank: 3 },
  pages: { layer: 'pages', rank: 4 },
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const modules = walk(src).filter((f) => /\.(ts|astro|mjs)$/.test(f));

/** The relative and virtual imports of a module (static, dynamic and `?url` imports alike). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  return found;
}

function topOf(file: string): string {
  return relative(src, file).split('/')[0]!;
}

interface Edge {
  from: string;
  to: string;
  spec: string;
}

const edges: Edge[] = modules.flatMap((file) =>
  importsOf(file)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => ({ from: file, to: resolve(dirname(file), spec.split('?')[0]!), spec })),
);

describe('import direction', () => {
  it('knows the layer of every folder of src/', () => {
    const unknown = readdirSync(src).filter((name) => !(name in LAYERS));
    expect(unknown, 'add the new folder to LAYERS here and to the folder map in README.md').toEqual([]);
  });

  it('never imports from a higher layer', () => {
    const wrong = edges
      .filter((e) => e.to.startsWith(src + '/'))
      .filter((e) => LAYERS[topOf(e.to)]!.rank > LAYERS[topOf(e.from)]!.rank)
      .map(
        (e) =>
          `${relative(root, e.from)} (${LAYERS[topOf(e.from)]!.layer}) imports ${e.spec} (${LAYERS[topOf(e.to)]!.layer})`,
      );
    expect(wrong).toEqual([]);
  });

  it('never imports scripts/ or tests from src/', () => {
    const wrong = edges.filter((e) => !e.to.startsWith(src + '/')).map((e) => `${relative(root, e.from)} -> ${e.spec}`);
    expect(wrong).toEqual([]);
  });

  it('reads content collections (astro:content) only in the data layer', () => {
    const wrong = modules
      .filter((f) => importsOf(f).includes('astro:content'))
      .filter((f) => !['data', 'pages', 'views', 'components', 'layouts'].includes(topOf(f)))
      .map((f) => relative(root, f));
    expect(wrong).toEqual([]);
  });

  it('keeps pure code (util and domains) free of Astro components', () => {
    const wrong = edges
      .filter((e) => (LAYERS[topOf(e.from)]?.rank ?? 9) <= 1 && e.to.endsWith('.astro'))
      .map((e) => `${relative(root, e.from)} -> ${e.spec}`);
    expect(wrong).toEqual([]);
  });

  it('has no cycle between domains', () => {
    const graph = new Map<string, Set<string>>();
    for (const e of edges) {
      const [a, b] = [topOf(e.from), topOf(e.to)];
      if (a === b || LAYERS[a]?.layer !== 'domain' || LAYERS[b]?.layer !== 'domain') continue;
      if (!graph.has(a)) graph.set(a, new Set());
      graph.get(a)!.add(b);
    }
    const cycles = new Set<string>();
    const visit = (node: string, path: string[]) => {
      if (path.includes(node)) {
        cycles.add([...path.slice(path.indexOf(node)), node].join(' -> '));
        return;
      }
      for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
    };
    for (const node of graph.keys()) visit(node, []);
    expect([...cycles]).toEqual([]);
  });
});
