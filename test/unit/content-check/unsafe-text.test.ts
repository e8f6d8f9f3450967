/**
 * Text that would read otherwise than it is stored, or that does not fit, is
 * refused by the content checks with the file, the field and the fix (issue
 * 29): invisible and bidirectional control characters however they are
 * written (typed, as a JSON or YAML escape, as a character reference in a
 * text), values of white space only, web addresses with a name before an
 * "@", implausible telephone numbers and values past their length. The
 * broken files are test/fixtures/unsafe/, laid over test/fixtures/valid/ so
 * that they are the only mistakes. What the checks print never lets a value
 * start a line of its own: `npm run check:content` writes line breaks and
 * control characters visibly escaped, in its lines and its GitHub annotations.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkContent, formatProblem, OUTLINES_FILE } from '../../../src/content-check/index.ts';
import { siteFactsSchema, organizationSchema, TEXT_LIMITS } from '../../../src/content.config.ts';
import { parseWithSchema } from '../../../src/content-check/schema-problems.ts';
import { contentChecks } from '../../../src/content-check/integration.ts';
import { pathToFileURL } from 'node:url';

const project = resolve(import.meta.dirname, '../../..');
const outlines = resolve(project, OUTLINES_FILE);
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The valid fixture with test/fixtures/unsafe/ laid over it (and `extra` files). */
function overlay(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'medicen-unsafe-'));
  dirs.push(dir);
  cpSync(resolve(project, 'test/fixtures/valid'), dir, { recursive: true });
  cpSync(resolve(project, 'test/fixtures/unsafe'), dir, { recursive: true });
  for (const [file, text] of Object.entries(extra)) writeFileSync(join(dir, file), text);
  return dir;
}

const lines = checkContent(overlay(), outlines).map(formatProblem);
const DELETE =
  'delete it (retype the text around it if you cannot see it; in a file it may be an escape such as \\u200B)';

describe('content/site.json', () => {
  const expected = [
    `content/site.json:3: contact.address.street holds a right-to-left override (U+202E) at character 19 (after "1 rue de l’Exemple"); ${DELETE}`,
    'content/site.json:3: contact.address.city is only white space; write a value or remove the line',
    `content/site.json:3: contact.address.country holds a zero-width space (U+200B) at character 7 (after "France"); ${DELETE}`,
    'content/site.json:5: contact.telephone is "(((( ))))" but must be a telephone number such as +33 1 23 45 67 89: 6 to 15 digits',
    `content/site.json:7: contact.social[0].name holds a right-to-left mark (U+200F) at character 9 (after "LinkedIn"); ${DELETE}`,
    'content/site.json:7: contact.social[0].url is "https://www.linkedin.com@evil.example/" but must not have a name and "@" before the site\'s address (https://www.linkedin.com@evil.example/ leads to evil.example)',
    'content/site.json:8: contact.social[1].url holds an Arabic letter mark (U+061C) at character 25',
    `content/site.json:11: join.text.en holds a NUL character (U+0000) at character 1; ${DELETE}`,
    'content/site.json:13: legal.publisher holds a line break (U+000A) at character 10 (after "Publisher"); write it on one line',
    `content/site.json:14: legal.director holds an escape character (ESC) (U+001B) at character 1; ${DELETE}`,
    'content/site.json:15: legal.host.telephone is "123456789012345678" but must be a telephone number',
    'content/site.json:16: legal.registered_office is 273 characters long but may be at most 200; shorten it',
    'content/site.json:17: legal.registration holds a left-to-right isolate (U+2066) at character 1',
  ];
  it.each(expected)('reports: %s', (start) => {
    expect(lines.filter((l) => l.startsWith(start))).toHaveLength(1);
  });

  it('reports nothing else in the file: one problem per field', () => {
    expect(lines.filter((l) => l.startsWith('content/site.json'))).toHaveLength(expected.length);
  });

  it('refuses a telephone number of 100,000 digits, a text past its length, and keeps a plausible one', () => {
    const parse = (contact: Record<string, unknown>) =>
      parseWithSchema(siteFactsSchema, { contact }, 'content/site.json', () => undefined).problems.map((p) => [
        p.rule,
        p.message,
      ]);
    expect(parse({ telephone: '1'.repeat(100_000) })).toEqual([
      [
        'too-long',
        'contact.telephone is 100000 characters long but may be at most 40; shorten it (a long text belongs below the front matter)',
      ],
    ]);
    expect(parse({ telephone: '+33 1 23 45 67 89' })).toEqual([]);
    expect(parse({ telephone: '+33\u00A0(0)1\u00A023.45.67.89' })).toEqual([]);
    expect(parse({ telephone: '12345' })[0]?.[0]).toBe('bad-format');
    expect(parse({ address: { street: 'x'.repeat(TEXT_LIMITS.name + 1) } })[0]?.[0]).toBe('too-long');
    const social = Array.from({ length: 11 }, (_, i) => ({ name: `N${i}`, url: `https://n${i}.example` }));
    expect(parse({ social })).toEqual([
      ['too-big', 'contact.social has 11 items but may have at most 10; keep the 10 that matter most'],
    ]);
  });
});

describe('every text field, in every kind of file', () => {
  it.each([
    `content/organizations/en/hidden-characters.md:2: name holds a zero-width space (U+200B) at character 4 (after "Gen"); ${DELETE}`,
    'content/organizations/en/hidden-characters.md:5: fields[0] holds a soft hyphen (U+00AD) at character 5 (after "gene")',
    'content/organizations/en/hidden-characters.md:6: website is "https://www.genethon.fr@evil.example/" but must not have a name and "@" before the site\'s address',
    'content/organizations/en/hidden-characters.md:8: sites[0].label holds an escape character (ESC) (U+001B) at character 1',
    'content/organizations/en/hidden-characters.md:19: the text holds a right-to-left mark (U+200F) after "a right-to-left mark", invisible to readers; delete it',
    'content/organizations/en/hidden-characters.md:20: the link address "https://www.genethon.fr@evil.example/" has a name and "@" before the site\'s address, so it leads elsewhere than it reads',
    'content/figures/hidden-characters.json:3: label.en holds a zero-width joiner (U+200D) at character 8 (after "Members")',
    'content/figures/hidden-characters.json:4: scope holds a right-to-left override (U+202E) at character 8 (after "Medicen")',
    'content/figures/hidden-characters.json:5: unit holds an Arabic letter mark (U+061C) at character 1',
    'content/figures/hidden-characters.json:7: values[0].source.title is only white space; write a value or remove the line',
    'content/figures/hidden-characters.json:7: values[0].source.publisher holds an invisible tag character (U+E0041) at character 2 (after "A")',
  ])('reports: %s', (start) => {
    expect(lines.filter((l) => l.startsWith(start))).toHaveLength(1);
  });

  it('reports only the media folder and these files, nothing of the valid fixture under them', () => {
    expect(
      lines.filter((l) => !/^(content\/site\.json|content\/\w+\/(en\/)?hidden-characters\.|public\/uploads\/)/.test(l)),
    ).toEqual([]);
  });

  it('accepts the typography of both languages: non-breaking spaces, apostrophes, accents, emoji', () => {
    const org = {
      name: 'L’Institut « Exemple » d’Évry\u00A0: 10\u202F% 😀',
      relation: 'member',
      kind: 'research',
      fields: ['thérapie génique'],
      sources: ['https://example.org/a@b?c=d@e'],
    };
    expect(parseWithSchema(organizationSchema, org, 'x.md', () => undefined).problems).toEqual([]);
  });
});

describe('what the checks print', () => {
  it('stops the build with the same escaped lines', () => {
    const dir = overlay();
    writeFileSync(
      join(dir, 'content/organizations/en/x\n::warning file=README.md,line=1::named.md'),
      '---\nname: X\n---\n',
    );
    // The build reads the outlines from the project it builds.
    cpSync(resolve(project, OUTLINES_FILE), join(dir, OUTLINES_FILE), { recursive: true });
    const hook = contentChecks().hooks['astro:config:setup'] as (options: unknown) => void;
    const logger = { info: () => undefined, warn: () => undefined };
    let error: Error | undefined;
    try {
      hook({ config: { root: pathToFileURL(`${dir}/`) }, command: 'build', logger });
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toContain('content/organizations/en/x\\n::warning file=README.md,line=1::named.md');
    expect(error?.message.split('\n').filter((l) => l.startsWith('::'))).toEqual([]);
    expect(error?.message).not.toContain('\u001b');
  });

  const run = (dir: string, actions: boolean) =>
    spawnSync(process.execPath, ['scripts/check-content.ts', dir], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: actions ? 'true' : '' },
    });
  // A value with a line break and a workflow command after it, where the message quotes it.
  const dir = overlay();
  writeFileSync(
    join(dir, 'content/organizations/en/hidden-characters.md'),
    readFileSync(join(dir, 'content/organizations/en/hidden-characters.md'), 'utf8').replace(
      'postcode: "91000"',
      'postcode: "91000\\n::warning file=README.md,line=1::injected\\e[31m"',
    ),
  );
  writeFileSync(
    join(dir, 'content/organizations/en/x\n::warning file=README.md,line=1::named.md'),
    '---\nname: X\n---\n',
  );

  it.each([false, true])('starts no line with a value, in GitHub Actions: %s', (actions) => {
    const r = run(dir, actions);
    expect(r.status).toBe(1);
    const out = `${r.stdout}\n${r.stderr}`;
    expect(out.split(/\r\n|\r|\n/).filter((l) => l.startsWith('::') && !l.startsWith('::error '))).toEqual([]);
    expect(out).not.toContain('\u001b');
    expect(out).toContain(
      'sites[0].postcode is "91000\\n::warning file=README.md,line=1::injected\\u001b[31m" but must be',
    );
    expect(out).toContain('content/organizations/en/x\\n::warning file=README.md,line=1::named.md');
  });
});
