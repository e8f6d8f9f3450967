/**
 * Pins the messages editors see for broken content: each fixture file in
 * test/fixtures/broken/ carries one or more known mistakes, and each message
 * must name the file, the field (with its line) and the fix.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { checkContent, formatProblem, OUTLINES_FILE } from '../../../src/content-check/index.ts';

const project = resolve(import.meta.dirname, '../../..');
const outlines = resolve(project, OUTLINES_FILE);
const check = (fixture: string) =>
  checkContent(resolve(project, 'test/fixtures', fixture), outlines).map(formatProblem);

describe('checkContent on valid content', () => {
  it('finds no problem in a valid fixture (a member outside the region, one without location, one near a border, a French file with an empty front matter)', () => {
    expect(check('valid')).toEqual([]);
  });

  it('finds no problem in the site content', () => {
    expect(checkContent(project).map(formatProblem)).toEqual([]);
  });
});

describe('checkContent on broken content', () => {
  const lines = check('broken');
  const expected = [
    'content/organizations/en/genethon.md:10: sites[0].department is "92" but postcode 91000 belongs to 91 (Essonne); fix the department or the postcode',
    'content/organizations/en/swapped.md:10: sites[0] (lat 2.3622, lon 48.8386) lies outside the Paris Region, where department 75 is (latitude 48.07 to 49.29, longitude 1.38 to 3.63); check the coordinates (not swapped',
    'content/organizations/en/wrong-department.md:9: sites[0] (lat 48.624, lon 2.444) lies 21.5 km outside department 75 (Paris); check the coordinates',
    'content/organizations/en/wrong-commune.md:11: sites[0] (lat 48.7309, lon 2.2713, precision campus) lies 14.5 km from the commune of postcode 91000: Évry-Courcouronnes (91228); check the coordinates or the postcode',
    'content/organizations/en/nowhere.md:9: sites[0].department is "80", outside the Paris Region, but its coordinates fall in 75 (Paris)',
    'content/organizations/en/nowhere.md:5: areas[0] is "imagery" but there is no content/areas/en/imagery.md; use one of: digital-health, imaging',
    'content/stories/en/rihdo.mdx:4: organizations[1] is "ghost-org" but there is no content/organizations/en/ghost-org.md',
    'content/organizations/en/ipsen.md:2: name "Ipsen" is already used by content/organizations/en/ipsen-duplicate.md',
    'content/organizations/en/ipsen-copy.md:2: has unknown field "webiste"; check the spelling',
    'content/organizations/en/ipsen-copy.md:4: kind is "big-company" but must be one of: large-company, mid-size-company, sme, startup',
    'content/organizations/en/ipsen-copy.md:11: sites[0].lat is "48,85" (a string) but must be a number; write the number without quotes, with a dot for decimals',
    'content/organizations/en/ipsen-copy.md:15: sources[0] is "www.example.org/ipsen" but must be a web address starting with http:// or https://',
    'content/organizations/en/Bad Name.md:2: the file name "Bad Name" is not a valid slug; rename the file using only lower-case letters, digits and hyphens (for example bad-name)',
    'content/organizations/en/department.md:2: the file name "department" would give this organization the address /members/department/, which is the page comparing the departments; rename the file (for example department-fixture)',
    'content/organizations/en/broken-yaml.md:2: cannot be read at line 2:',
    'content/organizations/en/notes.txt: is not a .md file, so the site would ignore it; rename it to end in .md',
    'content/figures/medicen-budget.json:2: id is "medicen-budget-2016" but the file is named medicen-budget.json; make them the same',
    'content/figures/medicen-budget.json:6: values[0] (as of 2016) has no source; add a "source" {title, url, publisher}',
    'content/organizations/fr/genethon.md:2: fields has 1 item(s) but the English file has none; give one French item per English item, in the same order',
    'content/areas/fr/imagery.md:2: is a French version of content/areas/en/imagery, which does not exist; give it the same file name as the English entry',
    'content/figures/medicen-products.json:7: values[0].as_of is missing; add it (the date the number was true, e.g. "2018" or "2016-10")',
    'content/figures/medicen-members-copy.json:2: id is "medicen-members" but the file is named medicen-members-copy.json',
    'content/figures/medicen-members.json:2: id "medicen-members" is already used by content/figures/medicen-members-copy.json; give each figure its own id',
    'content/organizations/en/no-front-matter.md:1: has no front matter; the file must start with a line "---"',
    'content/organizations/en/out-of-range.md:9: sites[0].lat is 148.85 but must be at most 90',
    'content/stories/en/empty-fields.mdx:2: title has no value after its colon; write one (a title)',
    'content/stories/en/empty-fields.mdx:3: year is 2017.5 (a number) but must be a whole number',
    'content/stories/en/empty-fields.mdx:4: summary is empty; write a value or remove the line',
    'content/stories/en/empty-fields.mdx:5: sources needs at least one source: a web address that supports the story',
    'content/stories/en/too-early.mdx:3: year is 1990 but must be at least 2004',
    'content/timeline.json:19: entry "bad-date" (entries[1]): date is "2005-13" but must be a date written YYYY, YYYY-MM or YYYY-MM-DD',
    'content/timeline.json:32: entry "labelled" (entries[2]): id "labelled" is already used by entries[0]; give each entry its own id',
    'content/departments.json:1: department 77 is missing; the file must describe all eight: 75, 77, 78, 91, 92, 93, 94, 95',
    'content/organizations/en/half-filled.md:10: sites[0].lat still holds the template\'s placeholder "TODO latitude, e.g. 48.624"; replace it with the real value',
    "content/organizations/en/half-filled.md:14: sources[0] still holds the template's placeholder",
    "content/organizations/en/half-filled.md:17: the text below the front matter still holds the template's placeholder at line 17",
    'content/departments.json:13: "60" is not a department of the Paris Region; use only 75, 77, 78, 91, 92, 93, 94, 95',
    // Code and markup in a text (issue #18).
    `content/stories/en/code.mdx:9: "import fs from 'node:fs'; export const secret = fs.readFi..." is code (import/export), which would run when the site is built; remove the line`,
    'content/stories/en/code.mdx:12: "{secret}" is code in braces, which would run when the site is built; remove the braces, or write \\{ to show a brace',
    "content/stories/en/code.mdx:14: <Chart> is not one of the site's components (a story may use none); write it in Markdown",
    'content/organizations/en/redirect.md:17: the HTML "<meta http-equiv="refresh" content="1;url=https://evil.ex..." is removed from the page; write it in Markdown',
    'content/organizations/en/redirect.md:19: the HTML "<iframe src="https://evil.example/"></iframe>" is removed from the page; write it in Markdown',
    'content/organizations/en/redirect.md:21: the link address "javascript:alert(1)" is removed from the page; use a web address starting with https:// (or mailto:)',
    'content/stories/en/less-than.mdx:9: cannot be read at line 9: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`) (a "<" or "{" starts code in a story: write \\< and \\{ to show them)',
    // The files the build reads, read as it reads them.
    'content/organizations/en/_draft-org.md: files starting with _ are not published: remove the _ or move it to content/_templates',
    'content/organizations/new: is not in a language folder, so the site does not read it; move it to content/organizations/en/ (English) or content/organizations/fr/ (its French version, same file name)',
    'content/organizations/en/.hidden.md: is a hidden file (its name starts with a dot), which the site does not read; remove the dot',
    'content/organizations/en/alias.md:4: cannot be read at line 4: unidentified alias "research"',
    "content/figures/trailing-comma.json:7: cannot be read at line 7: Unexpected token ']' (JSON allows no comment and no comma after the last item",
    'content/figures/bom-figure.json:1: the file starts with a byte order mark; save it as UTF-8 without BOM',
    'content/organizations/en/bom.md:1: the file starts with a byte order mark; save it as UTF-8 without BOM',
    'content/stories/en/date-note.mdx:4: date_note is 2017-05-01 (read as a date) but must be a string; write it in quotes: date_note: "2017-05-01"',
    'content/organizations/en/postcode-number.md:8: sites[0].postcode is 91000 (a number) but must be a string; write it in quotes: postcode: "91000"',
    'content/organizations/en/latin1.md:17: is not UTF-8 text (an accented letter is stored in another encoding); save the file as UTF-8',
    'content/organizations/en/bidi.md:17: holds an invisible bidirectional control character (U+202E) at line 17',
    // Plausibility.
    'content/organizations/en/implausible.md:8: sites[0].department is "00", which is not a French department; use the code of the town\'s department',
    'content/organizations/en/implausible.md:15: sites[1] (lat 60.1, lon 30.2) lies outside France for department 13 (latitude 41.3 to 51.15, longitude -5.2 to 9.6)',
    'content/organizations/en/implausible.md:21: sites[2] (lat 45.76, lon 4.84) lies outside the Paris Region, where department 91 is',
    'content/organizations/en/long-texts.md:2: name is 275 characters long but may be at most 200; shorten it',
    'content/organizations/en/long-texts.md:8: the text below the front matter is 21252 characters long but may be at most 20000',
    'content/figures/implausible.json:9: values[1].as_of is "2018", the same date as values[0]; keep one value per date',
    'content/figures/implausible.json:10: values[2] (as of 2019) is -5, but a figure counts or sums something and cannot be below 0',
    'content/figures/implausible.json:11: values[3].as_of is "2999-01", which is in the future',
  ];

  it.each(expected)('reports: %s', (start) => {
    expect(lines.some((line) => line.startsWith(start))).toBe(true);
  });

  it('reports every problem in one run, and nothing else', () => {
    expect(lines).toHaveLength(expected.length);
  });

  it("blames no French file for its English file's schema errors (ipsen-copy.md has some; fr/ipsen-copy.md is fine)", () => {
    expect(lines.filter((l) => l.startsWith('content/organizations/fr/ipsen-copy.md'))).toEqual([]);
  });

  it('prints no stack trace, only file:line messages', () => {
    expect(lines.filter((l) => !/^content\/[^:]+(:\d+)?: /.test(l) || /\n\s+at /.test(l))).toEqual([]);
  });

  it('accepts a point near a department border on the right side of it (Ipsen, Boulogne-Billancourt)', () => {
    expect(lines.some((l) => l.includes('ipsen.md') && l.includes('outside department'))).toBe(false);
  });
});
