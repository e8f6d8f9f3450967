/**
 * French interface text: one entry for every key of en.ts (a missing or extra
 * key is a type error). Written as French, not word for word: the cluster is
 * "le pôle", the Paris Region "l’Île-de-France", success stories "réussites";
 * organization names (Medicen Paris Region, Sanofi) stay as they are.
 *
 * Typography: typographic apostrophe ’, guillemets « », and a no-break space
 * (\u00a0, as in src/i18n/format.ts) before : ; ? ! » and after «, so that the
 * punctuation never starts a line. Dates arrive as "2018", "octobre 2016" or
 * "7 octobre 2015", so `{date}` is never put after "au" or "de", which would
 * fit only some of these forms.
 */
import type { UiKey } from './en.ts';

export const fr: Record<UiKey, string> = {
  'site.name': 'Medicen Paris Region',
  'site.tagline': 'Pôle de compétitivité des technologies de santé de l’Île-de-France',
  'site.description':
    'Medicen Paris Region est le pôle de compétitivité des technologies de santé de l’Île-de-France\u00a0: ses membres, ses domaines stratégiques, ses réussites et ses chiffres clés, tous sourcés.',

  'nav.label': 'Menu principal',
  'nav.menu': 'Menu',
  'nav.home': 'Accueil',
  'nav.members': 'Membres',
  'nav.map': 'Carte',
  'nav.areas': 'Domaines stratégiques',
  'nav.stories': 'Réussites',
  'nav.figures': 'Chiffres clés',
  'nav.about': 'À propos',
  'nav.skip': 'Aller au contenu',
  'nav.breadcrumbs': 'Fil d’Ariane',
  'nav.language': 'Langue',

  'footer.about':
    'Medicen Paris Region réunit des entreprises, des centres de recherche, des universités, des hôpitaux et des collectivités territoriales qui travaillent sur les technologies de santé en Île-de-France.',
  'footer.sources': 'Chaque chiffre de ce site est accompagné de sa source et de la date à laquelle il était valable.',
  'footer.explore': 'Explorer',
  'footer.licences': 'Licences tierces',

  'home.title': 'Les technologies de santé en Île-de-France',
  'home.lead':
    'Medicen Paris Region est le pôle de compétitivité qui fédère les entreprises, les laboratoires, les hôpitaux et les acteurs publics qui développent en Île-de-France le diagnostic, l’imagerie, la médecine régénératrice, la santé numérique et la médecine translationnelle.',
  'home.headlines': 'Derniers chiffres\u00a0: la région et le pôle',
  'home.headlines.more': 'Tous les chiffres clés, avec leurs sources',
  'home.explore': 'Explorer l’écosystème',
  'coverage.profiled':
    'Le site présente {count} organisations (membres et partenaires)\u00a0; le pôle comptait {members} membres en {date}.',
  'coverage.add':
    'Une organisation est ajoutée au site dès qu’une source publique la cite comme membre ou partenaire du pôle.',
  'home.card.members':
    '{count} organisations répertoriées, membres et partenaires, par type, par domaine et par département.',
  'home.card.map': 'Où sont implantées les organisations, département par département.',
  'home.card.areas': 'Les cinq domaines stratégiques dans lesquels le pôle intervient.',
  'home.card.stories': 'Produits et projets issus du pôle.',
  'home.card.figures': 'Des chiffres datés et sourcés sur le pôle et la région, prêts à être cités.',
  'home.card.about':
    'De la labellisation de 2005 à aujourd’hui\u00a0: les phases de la politique des pôles, les domaines et la gouvernance.',
  'home.areas': 'Domaines stratégiques',
  'home.stories': 'Réussites récentes',

  'figure.asOf': 'date de référence\u00a0: {date}',
  'figure.source': 'Source',
  'figure.sources': 'Sources',
  'figure.history': 'Évolution dans le temps',
  'figure.date': 'Date',
  'figure.value': 'Valeur',
  'figure.note': 'Note',
  'figure.latest': 'Dernière valeur',
  'figure.scope': 'Périmètre',
  'figures.title': 'Chiffres clés',
  'figures.lead':
    'Tous les chiffres de ce site, avec la date à laquelle ils étaient valables et la source qui les a publiés. Lorsque les sources divergent, chaque valeur est conservée avec sa propre date.',
  'figures.computed': 'Calculé à partir de l’annuaire de ce site',
  'figures.computedNote':
    'Décompte des organisations répertoriées sur ce site, à la date de la dernière mise à jour ({date}).',

  'members.title': 'Membres et partenaires',
  'members.lead':
    'Les organisations de l’écosystème francilien des technologies de santé qui sont membres de Medicen Paris Region ou partenaires de ses projets.',
  'members.count.one': '{count} organisation',
  'members.count.other': '{count} organisations',
  'members.byDepartment': 'Par département',
  'members.byArea': 'Par domaine stratégique',
  'members.byKind': 'Par type',
  'members.all': 'Toutes les organisations',
  'members.outside': 'Hors Île-de-France',
  'members.unknown': 'Localisation inconnue',
  'members.unknownNote': 'Aucune source publique n’indique encore où se trouvent ces organisations.',
  'members.outsideNote': 'Membres dont les sites se trouvent hors d’Île-de-France.',
  'members.none': 'Aucune organisation du site n’est encore répertoriée ici.',
  'members.inArea': '{area}\u00a0: les organisations du domaine',
  'members.inDepartment': '{department}\u00a0: les organisations implantées dans le département',
  'members.alsoHere': 'Également présentes dans le département',
  'members.countRule':
    'Une organisation compte dans chaque département où elle a un site\u00a0: celle qui a des sites dans deux départements compte dans les deux.',

  'org.kind': 'Type',
  'org.relation': 'Lien avec le pôle',
  'org.areas': 'Domaines stratégiques',
  'org.fields': 'Spécialités',
  'org.website': 'Site web',
  'org.sites': 'Implantations',
  'org.sites.none': 'Localisation inconnue\u00a0: aucune source publique ne l’indique encore.',
  'org.sources': 'Sources',
  'org.stories': 'Réussites',
  'org.figures': 'Chiffres clés',
  'org.precision': 'Précision de la localisation',
  'org.outside': 'hors Île-de-France',
  'org.placed.address': 'Placé sur la carte à son adresse.',
  'org.placed.campus': 'Placé sur la carte sur son campus.',
  'org.placed.district': 'Placé sur la carte dans son quartier\u00a0: l’adresse exacte n’est pas connue.',
  'org.placed.town': 'Placé sur la carte au centre de la commune\u00a0: l’adresse exacte n’est pas connue.',
  'org.department': 'Département',

  'relation.member': 'Membre',
  'relation.partner': 'Partenaire',

  'kind.large-company': 'Grande entreprise',
  'kind.mid-size-company': 'ETI',
  'kind.sme': 'PME',
  'kind.startup': 'Start-up',
  'kind.research': 'Organisme de recherche',
  'kind.university': 'Université',
  'kind.hospital': 'Hôpital',
  'kind.cluster': 'Pôle ou parc scientifique',
  'kind.association': 'Association',
  'kind.public-authority': 'Collectivité ou organisme public',
  'kind.investor': 'Investisseur',
  'kind.other': 'Autre',

  'precision.address': 'à son adresse',
  'precision.campus': 'sur son campus',
  'precision.district': 'dans son quartier, adresse inconnue',
  'precision.town': 'au centre de la commune, adresse inconnue',

  'areas.title': 'Domaines stratégiques',
  'areas.lead':
    'Les cinq domaines stratégiques du plan stratégique 2014-2018 du pôle, dans lesquels il labellisait des projets et fédérait ses membres. Ils ont été réorganisés en octobre 2019, et de nouvelles priorités ont été mises en avant en 2024\u00a0: voir leur évolution plus bas.',
  'areas.history': 'L’évolution des domaines',
  'areas.chair': 'Présidé par {chair}',
  'areas.members': 'Organisations de ce domaine',
  'areas.stories': 'Réussites dans ce domaine',

  'stories.title': 'Réussites',
  'stories.lead': 'Produits, projets et programmes issus du pôle ou qu’il a contribué à faire aboutir.',
  'stories.organizations': 'Organisations impliquées',
  'stories.areas': 'Domaines stratégiques',
  'stories.sources': 'Sources',
  'stories.none': 'Aucune réussite n’est encore rattachée à ce domaine.',

  'map.title': 'Carte de l’écosystème',
  'map.lead': 'Où travaillent les organisations répertoriées sur ce site, département par département.',
  'map.sites.one': '{count} implantation',
  'map.sites.other': '{count} implantations',

  'about.title': 'À propos du pôle',
  'about.lead':
    'Qui dirige Medicen Paris Region aujourd’hui, ce qu’est le pôle, ses membres, ses alliances et ses priorités, puis son histoire depuis sa labellisation en 2005\u00a0: chaque information avec ses sources.',
  'about.timeline': 'Chronologie',
  'timeline.policy': 'Politique publique',
  'timeline.areas': 'Domaines stratégiques',
  'timeline.governance': 'Gouvernance',
  'timeline.event': 'Événement',
  'timeline.partnership': 'Partenariat',
  'timeline.milestone': 'Étape clé',
  'common.source': 'Source',
  'about.today': 'Le pôle aujourd’hui',
  'about.leaders': 'Qui le dirige',
  'about.inOfficeBy': 'En fonction depuis {date} au plus tard',
  // Suit « en fonction depuis … » : le point-virgule, précédé d’une espace insécable, fait partie du texte.
  'about.reElected': '\u00a0; réélection le {date}',
  'about.identity': 'Statut et labels',
  'about.members': 'Membres',
  'about.membersValue': '{value} organisations membres',
  'about.membersHistory': 'Nombre de membres depuis 2005',
  'about.networks': 'Alliances et réseaux',
  'about.priorities': 'Priorités',
  'about.prioritiesAsOf': 'Annoncées en {date}.',
  'about.history': 'Histoire, de la plus récente à la plus ancienne période',
  'about.historyLead':
    'Regroupée par phase de la politique nationale des pôles de compétitivité, avec chaque événement daté et ses sources.',
  'about.periodEvents.one': '{count} événement dans cette période',
  'about.periodEvents.other': '{count} événements dans cette période',
  'about.otherDates': 'Autres dates',
  'contact.title': 'Coordonnées',
  'contact.lead': 'Comment joindre Medicen Paris Region et comment y adhérer.',
  'contact.address': 'Adresse',
  'contact.email': 'Courriel',
  'contact.telephone': 'Téléphone',
  'contact.social': 'Réseaux sociaux',
  'contact.join': 'Adhérer au pôle',
  'contact.joinLink': 'Comment devenir membre',
  'contact.page': 'Toutes les coordonnées',
  'legal.title': 'Mentions légales',
  'legal.lead': 'Qui édite ce site et qui l’héberge.',
  'legal.publisher': 'Éditeur',
  'legal.director': 'Directeur de la publication',
  'legal.registeredOffice': 'Siège social',
  'legal.registration': 'Immatriculation',
  'legal.host': 'Hébergeur',

  'notFound.title': 'Page introuvable',
  'notFound.lead': 'La page demandée n’existe pas ou a été déplacée. Ces pages peuvent vous aider\u00a0:',

  'common.sources': 'Sources',
  'common.readMore': 'En savoir plus',
  'common.notKnown': 'non renseigné',
  'common.untranslated': 'Ce texte n’est pas encore disponible en français\u00a0; il est affiché en anglais.',
  // figures: charts of the key-figures page, their blocks, downloads and citations.
  'figures.section.medicen': 'Le pôle',
  'figures.section.region': 'Les sciences de la vie en Île-de-France',
  'figures.section.sanofi': 'Sanofi en Île-de-France',
  'figures.section.directory': 'D’après l’annuaire de ce site',
  'figures.section.other': 'Autres chiffres',
  'figures.section.otherLead':
    'Chiffres isolés et séries qui ne figurent pas dans les graphiques ci-dessus, chacun avec ses dates et ses sources.',
  'figures.downloads': 'Téléchargement pour cette page\u00a0: tous les chiffres en un seul fichier',
  'figures.allJson': 'Tous les chiffres (JSON)',
  'figures.contents': 'Sommaire',
  'chart.subtitleUnit': 'Unité\u00a0: {unit}.',
  'chart.table': 'Tableau de données\u00a0: les chiffres de ce graphique',
  'chart.table.series': 'Série',
  'chart.table.category': 'Catégorie',
  'chart.sources': 'Sources',
  'chart.sourceDates': 'données\u00a0: {dates}',
  'chart.asOf': 'Date de référence des données\u00a0: {date}',
  'chart.notes': 'Notes',
  'chart.download': 'Télécharger',
  'chart.download.csv': 'Données (CSV)',
  'chart.download.svg': 'Graphique (SVG)',
  'chart.download.figureCsv': 'Série {id} (CSV)',
  'chart.cite': 'Pour citer ce graphique',
  'chart.citation':
    'Medicen Paris Region, «\u00a0Chiffres clés\u00a0: {name}\u00a0» (date de référence des données\u00a0: {date}), {url}, consulté le {accessed}.',
  'chart.directorySource': 'Site de Medicen Paris Region, annuaire des organisations',
  'chart.department': '{name} ({code})',
  'chart.medicen-members.name': 'Évolution du nombre de membres',
  'chart.medicen-members.title': 'Le pôle comptait {first} membres en {firstDate} et {last} en {lastDate}',
  'chart.medicen-members.subtitle':
    'Organisations membres du pôle, selon les chiffres publiés à chaque date ({from}–{to}).',
  'chart.medicen-projects-products.name': 'Projets labellisés et produits mis sur le marché',
  'chart.medicen-projects-products.title':
    '{value1} projets collaboratifs labellisés ({date1}) et {value2} produits mis sur le marché ({date2}) depuis la création du pôle',
  'chart.medicen-projects-products.subtitle':
    'Totaux cumulés depuis 2005, selon les chiffres publiés à chaque date\u00a0: projets labellisés par le pôle, projets ayant trouvé un financement (un décompte distinct) et produits qui en sont issus mis sur le marché.',
  'chart.medicen-investment.name': 'Investissements dans les projets du pôle',
  'chart.medicen-investment.title': '{total} investis dans les projets du pôle jusqu’en {date}',
  'chart.medicen-investment.titleShare':
    '{total} investis dans les projets du pôle jusqu’en {date}\u00a0; le financement public représentait {part} sur {whole} ({share}) en {shareDate}',
  'chart.medicen-investment.subtitle':
    'Investissements cumulés dans les projets du pôle depuis 2005, en euros, avec la part du financement public dans chaque total lorsque la source l’indique.',
  'chart.medicen-investment.part': 'Financement public',
  'chart.medicen-investment.total': 'Total investi',
  'chart.medicen-investment.noPart': 'part publique non publiée',
  'chart.medicen-projects-labelled-per-year.name': 'Projets labellisés par an, 2005–2008',
  'chart.medicen-projects-labelled-per-year.title':
    '{total} projets labellisés lors des premières années du pôle, avec un pic en {maxDate} ({max})',
  'chart.medicen-projects-labelled-per-year.subtitle':
    'Projets collaboratifs de R&D labellisés par le pôle sur chaque période\u00a0; voir les notes pour les périodes de moins d’un an.',
  'chart.region-life-science-companies.name': 'Entreprises des sciences de la vie par secteur',
  'chart.region-life-science-companies.title':
    '{total} entreprises des sciences de la vie en Île-de-France\u00a0; premier secteur recensé\u00a0: {top} ({topValue})',
  'chart.region-life-science-companies.subtitle':
    'Nombre d’entreprises, {date}. Les chiffres par secteur sont publiés avec le total, sans que leur somme lui soit nécessairement égale.',
  'chart.region-hospitals-research.name': 'Réseau hospitalier et recherche',
  'chart.region-hospitals-research.title': 'Le réseau hospitalier et la recherche de la région en {count} chiffres',
  'chart.region-hospitals-research.titleNetwork':
    'Le premier réseau hospitalier de la région\u00a0: {value1} hôpitaux\u00a0; patients pris en charge chaque année\u00a0: {value2} ({date2})',
  'chart.region-hospitals-research.subtitle':
    'Chaque chiffre est la dernière valeur publiée, avec sa propre date\u00a0; ils mesurent des choses différentes et ne sont pas comparés entre eux.',
  'chart.sanofi-sites-paris-region.name': 'Sites de Sanofi en Île-de-France par fonction',
  'chart.sanofi-sites-paris-region.title': 'Les sites de Sanofi en Île-de-France par fonction\u00a0: {list}',
  'chart.sanofi-sites-paris-region.subtitle': 'Nombre de sites par fonction, {date}.',
  'chart.sanofi-employees.name': 'Effectifs de Sanofi\u00a0: monde, France, Île-de-France',
  'chart.sanofi-employees.title': 'Sanofi emploie {value3} personnes en Île-de-France',
  'chart.sanofi-employees.titleShare':
    'Sanofi emploie {value3} personnes en Île-de-France, soit {share3of2} de ses effectifs en France ({date3})',
  'chart.sanofi-employees.subtitle': 'Effectifs salariés, {date}.',
  'chart.medicen-budget-over-time.name': 'Le budget de fonctionnement du pôle',
  'chart.medicen-budget-over-time.title':
    'Budget de fonctionnement du pôle\u00a0: {first} en {firstDate}, {last} en {lastDate}',
  'chart.medicen-budget-over-time.subtitle':
    'Budget de fonctionnement annuel du pôle, en euros, tel que publié ({from}–{to}).',
  'chart.region-rd-expenditure-over-time.name': 'Dépenses de recherche et développement de la région',
  'chart.region-rd-expenditure-over-time.title':
    'Dépenses de recherche et développement en Île-de-France\u00a0: {first} en {firstDate}, {last} en {lastDate}',
  'chart.region-rd-expenditure-over-time.subtitle':
    'Dépenses annuelles de recherche et développement en Île-de-France, en euros, telles que chaque source les a publiées ({from}–{to}).',
  'chart.region-researchers-over-time.name': 'Chercheurs de la région',
  'chart.region-researchers-over-time.title':
    'Chercheurs en Île-de-France\u00a0: {first} en {firstDate}, {last} en {lastDate}',
  'chart.region-researchers-over-time.subtitle':
    'Nombre de chercheurs en Île-de-France, tel que chaque source l’a compté ({from}–{to})\u00a0; consultez les sources avant de comparer les deux.',
  'chart.region-startups-over-time.name': 'Start-up de la région',
  'chart.region-startups-over-time.title':
    'Start-up en Île-de-France\u00a0: {first} en {firstDate}, {last} en {lastDate}',
  'chart.region-startups-over-time.subtitle':
    'Nombre de start-up en Île-de-France, tel que chaque source l’a compté ({from}–{to}).',
  'chart.organizations-by-department.name': 'Organisations par département',
  'chart.organizations-by-department.title':
    '{top}\u00a0: le département qui accueille le plus d’organisations répertoriées ({count} sur {total})',
  'chart.organizations-by-department.subtitle':
    'Organisations répertoriées sur ce site, selon le département de leur implantation principale\u00a0; décompte établi lors de la dernière mise à jour du site.',
  'chart.organizations-by-kind.name': 'Organisations par type',
  'chart.organizations-by-kind.title': '{top}\u00a0: le type d’organisation le plus représenté ({count} sur {total})',
  'chart.organizations-by-kind.subtitle':
    'Organisations répertoriées sur ce site, par type\u00a0; décompte établi lors de la dernière mise à jour du site.',
  'chart.organizations-by-area.name': 'Organisations par domaine stratégique',
  'chart.organizations-by-area.title':
    '{top}\u00a0: le domaine stratégique qui compte le plus d’organisations répertoriées ({count} sur {total})',
  'chart.organizations-by-area.subtitle':
    'Organisations répertoriées sur ce site, par domaine stratégique\u00a0; une organisation pouvant intervenir dans plusieurs domaines, la somme des barres dépasse le total. Décompte établi lors de la dernière mise à jour du site.',
  'chart.cat.region-life-science-companies': 'Ensemble des entreprises des sciences de la vie',
  'chart.cat.region-medtech-companies': 'Technologies médicales',
  'chart.cat.region-pharma-companies': 'Industrie pharmaceutique',
  'chart.cat.region-biotech-companies': 'Biotechnologies',
  'chart.cat.sanofi-sites-paris-region-tertiary': 'Sites tertiaires',
  'chart.cat.sanofi-sites-paris-region-rd': 'Sites de R&D',
  'chart.cat.sanofi-sites-paris-region-factories': 'Usines',
  'chart.cat.sanofi-sites-paris-region-logistics': 'Centres logistiques',
  'chart.cat.sanofi-employees-world': 'Monde',
  'chart.cat.sanofi-employees-france': 'France',
  'chart.cat.sanofi-employees-paris-region': 'Île-de-France',
  'figure.seeChart': 'graphique et données',

  // map:
  'map.embedTitle': 'Les acteurs des technologies de santé en Île-de-France',
  'map.filters': 'Filtrer les organisations',
  'map.filtersActive.one': '{count}\u00a0actif',
  'map.filtersActive.other': '{count}\u00a0actifs',
  'map.filter.kind': 'Type',
  'map.filter.relation': 'Lien avec le pôle',
  'map.filter.area': 'Domaine stratégique',
  'map.filter.dept': 'Département',
  'map.filter.q': 'Nom contenant',
  'map.filter.any': 'Tous',
  'map.filter.reset': 'Effacer les filtres',
  'map.filter.choropleth': 'Colorer les départements selon le nombre d’organisations',
  'map.orgs.one': '{count} organisation',
  'map.orgs.other': '{count} organisations',
  'map.points.one': '{count} implantation sur la carte',
  'map.points.other': '{count} implantations sur la carte',
  'map.list': 'Organisations sur la carte',
  'map.listNone': 'Aucune organisation ne correspond à ces filtres.',
  'map.show': 'Afficher sur la carte',
  'map.showWhich': '({name}, {site})',
  'map.region': 'Carte de l’Île-de-France',
  'map.regionAlt':
    'Carte des huit départements d’Île-de-France, avec un point par site des organisations répertoriées ci-dessous, coloré selon leur type.',
  'map.interactive':
    'Carte interactive de l’Île-de-France\u00a0: faites glisser pour vous déplacer, utilisez les touches plus et moins pour zoomer.',
  'map.loading': 'Chargement de la carte…',
  'map.noWebgl':
    'La carte interactive ne peut pas s’afficher dans ce navigateur (WebGL n’est pas disponible). La carte d’ensemble et la liste complète ci-dessous présentent tous les sites.',
  'map.loadError':
    'La carte interactive n’a pas pu être chargée. La carte d’ensemble et la liste complète ci-dessous présentent tous les sites.',
  'map.legend.kind': 'Type d’organisation',
  'map.legend.cluster':
    'Groupe de sites\u00a0: le nombre indique combien il en compte\u00a0; sélectionnez-le pour zoomer.',
  'map.legend.choropleth': 'Organisations par département',
  'map.legend.none': 'aucune',
  'map.legend.choroplethNote':
    'Chaque organisation est comptée dans chaque département où elle a un site, comme sur les pages des départements, en tenant compte des filtres en cours.',
  'map.group.company': 'Entreprises (grandes entreprises, ETI, PME, start-up)',
  'map.group.research': 'Recherche et universités',
  'map.group.hospital': 'Hôpitaux',
  'map.group.network': 'Pôles, parcs scientifiques et associations',
  'map.group.public': 'Collectivités et organismes publics',
  'map.group.investor': 'Investisseurs',
  'map.group.other': 'Autres',
  'map.popup.site': 'Implantation',
  'map.popup.precision': 'Placé sur la carte',
  'map.popup.areas': 'Domaines',
  'map.popup.member': 'Fiche de l’organisation',
  'map.popup.here': '{count} organisations à cet endroit',
  'map.outsideNote':
    'Organisations dont tous les sites sont hors d’Île-de-France\u00a0; leurs sites apparaissent sur la carte lorsque vous dézoomez.',
  'map.attribution': 'Contours\u00a0: IGN Admin Express, INSEE (Licence Ouverte 2.0)',
  'map.locator': '{name}\u00a0: localisation en Île-de-France',
  'map.locatorNone': 'Aucun de ses sites ne se trouve en Île-de-France.',
  'map.openFull': 'Ouvrir la carte complète',
  // search:
  'search.title': 'Recherche',
  'search.lead': 'Trouvez une organisation, une commune, une technologie, une réussite ou un chiffre.',
  'search.landmark': 'Recherche sur le site',
  'search.pageLandmark': 'Recherche et filtres',
  'search.label': 'Rechercher sur le site',
  'search.placeholder': 'Rechercher',
  'search.submit': 'Rechercher',
  'search.shortcut': 'Appuyez sur / pour rechercher',
  'search.refine': 'Affiner',
  'search.apply': 'Appliquer les filtres',
  'search.clear': 'Effacer les filtres',
  'search.results': 'Résultats',
  'search.facet.type': 'Type de contenu',
  'search.facet.kind': 'Type d’organisation',
  'search.facet.dept': 'Département',
  'search.facet.area': 'Domaine stratégique',
  'search.facet.relation': 'Lien avec le pôle',
  'search.type.organization': 'Organisation',
  'search.type.story': 'Réussite',
  'search.type.area': 'Domaine stratégique',
  'search.type.figure': 'Chiffres clés',
  'search.type.page': 'Page',
  'search.count.one': '{count} résultat pour «\u00a0{query}\u00a0»',
  'search.count.other': '{count} résultats pour «\u00a0{query}\u00a0»',
  'search.countFiltered.one': '{count} page correspond aux filtres choisis',
  'search.countFiltered.other': '{count} pages correspondent aux filtres choisis',
  'search.live.count.one': '{count} résultat',
  'search.live.count.other': '{count} résultats',
  'search.live.none': 'Aucun résultat pour «\u00a0{query}\u00a0»',
  'search.none':
    'Aucun résultat pour «\u00a0{query}\u00a0». Vérifiez l’orthographe, essayez avec moins de mots ou retirez un filtre.',
  'search.noneFiltered': 'Aucune page ne correspond aux filtres choisis. Retirez-en un pour élargir la recherche.',
  'search.prompt': 'Saisissez un nom, une commune ou une technologie, ou choisissez un filtre.',
  'search.loading': 'Recherche en cours…',
  'search.more': 'Afficher plus de résultats',
  'search.all': 'Tous les résultats pour «\u00a0{query}\u00a0»',
  'search.docTitle': 'Recherche\u00a0: {query}',
  'search.error': 'La recherche n’est pas disponible pour le moment. Vous pouvez parcourir l’annuaire en attendant.',
  'search.noscript':
    'La recherche nécessite JavaScript, qui est désactivé dans ce navigateur. Toutes les organisations restent accessibles dans l’annuaire, par département ou par domaine stratégique\u00a0:',
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
  'scope.Paris Region': 'Île-de-France',
  'content.untranslated': 'Ce texte n’est pas encore traduit en français\u00a0; il est affiché en anglais.',
  'content.inEnglish': '(en anglais)',
  'notFound.search': 'Rechercher sur le site ce qui vous amenait',
  // open data: the /data/ page, its files and fields; the stories feed.
  'nav.data': 'Données ouvertes',
  'data.title': 'Données ouvertes',
  'data.lead':
    'Les organisations, chiffres et graphiques de ce site sous forme de fichiers à télécharger, réutiliser et citer\u00a0: ce que contient chaque fichier, le sens de chaque champ, la licence et la manière de citer.',
  'data.builtOn': 'Fichiers produits le {date}\u00a0; ils reflètent le contenu du site à cette date.',
  'data.orgs.title': 'Organisations',
  'data.orgs.lead':
    '{organizations} organisations, membres et partenaires du pôle, avec {sites} sites\u00a0: les mêmes données en trois formats.',
  'data.file.json': 'un objet par organisation, ses sites imbriqués, après les métadonnées (licence, source, dates).',
  'data.file.csv':
    'pour les tableurs\u00a0: une ligne par organisation. Les listes (domaines, thématiques, sources) et, pour une organisation qui a plusieurs sites, les colonnes des sites donnent leurs valeurs dans l’ordre, séparées par «\u00a0|\u00a0». Séparateur virgule, encodage UTF-8 avec indicateur d’ordre des octets (BOM), pour que les tableurs affichent bien les accents. Dans tous les fichiers CSV de cette page, une cellule de texte qui commencerait par =, +, - ou @ (qu’un tableur exécuterait comme une formule) commence par une apostrophe droite (U+0027) à la place\u00a0; les nombres sont écrits tels quels.',
  'data.file.geojson':
    'pour les cartes\u00a0: un point par site, avec les champs de son organisation\u00a0; coordonnées en WGS84, longitude d’abord.',
  'data.file.unlocated.one':
    '{count} organisation n’a pas de localisation connue\u00a0: elle figure dans les fichiers JSON et CSV, et le GeoJSON, qui ne peut pas la placer, la cite par son identifiant sous «\u00a0unlocated\u00a0».',
  'data.file.unlocated.other':
    '{count} organisations n’ont pas de localisation connue\u00a0: elles figurent dans les fichiers JSON et CSV, et le GeoJSON, qui ne peut pas les placer, les cite par leur identifiant sous «\u00a0unlocated\u00a0».',
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
  'data.type.enum': 'une valeur parmi\u00a0: {values}',
  'data.type.number': 'nombre',
  'data.type.code': 'code de département (Insee), par exemple 91',
  'data.type.postcode': 'code postal à cinq chiffres',
  'data.field.slug':
    'L’identifiant de l’organisation\u00a0: le nom de son fichier de contenu et la fin de l’adresse de sa page.',
  'data.field.name': 'Le nom de l’organisation, écrit comme elle l’écrit.',
  'data.field.kind': 'Le type d’organisation.',
  'data.field.relation':
    'member\u00a0: une source la cite comme membre du pôle\u00a0; partner\u00a0: partenaire de ses projets ou partenaire institutionnel.',
  'data.field.areas':
    'Les domaines stratégiques du pôle dans lesquels elle travaille (identifiants des pages de domaine).',
  'data.field.fields': 'Mots-clés libres décrivant ses thématiques, par exemple «\u00a0gene therapy\u00a0».',
  'data.field.website': 'Son site web officiel.',
  'data.field.description_en': 'Le texte de sa page sur ce site, en anglais (paragraphes Markdown).',
  'data.field.description_fr': 'Le même texte en français\u00a0; vide tant qu’il n’est pas traduit.',
  'data.field.page_en': 'L’adresse de sa page sur ce site, en anglais.',
  'data.field.page_fr': 'L’adresse de sa page sur ce site, en français.',
  'data.field.sources': 'Les pages publiques qui étayent ce que dit la fiche.',
  'data.field.site_count': 'Le nombre de ses sites\u00a0; 0 quand aucune source publique ne donne de localisation.',
  'data.field.site_index':
    'La position du site dans la liste des sites de son organisation, à partir de 0\u00a0; le premier est en général le siège.',
  'data.field.site_label':
    'La nature du site, par exemple «\u00a0Head office\u00a0» (siège) ou «\u00a0R&D centre\u00a0» (centre de R&D).',
  'data.field.site_city': 'La commune, écrite comme sur place.',
  'data.field.site_postcode': 'Le code postal\u00a0; vide quand seule la commune est connue.',
  'data.field.site_department':
    'Le code du département\u00a0; un site peut se trouver hors des huit départements de l’Île-de-France.',
  'data.field.site_lat': 'La latitude en degrés décimaux (WGS84).',
  'data.field.site_lon': 'La longitude en degrés décimaux (WGS84).',
  'data.field.site_precision':
    'La précision des coordonnées\u00a0: adresse exacte (address), campus, quartier (district) ou centre de la commune (town)\u00a0; les deux dernières sont approximatives.',
  'data.figures.title': 'Chiffres clés et graphiques',
  'data.figures.json':
    'toutes les séries de chiffres avec leurs valeurs datées et leurs sources, et les valeurs que trace chaque graphique, en un seul fichier.',
  'data.figures.csv':
    'Un CSV par série de chiffres\u00a0: chaque valeur datée avec son qualificatif, sa note et sa source. Colonnes\u00a0: {columns}.',
  'data.figures.csvList.one': '{count} série de chiffres',
  'data.figures.csvList.other': '{count} séries de chiffres',
  'data.charts.files':
    'Chaque graphique de la page des chiffres clés en CSV (les valeurs qu’il trace, avec les mêmes colonnes) et en SVG (le graphique lui-même).',
  'data.charts.list.one': '{count} graphique',
  'data.charts.list.other': '{count} graphiques',
  'data.map.title': 'Fichiers de la carte',
  'data.map.sites':
    'les points que trace la carte interactive, un par site, avec ce dont ses filtres ont besoin. Conçu pour la carte, son format peut changer\u00a0: pour réutiliser les localisations, préférez organizations.geojson.',
  'data.map.basemap':
    'le fond de la carte\u00a0: contours des départements et de la région, points des étiquettes et principales villes avec leur population.',
  'data.map.communes':
    'limites et points des étiquettes des communes de la région, que la carte dessine quand on zoome.',
  'data.map.departments': 'les contours des huit départements de l’Île-de-France.',
  'data.schemas.title': 'Schémas des fichiers de contenu',
  'data.schemas.lead':
    'Les fichiers ci-dessus sont compilés à partir des fichiers sources du site, un par organisation, domaine, réussite et chiffre. Pour qui réutilise les données et veut vérifier ces fiches, ces schémas JSON en décrivent chaque champ.',
  'data.schema.organization': 'Une organisation\u00a0: nom, type, lien avec le pôle, domaines, sites et sources.',
  'data.schema.area': 'Un domaine stratégique\u00a0: titre, résumé et sources.',
  'data.schema.story': 'Une réussite\u00a0: titre, date, organisations, domaines et sources.',
  'data.schema.figure': 'Un chiffre\u00a0: ses valeurs datées, chacune avec sa précision et sa source.',
  'data.schema.departments': 'Les huit départements de l’Île-de-France, avec leur nom et leur présentation.',
  'data.schema.timeline': 'Les événements datés de l’histoire du pôle, chacun avec sa source.',
  'data.schema.cluster':
    'Le pôle aujourd’hui (sa direction, ses alliances et ses priorités) et les périodes de son histoire.',
  'data.schema.site':
    'Les informations générales du site, toutes facultatives\u00a0: coordonnées, adhésion, mentions légales.',
  'data.licence.title': 'Licence',
  'data.licence.name': 'Les données rassemblées par ce site sont publiées sous la',
  'data.licence.terms':
    'Vous pouvez les copier, les diffuser, les adapter et les réutiliser, y compris à des fins commerciales, à condition de mentionner leur source (ce site) et la date des données.',
  'data.licence.facts':
    'Les faits proviennent des sources publiques citées avec chaque fiche (les champs sources)\u00a0; ce site les rassemble et rédige ses descriptions avec ses propres mots. Les pages citées restent soumises à leurs propres conditions.',
  'data.licence.outlines':
    'Contours\u00a0: IGN Admin Express, INSEE (Licence Ouverte 2.0). Noms et populations des villes\u00a0: Code officiel géographique de l’INSEE (Licence Ouverte 2.0)\u00a0; points des villes\u00a0: GeoNames (CC BY 4.0).',
  'data.licence.software':
    'Les logiciels et la police que ce site envoie aux navigateurs (carte, recherche, caractères), avec leurs licences',
  'data.cite.title': 'Comment citer',
  'data.cite.lead': 'Indiquez le site, les données, leur adresse et leur date, par exemple\u00a0:',
  'data.cite.text': '{site}, Données ouvertes\u00a0: organisations membres et partenaires, {url}, données au {date}.',
  'figures.dataPage': 'Tous les fichiers de données, leurs champs et leur licence',
  'stories.feed': 'Suivre les nouvelles réussites avec le flux RSS',
  'stories.feedTitle': '{site}\u00a0: réussites (RSS)',
  // Partage : images d’aperçu et données structurées (src/data/share.ts).
  'share.imageAlt': 'Medicen Paris Region\u00a0: {title}',
  'share.area': 'Domaine stratégique',
  'share.story': 'Réussite',
  'share.figure': 'Chiffre clé',
  'share.figureSource': 'date\u00a0: {date} · source\u00a0: {publisher}',
  'share.dataset.one': '{label} ({scope})\u00a0: une valeur ({last}), avec sa source.',
  'share.dataset.other':
    '{label} ({scope})\u00a0: {count} valeurs datées, de {first} à {last}, chacune avec sa source.',
  // Boutons de copie (src/components/CopyText.astro).
  'copy.button': 'Copier',
  'copy.copied': 'Copié dans le presse-papiers.',
  'copy.select': 'Sélectionné\u00a0: appuyez sur Ctrl+C (ou Cmd+C) pour copier.',
  // Profils des départements et leur comparaison (src/views/MembersByDepartment.astro, src/views/DepartmentsCompare.astro).
  'departments.title': 'Les huit départements comparés',
  'departments.lead':
    'Les organisations répertoriées sur ce site dans chaque département d’Île-de-France, par relation, type et domaine stratégique. Chaque nombre ouvre l’annuaire filtré.',
  'departments.breadcrumb': 'Départements',
  'departments.compareLink': 'Comparer les huit départements',
  'departments.profile': '{department} en bref',
  'departments.organizations': 'Organisations',
  'departments.department': 'Département',
  'departments.total': 'Toutes',
  'departments.byKind': 'Par type',
  'departments.byRelation': 'Par relation',
  'departments.byArea': 'Par domaine stratégique',
  'departments.kind': 'Type',
  'departments.area': 'Domaine stratégique',
  'departments.chartKind': '{department}\u00a0: les organisations par type',
  'departments.chartArea': '{department}\u00a0: les organisations par domaine stratégique',
  'departments.chartTotal': 'Organisations ayant un site dans chaque département',
  'departments.towns': 'Principales communes',
  'departments.townsMore.one': 'et une autre commune',
  'departments.townsMore.other': 'et {count} autres communes',
  'departments.postcodeUnknown': '{town}, code postal non indiqué',
  'departments.areasNote':
    'Une organisation peut travailler dans plusieurs domaines stratégiques\u00a0: les nombres par domaine totalisent donc plus que l’ensemble.',
  'departments.source': 'Source\u00a0: l’annuaire de ce site, décompté le {date}.',
  'departments.scrollCue':
    'Le tableau est plus large que l’écran\u00a0: faites-le défiler latéralement pour voir toutes les colonnes.',
  'departments.tableCaption':
    'Organisations répertoriées dans chaque département, par relation, type et domaine stratégique',
  'departments.none':
    'Aucune organisation répertoriée sur ce site n’a encore de site dans ce département ({department}).',
  'departments.relation.member': 'Membres',
  'departments.relation.partner': 'Partenaires',
  'departments.postcodes': 'Principaux codes postaux',
  'departments.postcodesMore.one': 'et un autre code postal',
  'departments.postcodesMore.other': 'et {count} autres codes postaux',
  'departments.figures': '{department}\u00a0: chiffres publiés',
};
