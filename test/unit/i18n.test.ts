import { describe, expect, it } from 'vitest';
import { localizePath, pathInLocale, t, tn, unitLabel } from '../../src/i18n/index.ts';
import { en } from '../../src/i18n/en.ts';
import { KINDS, PRECISIONS, RELATIONS, TIMELINE_CATEGORIES } from '../../src/lib/constants.ts';

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
});

describe('unitLabel', () => {
  it('words a known unit in each language and leaves an unknown one as written', () => {
    expect(unitLabel('en', 'EUR million')).toBe('million euros');
    expect(unitLabel('fr', 'EUR million')).toBe('millions d’euros');
    expect(unitLabel('fr', 'hospitals')).toBe('hôpitaux');
    expect(unitLabel('fr', 'beds')).toBe('beds');
  });
});
