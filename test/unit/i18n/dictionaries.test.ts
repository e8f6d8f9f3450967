import { describe, expect, it } from 'vitest';
import { localizePath, pathInLocale, t, tn, scopeLabel, unitLabel } from '../../../src/i18n/index.ts';
import { en } from '../../../src/i18n/en.ts';
import { fr } from '../../../src/i18n/fr.ts';
import { KINDS, PRECISIONS, RELATIONS, TIMELINE_CATEGORIES } from '../../../src/model/constants.ts';

describe('t and tn', () => {
  it('fills placeholders', () => {
    expect(t('en', 'areas.chair', { chair: 'Cerba Healthcare' })).toBe('Chaired by Cerba Healthcare');
  });
  it('picks the plural form by count', () => {
    expect(tn('en', 'members.count', 1)).toBe('1 organization');
    expect(tn('en', 'members.count', 1200)).toBe('1,200 organizations');
  });
  it('has a label for every value of every enum', () => {
    const keys = new Set(Object.keys(en));
    for (const k of KINDS) expect(keys.has(`kind.${k}`), k).toBe(true);
    for (const r of RELATIONS) expect(keys.has(`relation.${r}`), r).toBe(true);
    for (const p of PRECISIONS) expect(keys.has(`precision.${p}`), p).toBe(true);
    for (const c of TIMELINE_CATEGORIES) expect(keys.has(`timeline.${c}`), c).toBe(true);
  });
});

describe('localizePath', () => {
  it('leaves English unprefixed and puts French under /fr/', () => {
    expect(localizePath('en', '/members/')).toBe('/members/');
    expect(localizePath('en', 'members')).toBe('/members/');
    expect(localizePath('fr', '/members/genethon/')).toBe('/fr/members/genethon/');
    expect(localizePath('fr', '/')).toBe('/fr/');
    expect(localizePath('en', '/data/departments.geojson')).toBe('/data/departments.geojson');
  });
});

describe('pathInLocale', () => {
  it('finds the same page in the other language', () => {
    expect(pathInLocale('/members/genethon/', 'fr')).toBe('/fr/members/genethon/');
    expect(pathInLocale('/fr/members/genethon/', 'en')).toBe('/members/genethon/');
    expect(pathInLocale('/fr/', 'en')).toBe('/');
    expect(pathInLocale('/', 'fr')).toBe('/fr/');
    expect(pathInLocale('/fr/figures/', 'fr')).toBe('/fr/figures/');
  });
  it('does not mistake a page starting with "fr" for the French prefix', () => {
    expect(pathInLocale('/frames/', 'fr')).toBe('/fr/frames/');
  });
  it("pairs the root's 404.html with /fr/404/", () => {
    expect(pathInLocale('/404.html', 'fr')).toBe('/fr/404/');
    expect(pathInLocale('/fr/404/', 'en')).toBe('/404.html');
  });
});

describe('unitLabel', () => {
  it('words a known unit in each language and leaves an unknown one as written', () => {
    expect(unitLabel('en', 'EUR million')).toBe('million euros');
    expect(unitLabel('fr', 'EUR million')).toBe('millions d’euros');
    expect(unitLabel('fr', 'hospitals')).toBe('hôpitaux');
    expect(unitLabel('fr', 'beds')).toBe('beds');
    expect(scopeLabel('fr', 'Paris Region')).toBe('Île-de-France');
    expect(scopeLabel('fr', 'Sanofi')).toBe('Sanofi');
  });
});

/** The `{name}` placeholders of a template, sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * French values that may equal the English one: organization names, pure
 * patterns, and words spelt the same in both languages. Anything else equal to
 * its English value is an untranslated copy.
 */
const SAME_IN_BOTH = new Set([
  'Medicen Paris Region',
  'Source',
  'JSON',
  'Type',
  'Licence',
  'patients',
  'Menu',
  'publications',
  'sites',
  '{name} ({code})',
  '({name}, {site})',
  'Association',
  'Date',
  'France',
  'Note',
  'Notes',
  'Page',
  'Source',
  'Sources',
  'Start-up',
]);

describe('the French dictionary', () => {
  const frEntries = Object.entries(fr);

  it('has exactly the keys of the English one', () => {
    const enKeys = Object.keys(en);
    const frKeys = Object.keys(fr);
    expect(
      enKeys.filter((k) => !(k in fr)),
      'missing in fr',
    ).toEqual([]);
    expect(
      frKeys.filter((k) => !(k in en)),
      'not in en',
    ).toEqual([]);
  });

  it('keeps the placeholders of every English string', () => {
    for (const [key, text] of frEntries) {
      expect(placeholders(text), key).toEqual(placeholders(en[key as keyof typeof en]));
    }
  });

  it('translates every string that is not the same in both languages', () => {
    const copies = frEntries.filter(([key, text]) => text === en[key as keyof typeof en] && !SAME_IN_BOTH.has(text));
    expect(copies).toEqual([]);
  });

  it('follows French typography', () => {
    const rules: [string, RegExp][] = [
      // A no-break space before : ; ? ! » and after «, so the mark never ends up alone at a line start.
      ['space before : ; ? ! » that can break', /[^\u00a0\u202f][:;?!»]/],
      ['space after « that can break', /«[^\u00a0\u202f]/],
      // The typographic apostrophe and ellipsis, and no markup: the text is escaped when shown.
      ['straight apostrophe', /'/],
      ['three dots instead of …', /\.\.\./],
      ['markup', /<\/?[a-z]/i],
      ['leading or trailing space', /^\s|\s$/],
    ];
    const faults = frEntries.flatMap(([key, text]) =>
      rules.filter(([, pattern]) => pattern.test(text)).map(([rule]) => `${key}: ${rule}`),
    );
    expect(faults).toEqual([]);
  });

  it('picks French plural forms: one for 0 and 1, other from 2, with French digit grouping', () => {
    expect(tn('fr', 'members.count', 0)).toBe('0 organisation');
    expect(tn('fr', 'members.count', 1)).toBe('1 organisation');
    expect(tn('fr', 'members.count', 2)).toBe('2 organisations');
    // fr-FR groups thousands with a narrow no-break space (U+202F).
    expect(tn('fr', 'members.count', 1200)).toBe('1\u202f200 organisations');
    // A million is "many" in French plural rules: it still takes the plural form.
    expect(tn('fr', 'members.count', 1_000_000)).toBe('1\u202f000\u202f000 organisations');
    expect(tn('en', 'members.count', 0)).toBe('0 organizations');
  });

  it('fills placeholders in French text', () => {
    expect(t('fr', 'search.count.other', { count: 3, query: 'imagerie' })).toBe(
      '3 résultats pour «\u00a0imagerie\u00a0»',
    );
  });
});
