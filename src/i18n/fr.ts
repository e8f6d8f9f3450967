/**
 * French interface text. Missing keys fall back to English (see `t()`); the
 * French issue completes this dictionary.
 */
import type { UiKey } from './en.ts';

export const fr: Partial<Record<UiKey, string>> = {
  'site.tagline': 'Pôle de compétitivité des technologies de santé de l’Île-de-France',
  'nav.home': 'Accueil',
  'nav.members': 'Membres',
  'nav.map': 'Carte',
  'nav.areas': 'Domaines stratégiques',
  'nav.stories': 'Réussites',
  'nav.figures': 'Chiffres clés',
  'nav.about': 'À propos',
  'nav.skip': 'Aller au contenu',
  'nav.language': 'Langue',
  // Partage : images d’aperçu et données structurées (src/data/share.ts).
  'share.imageAlt': 'Medicen Paris Region : {title}',
  'share.area': 'Domaine stratégique',
  'share.story': 'Réussite',
  'share.figure': 'Chiffre clé',
  'share.figureSource': 'date : {date} · source : {publisher}',
  'share.dataset.one': '{label} ({scope}) : une valeur ({last}), avec sa source.',
  'share.dataset.other': '{label} ({scope}) : {count} valeurs datées, de {first} à {last}, chacune avec sa source.',
};
