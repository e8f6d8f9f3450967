import { describe, expect, it } from 'vitest';
import { untranslated, type TranslatableContent } from '../../../src/content-check/translations.ts';

const base = (): TranslatableContent => ({
  organizations: [{ slug: 'genethon', data: { fields: ['gene therapy'], sites: [{ label: 'Campus' }] } }],
  areas: [{ slug: 'imaging' }],
  stories: [{ slug: 'horus' }],
  translations: {
    organizations: [{ slug: 'genethon', data: { fields: ['thérapie génique'], site_labels: ['Campus'] } }],
    areas: [{ slug: 'imaging' }],
    stories: [{ slug: 'horus' }],
  },
  figures: [{ slug: 'members', data: { label: { en: 'Members', fr: 'Membres' }, values: [{ note: { en: 'Note' } }] } }],
  timeline: [{ id: 'labelled', title: { en: 'Labelled', fr: 'Labellisé' }, text: { en: 'Text' } }],
  departments: { '75': { summary: { en: 'Paris', fr: 'Paris' } } },
});

describe('untranslated', () => {
  it('lists each text without a French version, by file and field', () => {
    expect(untranslated(base())).toEqual([
      'content/figures/members.json: values[0].note.fr missing',
      'content/timeline.json: entries[0] "labelled": text.fr missing',
    ]);
  });

  it('lists a missing French file, and French organization files without fields or site labels', () => {
    const c = base();
    c.translations.stories = [];
    c.translations.organizations = [{ slug: 'genethon', data: {} }];
    expect(untranslated(c)).toEqual(
      expect.arrayContaining([
        'content/stories/fr/horus.mdx: missing (French version of content/stories/en/horus.mdx)',
        'content/organizations/fr/genethon.md: fields missing',
        'content/organizations/fr/genethon.md: site_labels missing',
      ]),
    );
  });
});
