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
  'unit.EUR billion': 'milliards d’euros',
  'unit.EUR million': 'millions d’euros',
  'unit.companies': 'entreprises',
  'unit.countries': 'pays',
  'unit.establishments': 'établissements',
  'unit.hospitals': 'hôpitaux',
  'unit.jobs': 'emplois',
  'unit.organizations': 'organisations',
  'unit.patients': 'patients',
  'unit.people': 'personnes',
  'unit.percent': 'pourcentage',
  'unit.procedures': 'actes',
  'unit.products': 'produits',
  'unit.projects': 'projets',
  'unit.publications': 'publications',
  'unit.sites': 'sites',
  'map.ui.map': 'Carte',
  'map.ui.zoomIn': 'Zoom avant',
  'map.ui.zoomOut': 'Zoom arrière',
  'map.ui.resetBearing': 'Faire glisser pour tourner la carte, cliquer pour revenir au nord',
  'map.ui.toggleAttribution': 'Afficher ou masquer les crédits',
  'map.ui.feedback': 'Signaler une erreur sur la carte',
  'map.ui.closePopup': 'Fermer la fenêtre',
  'map.ui.marker': 'Repère sur la carte',
  'content.untranslated': 'Ce texte n’est pas encore traduit en français ; il est affiché en anglais.',
  'content.inEnglish': '(en anglais)',
};
