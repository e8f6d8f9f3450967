/**
 * English interface text: every string a visitor reads that does not come
 * from content. Keys are grouped by where they appear. `{name}` placeholders
 * are filled by `t()`; `.one`/`.other` pairs are chosen by count.
 */
export const en = {
  'site.name': 'Medicen Paris Region',
  'site.tagline': 'Health-technology cluster of the Paris Region',
  'site.description':
    'Medicen Paris Region is the competitiveness cluster for health technologies of the Paris Region (Île-de-France): its members, strategic areas, success stories and sourced key figures.',

  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.members': 'Members',
  'nav.map': 'Map',
  'nav.areas': 'Strategic areas',
  'nav.stories': 'Success stories',
  'nav.figures': 'Key figures',
  'nav.about': 'About',
  'nav.skip': 'Skip to content',
  'nav.breadcrumbs': 'Breadcrumb',
  'nav.language': 'Language',

  'footer.about':
    'Medicen Paris Region brings together companies, research centres, universities, hospitals and local authorities working on health technologies in Île-de-France.',
  'footer.sources': 'Every figure on this site carries its source and the date it was true.',
  'footer.explore': 'Explore',

  'home.title': 'Health technologies in the Paris Region',
  'home.lead':
    'Medicen Paris Region is the competitiveness cluster that connects the companies, laboratories, hospitals and public bodies developing diagnostics, imaging, regenerative medicine, digital health and translational medicine in Île-de-France.',
  'home.headlines': 'The cluster in figures',
  'home.headlines.more': 'All key figures, with sources',
  'home.explore': 'Explore the ecosystem',
  'home.card.members': '{count} organizations listed, members and partners, by kind, area and department.',
  'home.card.map': 'Where the organizations are, department by department.',
  'home.card.areas': 'The five strategic areas the cluster works in.',
  'home.card.stories': 'Products and projects that came out of the cluster.',
  'home.card.figures': 'Dated, sourced figures on the cluster and the region, ready to cite.',
  'home.card.about': 'From the 2005 labelling to today: policy phases, areas and governance.',
  'home.areas': 'Strategic areas',
  'home.stories': 'Recent success stories',

  'figure.asOf': 'as of {date}',
  'figure.source': 'Source',
  'figure.sources': 'Sources',
  'figure.history': 'Values over time',
  'figure.date': 'Date',
  'figure.value': 'Value',
  'figure.note': 'Note',
  'figure.latest': 'Latest value',
  'figure.scope': 'Scope',
  'figures.title': 'Key figures',
  'figures.lead':
    'Every number on this site, with the date it was true and where it was published. When sources disagree, each value is kept with its own date.',
  'figures.computed': 'Computed from this site’s directory',
  'figures.computedNote': 'Counted from the organizations listed on this site, as of the last build ({date}).',

  'members.title': 'Members and partners',
  'members.lead':
    'Organizations of the Paris Region’s health-technology ecosystem that are members of Medicen Paris Region, or partners in its projects.',
  'members.count.one': '{count} organization',
  'members.count.other': '{count} organizations',
  'members.byDepartment': 'By department',
  'members.byArea': 'By strategic area',
  'members.byKind': 'By kind',
  'members.all': 'All organizations',
  'members.outside': 'Outside the Paris Region',
  'members.unknown': 'Location not known',
  'members.unknownNote': 'No public source gives a location for these organizations yet.',
  'members.outsideNote': 'Members whose sites are outside Île-de-France.',
  'members.none': 'No organization of this site is listed here yet.',
  'members.inArea': 'Organizations working in {area}',
  'members.inDepartment': 'Organizations based in {department}',
  'members.alsoHere': 'Also present here',

  'org.kind': 'Kind',
  'org.relation': 'Relation to the cluster',
  'org.areas': 'Strategic areas',
  'org.fields': 'Fields',
  'org.website': 'Website',
  'org.sites': 'Sites',
  'org.sites.none': 'Location not known: no public source gives one yet.',
  'org.sources': 'Sources',
  'org.stories': 'Success stories',
  'org.figures': 'Key figures',
  'org.precision': 'Location precision',
  'org.outside': 'outside the Paris Region',
  'org.department': 'Department',

  'relation.member': 'Member',
  'relation.partner': 'Partner',

  'kind.large-company': 'Large company',
  'kind.mid-size-company': 'Mid-size company',
  'kind.sme': 'SME',
  'kind.startup': 'Start-up',
  'kind.research': 'Research organization',
  'kind.university': 'University',
  'kind.hospital': 'Hospital',
  'kind.cluster': 'Cluster or science park',
  'kind.association': 'Association',
  'kind.public-authority': 'Public authority',
  'kind.investor': 'Investor',
  'kind.other': 'Other',

  'precision.address': 'exact address',
  'precision.campus': 'campus',
  'precision.district': 'approximate: district',
  'precision.town': 'approximate: town centre',

  'areas.title': 'Strategic areas',
  'areas.lead': 'The five strategic areas in which the cluster certifies projects and brings its members together.',
  'areas.chair': 'Chaired by {chair}',
  'areas.members': 'Organizations in this area',
  'areas.stories': 'Success stories in this area',

  'stories.title': 'Success stories',
  'stories.lead': 'Products, projects and programmes that came out of the cluster or that it helped build.',
  'stories.organizations': 'Organizations involved',
  'stories.areas': 'Strategic areas',
  'stories.sources': 'Sources',
  'stories.none': 'No success story is linked here yet.',

  'map.title': 'Map of the ecosystem',
  'map.lead': 'Where the organizations listed on this site work, department by department.',
  'map.sites.one': '{count} site',
  'map.sites.other': '{count} sites',

  'about.title': 'About the cluster',
  'about.lead':
    'Medicen Paris Region was labelled in 2005 as one of France’s competitiveness clusters for health. This timeline tells its history from the sources.',
  'about.timeline': 'Timeline',
  'timeline.policy': 'Policy',
  'timeline.areas': 'Strategic areas',
  'timeline.governance': 'Governance',
  'timeline.event': 'Event',
  'timeline.partnership': 'Partnership',
  'timeline.milestone': 'Milestone',

  'notFound.title': 'Page not found',
  'notFound.lead': 'The page you asked for does not exist, or has moved. These pages may help:',

  'common.sources': 'Sources',
  'common.readMore': 'Read more',
  'common.notKnown': 'not known',
  'common.untranslated': 'This text is not yet available in French; it is shown in English.',
} as const;

export type UiKey = keyof typeof en;
