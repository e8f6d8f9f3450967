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
    'content/organizations/genethon.md:10: sites[0].department is "92" but postcode 91000 belongs to 91 (Essonne); fix the department or the postcode',
    'content/organizations/swapped.md:10: sites[0] (lat 2.3622, lon 48.8386) lies 7304.2 km outside department 75 (Paris); check the coordinates',
    'content/organizations/wrong-commune.md:11: sites[0] (lat 48.7309, lon 2.2713, precision campus) lies 14.5 km from the commune of postcode 91000: Évry-Courcouronnes (91228); check the coordinates or the postcode',
    'content/organizations/nowhere.md:9: sites[0].department is "80", outside the Paris Region, but its coordinates fall in 75 (Paris)',
    'content/organizations/nowhere.md:5: areas[0] is "imagery" but there is no content/areas/imagery.md; use one of: digital-health, imaging',
    'content/stories/rihdo.mdx:4: organizations[1] is "ghost-org" but there is no content/organizations/ghost-org.md',
    'content/organizations/ipsen.md:2: name "Ipsen" is already used by content/organizations/ipsen-duplicate.md',
    'content/organizations/ipsen-copy.md:2: has unknown field "webiste"; check the spelling',
    'content/organizations/ipsen-copy.md:4: kind is "big-company" but must be one of: large-company, mid-size-company, sme, startup',
    'content/organizations/ipsen-copy.md:11: sites[0].lat is "48,85" (a string) but must be a number; write the number without quotes, with a dot for decimals',
    'content/organizations/ipsen-copy.md:15: sources[0] is "www.example.org/ipsen" but must be a web address starting with http:// or https://',
    'content/organizations/Bad Name.md:2: the file name "Bad Name" is not a valid slug; rename the file using only lower-case letters, digits and hyphens (for example bad-name)',
    'content/organizations/broken-yaml.md:2: cannot be read at line 2:',
    'content/organizations/notes.txt: is not a .md file, so the site would ignore it; rename it to end in .md',
    'content/figures/medicen-budget.json:2: id is "medicen-budget-2016" but the file is named medicen-budget.json; make them the same',
    'content/figures/medicen-budget.json:6: values[0] (as of 2016) has no source; add a "source" {title, url, publisher}',
    'content/organizations/fr/genethon.md:2: fields has 1 item(s) but the English file has none; give one French item per English item, in the same order',
    'content/areas/fr/imagery.md:2: is a French version of content/areas/imagery, which does not exist; give it the same file name as the English entry',
    'content/figures/medicen-products.json:7: values[0].as_of is missing; add it (the date the number was true, e.g. "2018" or "2016-10")',
    'content/figures/medicen-members-copy.json:2: id is "medicen-members" but the file is named medicen-members-copy.json',
    'content/figures/medicen-members.json:2: id "medicen-members" is already used by content/figures/medicen-members-copy.json; give each figure its own id',
    'content/organizations/no-front-matter.md:1: has no front matter; the file must start with a line "---"',
    'content/organizations/out-of-range.md:9: sites[0].lat is 148.85 but must be at most 90',
    'content/stories/empty-fields.mdx:2: title has no value after its colon; write one (a title)',
    'content/stories/empty-fields.mdx:3: year is 2017.5 (a number) but must be a whole number',
    'content/stories/empty-fields.mdx:4: summary is empty; write a value or remove the line',
    'content/stories/empty-fields.mdx:5: sources needs at least one source: a web address that supports the story',
    'content/stories/too-early.mdx:3: year is 1990 but must be at least 2004',
    'content/timeline.json:16: entry "bad-date": date is "2005-13" but must be a date written YYYY, YYYY-MM or YYYY-MM-DD',
    'content/departments.json:1: department 77 is missing; the file must describe all eight: 75, 77, 78, 91, 92, 93, 94, 95',
    'content/organizations/half-filled.md:10: sites[0].lat still holds the template\'s placeholder "TODO latitude, e.g. 48.624"; replace it with the real value',
    "content/organizations/half-filled.md:14: sources[0] still holds the template's placeholder",
    "content/organizations/half-filled.md:17: the text below the front matter still holds the template's placeholder at line 17",
    'content/departments.json:13: "60" is not a department of the Paris Region; use only 75, 77, 78, 91, 92, 93, 94, 95',
  ];

  it.each(expected)('reports: %s', (start) => {
    expect(lines.some((line) => line.startsWith(start))).toBe(true);
  });

  it('reports every problem in one run, and nothing else', () => {
    expect(lines).toHaveLength(expected.length);
  });

  it('accepts a point near a department border on the right side of it (Ipsen, Boulogne-Billancourt)', () => {
    expect(lines.some((l) => l.includes('ipsen.md') && l.includes('outside department'))).toBe(false);
  });
});
