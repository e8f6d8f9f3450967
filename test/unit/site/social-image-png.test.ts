import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPngSize } from '../../../src/site/social-image-palette.ts';
import { renderSocialImage } from '../../../src/site/social-image-png.ts';
import {
  areaCard,
  figureCard,
  homeCard,
  listCard,
  memberCard,
  pageCard,
  storyCard,
  type CardText,
} from '../../../src/site/social-image-templates.ts';

const site = {
  siteName: 'Medicen Paris Region',
  // The longer of the two taglines, the French one.
  tagline: 'Pôle de compétitivité des technologies de santé de l’Île-de-France',
};

/** Each template with the longest texts the content has, and longer. */
const LONG_CARDS: Record<string, CardText> = {
  home: homeCard({
    title: 'Medicen Paris Region, le pôle des technologies de santé de l’Île-de-France',
    lead: 'Les membres du pôle, leurs domaines, leurs réussites et les chiffres clés des technologies de santé en Île-de-France, en une carte, des listes et des fiches ouvertes à tous.',
  }),
  page: pageCard({
    section: 'Organisations membres',
    title: 'Les organisations membres et partenaires du pôle Medicen Paris Region',
    lead: 'Toutes les organisations du pôle, à filtrer par type, par domaine, par département et par relation avec le pôle, avec leur fiche, leurs sites et leurs liens.',
  }),
  member: memberCard({
    name: 'Centre chirurgical Marie-Lannelongue, Groupe hospitalier Paris Saint-Joseph et partenaires',
    sites: [
      { city: 'Le Plessis-Robinson', department: '92' },
      { city: 'Paris', department: '75' },
      { city: 'Boulogne-Billancourt', department: '92' },
      { city: 'Évry-Courcouronnes', department: '91' },
      { city: 'Saint-Quentin-en-Yvelines', department: '78' },
    ],
  }),
  area: areaCard({
    label: 'Domaine d’activité',
    title: 'Médecine régénératrice, thérapies innovantes et biomatériaux',
    summary:
      'L’imagerie médicale au service du diagnostic comme du traitement : appareils d’imagerie, logiciels de traitement d’image et interventions guidées par l’image.',
  }),
  list: listCard({
    section: 'Organisations membres',
    title: 'Hauts-de-Seine (92) et les organisations du département',
    count: '1 234 organisations',
    summary:
      'La capitale accueille les sièges des organismes nationaux de recherche Inserm et CNRS et celui du groupe hospitalier AP-HP, ainsi que l’Institut Pasteur, l’Institut Curie, l’Institut de la Vision et l’incubateur Paris Santé Cochin.',
  }),
  story: storyCard({
    label: 'Réussite',
    period: 'cité en 2015-2016',
    title: 'Discovery IGS 730 : un système d’imagerie robotisé pour guider les interventions endovasculaires',
    summary:
      'Un biocluster en oncologie qui réunit Gustave Roussy, Sanofi, l’Inserm, IP Paris et l’Université Paris-Saclay, avec Medicen comme partenaire de premier cercle ; en décembre 2022, il est devenu le premier lauréat du plan bioclusters de France 2030, avec un budget de 160 M€ dont 100 M€ apportés par l’État.',
  }),
  figure: figureCard({
    label: 'Chiffre clé',
    scope: 'Région Île-de-France',
    value: '1,3 Md€ (estimation)',
    title: 'Investissements publics et privés dans les projets de recherche et développement labellisés par le pôle',
    source: 'Au 31 décembre 2023, selon le rapport d’activité de Medicen Paris Region et de la Région Île-de-France',
  }),
};

describe('social preview PNGs', () => {
  for (const [template, text] of Object.entries(LONG_CARDS)) {
    it(`${template}: exactly 1200 x 630 and under 25,000 bytes with long texts`, async () => {
      const png = await renderSocialImage({ ...text, ...site }, false);
      expect(readPngSize(png)).toEqual({ width: 1200, height: 630 });
      expect(png.byteLength).toBeLessThan(25_000);
    });
  }
});

describe('the byte budget', () => {
  it('keeps a card whose every block is full under 25,000 bytes, with a shorter subtitle', async () => {
    const words =
      'Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore '.repeat(6);
    const text = figureCard({
      label: 'Chiffre clé',
      scope: words,
      value: '1,3 Md€ et 2,4 Md€',
      title: words,
      source: words,
    });
    const png = await renderSocialImage({ ...text, ...site }, false);
    expect(readPngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.byteLength).toBeLessThan(25_000);
  });
});

describe('renderSocialImage with a cache folder', () => {
  it('stores each card once under the hash of its inputs, and a changed card under a new name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'social-images-'));
    try {
      const card = { ...LONG_CARDS.member!, ...site };
      const first = await renderSocialImage(card, dir);
      expect(readdirSync(dir)).toHaveLength(1);
      expect(await renderSocialImage(card, dir)).toEqual(first);
      expect(readdirSync(dir)).toHaveLength(1);
      await renderSocialImage({ ...card, title: 'Another name' }, dir);
      expect(readdirSync(dir)).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
