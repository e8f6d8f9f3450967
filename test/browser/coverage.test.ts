/**
 * Wherever the site counts organizations, it says how many of the cluster's
 * members it profiles: the number of organization files against the latest
 * member count in content, with its date.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content-check/index.ts';
import { latest } from '../../src/model/figures.ts';
import { readPage, ROOT } from './support/dist.ts';

const content = loadContent(ROOT);
const members = content.figures.find((f) => f.slug === 'medicen-members')!;
const last = latest(members.data.values);

describe('coverage of the directory', () => {
  it.each([
    '/',
    '/fr/',
    '/members/',
    '/fr/members/',
    '/members/area/digital-health/',
    '/areas/digital-health/',
    '/fr/areas/digital-health/',
    '/map/',
    '/fr/map/',
    '/members/department/91/',
    '/fr/members/department/75/',
    '/members/department/',
  ])('%s says how many organizations it profiles, of how many members, as of when', (path) => {
    const html = readPage(path);
    const line = /<p class="meta coverage" data-profiled="(\d+)" data-members="(\d+)"[^>]*>([^<]*)/.exec(html);
    expect(line, path).not.toBeNull();
    expect(Number(line![1])).toBe(content.organizations.length);
    expect(Number(line![2])).toBe(last.value);
    // The member count's date, written out (a year at least).
    expect(line![3]).toMatch(/\d{4}/);
  });
});
