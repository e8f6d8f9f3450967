/**
 * The build agrees with the checker on code and markup in a text: the
 * Markdown processor of astro.config.mjs (the one `astro build` runs, MDX
 * included) refuses the same broken fixture files, with the same lines, and
 * strips the markup the checker reports.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import config from '../../../astro.config.mjs';
import { checkContent, formatProblem, OUTLINES_FILE } from '../../../src/content-check/index.ts';
import { isAllowedUrl } from '../../../src/content-check/body-rules.ts';

const project = resolve(import.meta.dirname, '../../..');
const broken = resolve(project, 'test/fixtures/broken');
const fixture = (file: string) => resolve(broken, file);

interface Renderer {
  render(content: string, opts: { fileURL: URL }): Promise<{ code: string }>;
}
interface MdxRenderer {
  process(content: string, filePath: string, frontmatter: Record<string, unknown>): Promise<{ code: string }>;
}
interface Processor {
  createRenderer(shared: object): Promise<Renderer>;
  createMdxRenderer(shared: object, mdx: object): Promise<MdxRenderer>;
}

const processor = config.markdown!.processor as unknown as Processor;
const shared = { syntaxHighlight: false, shikiConfig: {} };

/** A fixture's text as Astro hands it to the processor: the front matter blanked, lines kept. */
function textOf(file: string): string {
  return parseFrontmatter(readFileSync(fixture(file), 'utf8'), { frontmatter: 'empty-with-lines' }).content;
}

async function renderMarkdown(text: string, file = 'content/organizations/en/x.md'): Promise<string> {
  const renderer = await processor.createRenderer(shared);
  return (await renderer.render(text, { fileURL: pathToFileURL(fixture(file)) })).code;
}

const checked = checkContent(broken, resolve(project, OUTLINES_FILE)).map(formatProblem);

describe('code in a story (the build refuses what the checker refuses)', () => {
  it('refuses import/export, {expressions} and components in content/stories/en/code.mdx, at the lines the checker gives', async () => {
    const mdx = await processor.createMdxRenderer(shared, { optimize: false });
    const error = await mdx
      .process(textOf('content/stories/en/code.mdx'), fixture('content/stories/en/code.mdx'), {})
      .then(
        () => undefined,
        (e: Error) => e,
      );
    expect(error).toBeInstanceOf(Error);
    const lines = error!.message.split('\n').filter((l) => l.includes('code.mdx:'));
    expect(lines.map((l) => l.replace(/^.*content\/stories\//, ''))).toEqual(
      checked
        .filter((l) => l.startsWith('content/stories/en/code.mdx:'))
        .map((l) => l.replace(/^content\/stories\//, '')),
    );
    expect(lines).toHaveLength(3);
  });

  it('compiles a story that is Markdown only', async () => {
    const mdx = await processor.createMdxRenderer(shared, { optimize: false });
    const text = 'A story with *emphasis*, a [link](https://example.org) and a brace \\{ shown.\n';
    await expect(mdx.process(text, fixture('content/stories/en/ok.mdx'), {})).resolves.toBeDefined();
  });
});

describe('markup in a text (the build strips what the checker reports)', () => {
  it('publishes no meta refresh, no iframe and no javascript: link from content/organizations/en/redirect.md', async () => {
    const html = await renderMarkdown(textOf('content/organizations/en/redirect.md'));
    expect(html).not.toMatch(/<meta|<iframe|javascript:|http-equiv/i);
    expect(html).toContain('A lab');
    expect(checked.filter((l) => l.startsWith('content/organizations/en/redirect.md:'))).toHaveLength(3);
  });

  it.each([
    ['<script>alert(1)</script>', /<script/i],
    ['<form action="https://evil.example/"><input name="q"></form>', /<form/i],
    ['<object data="x.swf"></object><embed src="x.swf">', /<object|<embed/i],
    ['<style>body{display:none}</style>', /<style/i],
    ['<link rel="stylesheet" href="https://evil.example/x.css">', /<link/i],
    ['<base href="https://evil.example/">', /<base/i],
    ['<p style="color:red" onclick="alert(1)">text</p>', /style=|onclick/i],
    ['<img src="x" onerror="alert(1)">', /onerror/i],
    ['[x](vbscript:msgbox) [y](data:text/html,hi) <a href="javascript:alert(1)">z</a>', /href=/i],
  ])('strips %s', async (markup, forbidden) => {
    expect(await renderMarkdown(`Text.\n\n${markup}\n`)).not.toMatch(forbidden);
  });

  it('keeps what the site needs: emphasis, code, lists, tables, headings and links with rel="external"', async () => {
    const html = await renderMarkdown(
      '## Title\n\n*em* **strong** `code`\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[site](https://example.org/) [mail](mailto:a@example.org) [page](/members/)\n',
    );
    expect(html).toMatch(/<h2 id="title">Title<\/h2>/);
    expect(html).toContain('<em>em</em> <strong>strong</strong> <code>code</code>');
    expect(html).toContain('<li>one</li>');
    expect(html).toMatch(/<table>[\s\S]*<td>1<\/td>/);
    expect(html).toContain('<a href="https://example.org/" rel="external noopener noreferrer">site</a>');
    expect(html).toContain('<a href="mailto:a@example.org">mail</a>');
    expect(html).toContain('<a href="/members/">page</a>');
  });
});

describe('isAllowedUrl', () => {
  it.each([
    ['https://example.org', true],
    ['mailto:a@example.org', true],
    ['/members/', true],
    ['#top', true],
    ['javascript:alert(1)', false],
    [' JavaScript:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['data:text/html,x', false],
  ])('%j: %s', (url, allowed) => {
    expect(isAllowedUrl(url)).toBe(allowed);
  });
});
