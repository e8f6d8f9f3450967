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
  // open data: the /data/ page, its files and fields; the stories feed.
  'nav.data': 'Données ouvertes',
  'data.title': 'Données ouvertes',
  'data.lead':
    'Les organisations, chiffres et graphiques de ce site sous forme de fichiers à télécharger, réutiliser et citer : ce que contient chaque fichier, le sens de chaque champ, la licence et la manière de citer.',
  'data.builtOn': 'Fichiers produits le {date} ; ils reflètent le contenu du site à cette date.',
  'data.orgs.title': 'Organisations',
  'data.orgs.lead':
    '{organizations} organisations, membres et partenaires du pôle, avec {sites} sites : les mêmes données en trois formats.',
  'data.file.json': 'un objet par organisation, ses sites imbriqués, après les métadonnées (licence, source, dates).',
  'data.file.csv':
    'pour les tableurs : une ligne par organisation. Les listes (domaines, thématiques, sources) et, pour une organisation qui a plusieurs sites, les colonnes des sites donnent leurs valeurs dans l’ordre, séparées par « | ». Séparateur virgule, encodage UTF-8 avec indicateur d’ordre des octets (BOM), pour que les tableurs affichent bien les accents.',
  'data.file.geojson':
    'pour les cartes : un point par site, avec les champs de son organisation ; coordonnées en WGS84, longitude d’abord.',
  'data.file.unlocated.one':
    '{count} organisation n’a pas de localisation connue : elle figure dans les fichiers JSON et CSV, et le GeoJSON, qui ne peut pas la placer, la cite par son identifiant sous « unlocated ».',
  'data.file.unlocated.other':
    '{count} organisations n’ont pas de localisation connue : elles figurent dans les fichiers JSON et CSV, et le GeoJSON, qui ne peut pas les placer, les cite par leur identifiant sous « unlocated ».',
  'data.fields.title': 'Champs',
  'data.fields.lead':
    'Les mêmes champs dans les trois fichiers, sous les noms ci-dessous. Une valeur absente vaut null en JSON et en GeoJSON, et laisse la cellule vide en CSV.',
  'data.fields.json': 'JSON',
  'data.fields.csv': 'Colonne CSV',
  'data.fields.geojson': 'Propriété GeoJSON',
  'data.fields.type': 'Type',
  'data.fields.meaning': 'Signification',
  'data.fields.absent': 'absent de ce fichier',
  'data.fields.optional': 'peut être vide',
  'data.type.slug': 'identifiant (minuscules, chiffres et tirets)',
  'data.type.text': 'texte',
  'data.type.slugs': 'liste d’identifiants',
  'data.type.texts': 'liste de textes',
  'data.type.url': 'adresse web',
  'data.type.urls': 'liste d’adresses web',
  'data.type.enum': 'une valeur parmi : {values}',
  'data.type.number': 'nombre',
  'data.type.code': 'code de département (Insee), par exemple 91',
  'data.type.postcode': 'code postal à cinq chiffres',
  'data.field.slug':
    'L’identifiant de l’organisation : le nom de son fichier de contenu et la fin de l’adresse de sa page.',
  'data.field.name': 'Le nom de l’organisation, écrit comme elle l’écrit.',
  'data.field.kind': 'Le type d’organisation.',
  'data.field.relation':
    'member : une source la cite comme membre du pôle ; partner : partenaire de ses projets ou partenaire institutionnel.',
  'data.field.areas':
    'Les domaines stratégiques du pôle dans lesquels elle travaille (identifiants des pages de domaine).',
  'data.field.fields': 'Mots-clés libres décrivant ses thématiques, par exemple « gene therapy ».',
  'data.field.website': 'Son site web officiel.',
  'data.field.description_en': 'Le texte de sa page sur ce site, en anglais (paragraphes Markdown).',
  'data.field.description_fr': 'Le même texte en français ; vide tant qu’il n’est pas traduit.',
  'data.field.page_en': 'L’adresse de sa page sur ce site, en anglais.',
  'data.field.page_fr': 'L’adresse de sa page sur ce site, en français.',
  'data.field.sources': 'Les pages publiques qui étayent ce que dit la fiche.',
  'data.field.site_count': 'Le nombre de ses sites ; 0 quand aucune source publique ne donne de localisation.',
  'data.field.site_index':
    'La position du site dans la liste des sites de son organisation, à partir de 0 ; le premier est en général le siège.',
  'data.field.site_label': 'La nature du site, par exemple « Head office » (siège) ou « R&D centre » (centre de R&D).',
  'data.field.site_city': 'La commune, écrite comme sur place.',
  'data.field.site_postcode': 'Le code postal ; vide quand seule la commune est connue.',
  'data.field.site_department':
    'Le code du département ; un site peut se trouver hors des huit départements de l’Île-de-France.',
  'data.field.site_lat': 'La latitude en degrés décimaux (WGS84).',
  'data.field.site_lon': 'La longitude en degrés décimaux (WGS84).',
  'data.field.site_precision':
    'La précision des coordonnées : adresse exacte (address), campus, quartier (district) ou centre de la commune (town) ; les deux dernières sont approximatives.',
  'data.figures.title': 'Chiffres clés et graphiques',
  'data.figures.json':
    'toutes les séries de chiffres avec leurs valeurs datées et leurs sources, et les valeurs que trace chaque graphique, en un seul fichier.',
  'data.figures.csv':
    'Un CSV par série de chiffres : chaque valeur datée avec son qualificatif, sa note et sa source. Colonnes : {columns}.',
  'data.figures.csvList.one': '{count} série de chiffres',
  'data.figures.csvList.other': '{count} séries de chiffres',
  'data.charts.files':
    'Chaque graphique de la page des chiffres clés en CSV (les valeurs qu’il trace, avec les mêmes colonnes) et en SVG (le graphique lui-même).',
  'data.charts.list.one': '{count} graphique',
  'data.charts.list.other': '{count} graphiques',
  'data.map.title': 'Fichiers de la carte',
  'data.map.sites':
    'les points que trace la carte interactive, un par site, avec ce dont ses filtres ont besoin. Conçu pour la carte, son format peut changer : pour réutiliser les localisations, préférez organizations.geojson.',
  'data.map.basemap': 'le fond de la carte : contours des départements et de la région, et points des étiquettes.',
  'data.map.departments': 'les contours des huit départements de l’Île-de-France.',
  'data.schemas.title': 'Schémas des fichiers de contenu',
  'data.schemas.lead':
    'Tous les fichiers ci-dessus sont produits à partir des fichiers que les rédacteurs écrivent dans le dossier content/. Ces schémas JSON décrivent ces fichiers, champ par champ.',
  'data.schema.organization': 'Une organisation : l’en-tête de content/organizations/<slug>.md.',
  'data.schema.area': 'Un domaine stratégique : l’en-tête de content/areas/<slug>.md.',
  'data.schema.story': 'Une réussite : l’en-tête de content/stories/<slug>.mdx.',
  'data.schema.figure': 'Un chiffre sourcé : content/figures/<id>.json.',
  'data.schema.departments': 'Les huit départements de l’Île-de-France : content/departments.json.',
  'data.schema.timeline': 'Les événements datés de l’histoire du pôle : content/timeline.json.',
  'data.licence.title': 'Licence',
  'data.licence.name': 'Les données rassemblées par ce site sont publiées sous la',
  'data.licence.terms':
    'Vous pouvez les copier, les diffuser, les adapter et les réutiliser, y compris à des fins commerciales, à condition de mentionner leur source (ce site) et la date des données.',
  'data.licence.facts':
    'Les faits proviennent des sources publiques citées avec chaque fiche (les champs sources) ; ce site les rassemble et rédige ses descriptions avec ses propres mots. Les pages citées restent soumises à leurs propres conditions.',
  'data.licence.outlines': 'Contours des départements et de la région : Natural Earth (domaine public).',
  'data.cite.title': 'Comment citer',
  'data.cite.lead': 'Indiquez le site, les données, leur adresse et leur date, par exemple :',
  'data.cite.text': '{site}, Données ouvertes : organisations membres et partenaires, {url}, données au {date}.',
  'figures.dataPage': 'Tous les fichiers de données, leurs champs et leur licence',
  'stories.feed': 'Suivre les nouvelles réussites avec le flux RSS',
  'stories.feedTitle': '{site} : réussites (RSS)',
};
