import { describe, expect, it } from 'vitest';
import {
  changeReportMarkdown,
  diffContent,
  escapeMarkdown,
  type ContentSnapshot,
  noticeMarkdown,
} from '../../../scripts/lib/change-report.ts';

const before: ContentSnapshot = {
  organizations: [
    { slug: 'a', name: 'Alpha', departments: ['91'] },
    { slug: 'b', name: 'Beta', departments: ['75'] },
    { slug: 'c', name: 'Gamma', departments: ['92', '94'] },
  ],
  figures: [
    {
      id: 'members',
      label: 'Members',
      unit: 'organizations',
      values: [
        { as_of: '2018', value: 300, qualifier: 'more-than' },
        { as_of: '2019', value: 400, qualifier: 'about' },
      ],
    },
    { id: 'gone', label: 'Gone', unit: 'x', values: [{ as_of: '2010', value: 1, qualifier: 'exact' }] },
  ],
};

const after: ContentSnapshot = {
  organizations: [
    { slug: 'a', name: 'Alpha', departments: ['92'] },
    { slug: 'c', name: 'Gamma', departments: ['94', '92'] },
    { slug: 'd', name: 'Delta | *bold*', departments: [] },
  ],
  figures: [
    {
      id: 'members',
      label: 'Members',
      unit: 'organizations',
      values: [
        { as_of: '2018', value: 300, qualifier: 'more-than' },
        { as_of: '2019', value: 410, qualifier: 'about' },
        { as_of: '2020', value: 500, qualifier: 'exact' },
      ],
    },
  ],
};

describe('diffContent', () => {
  const diff = diffContent(before, after);

  it('finds organizations added, removed and moved (not a mere reordering of departments)', () => {
    expect(diff.added.map((o) => o.slug)).toEqual(['d']);
    expect(diff.removed.map((o) => o.slug)).toEqual(['b']);
    expect(diff.moved).toEqual([{ org: after.organizations[0], from: ['91'] }]);
  });

  it('lists every figure value that changed, was added or was removed, by date', () => {
    expect(diff.figures).toEqual([
      { id: 'gone', label: 'Gone', changes: [{ as_of: '2010', before: '1 x' }] },
      {
        id: 'members',
        label: 'Members',
        changes: [
          { as_of: '2019', before: 'about 400 organizations', after: 'about 410 organizations' },
          { as_of: '2020', after: '500 organizations' },
        ],
      },
    ]);
  });
});

describe('changeReportMarkdown', () => {
  const names = { '75': 'Paris', '91': 'Essonne', '92': 'Hauts-de-Seine' };

  it('prints one table per kind of change, with departments named and text escaped', () => {
    const md = changeReportMarkdown(diffContent(before, after), names);
    expect(md).toContain(
      '### Organizations added (1)\n\n| Organization | Department |\n| --- | --- |\n| Delta \\| \\*bold\\* (`d`) | location not known |\n',
    );
    expect(md).toContain(
      '### Organizations removed (1)\n\n| Organization | Department |\n| --- | --- |\n| Beta (`b`) | 75 Paris |\n',
    );
    expect(md).toContain('| Alpha (`a`) | 91 Essonne | 92 Hauts-de-Seine |');
    expect(md).toContain('| Members (`members`) | 2019 | about 400 organizations | about 410 organizations |');
    expect(md).toContain('| Members (`members`) | 2020 | (new) | 500 organizations |');
    expect(md).toContain('| Gone (`gone`) | 2010 | 1 x | (removed) |');
  });

  it('names a department outside the region as such', () => {
    const md = changeReportMarkdown(
      diffContent(
        { organizations: [], figures: [] },
        { organizations: [{ slug: 'e', name: 'E', departments: ['80'] }], figures: [] },
      ),
      names,
    );
    expect(md).toContain('| E (`e`) | 80 (outside the Paris Region) |');
  });

  it('says so when nothing changed', () => {
    expect(changeReportMarkdown(diffContent(before, before), names)).toBe(
      '## Content changes\n\nNo organization was added, removed or moved, and no figure value changed.\n',
    );
  });
});

describe('escapeMarkdown', () => {
  it('makes markup characters literal and keeps a cell on one line', () => {
    expect(escapeMarkdown('<b>A_B</b>\n[x](y)')).toBe('\\<b\\>A\\_B\\</b\\> \\[x\\](y)');
  });
});

describe('noticeMarkdown', () => {
  it('repeats the notice of the content checks as a list, escaped', () => {
    const md = noticeMarkdown([
      'content/site.json: 2 site-wide fact(s) still empty: contact.email, legal.registered_office.',
      '  No /contact/ page until contact.address, contact.email or contact.telephone is filled.',
    ]);
    expect(md).toBe(
      [
        '### Still to fill (not a problem)',
        '',
        '- content/site.json: 2 site-wide fact(s) still empty: contact.email, legal.registered\\_office.',
        '- No /contact/ page until contact.address, contact.email or contact.telephone is filled.',
        '',
      ].join('\n'),
    );
  });
  it('is empty when there is nothing to say', () => {
    expect(noticeMarkdown([])).toBe('');
  });
});
