import { describe, expect, it } from 'vitest';
import { foldForCompare, localText, pickText, slugify } from '../../../src/util/text.ts';

describe('text helpers', () => {
  it('folds accents and case', () => {
    expect(foldForCompare('  Généthon ')).toBe('genethon');
    expect(foldForCompare('Île-de-France')).toBe('ile-de-france');
  });
  it('makes slugs from names', () => {
    expect(slugify('Région Île-de-France')).toBe('region-ile-de-france');
    expect(slugify('Thales (ex Gemalto)')).toBe('thales-ex-gemalto');
    expect(slugify('AP-HP')).toBe('ap-hp');
  });
});

describe('pickText', () => {
  it('gives the French text on French pages and says when English stands in', () => {
    expect(pickText({ en: 'Hospitals', fr: 'Hôpitaux' }, 'fr')).toEqual({ text: 'Hôpitaux', lang: 'fr' });
    expect(pickText({ en: 'Hospitals' }, 'fr')).toEqual({ text: 'Hospitals', lang: 'en' });
    expect(pickText({ en: 'Hospitals', fr: 'Hôpitaux' }, 'en')).toEqual({ text: 'Hospitals', lang: 'en' });
  });
});

describe('localText', () => {
  it('is the text pickText chooses, or "" for no text', () => {
    expect(localText({ en: 'Hospitals', fr: 'Hôpitaux' }, 'fr')).toBe('Hôpitaux');
    expect(localText({ en: 'Hospitals' }, 'fr')).toBe('Hospitals');
    expect(localText(undefined, 'en')).toBe('');
  });
});
