/**
 * Which texts have no French version yet. The site shows the English text
 * with a note in their place; this list tells translators what is left.
 */

interface Localized {
  en: string;
  fr?: string | undefined;
}

export interface TranslatableContent {
  organizations: { slug: string; data: { fields?: string[] | undefined; sites: { label: string }[] } }[];
  areas: { slug: string }[];
  stories: { slug: string }[];
  translations: {
    organizations: { slug: string; data?: { fields?: string[] | undefined; site_labels?: string[] | undefined } }[];
    areas: { slug: string }[];
    stories: { slug: string }[];
  };
  figures: {
    slug: string;
    data: { label: Localized; note?: Localized | undefined; values: { note?: Localized | undefined }[] };
  }[];
  timeline: { id: string; title: Localized; text: Localized }[];
  departments: Record<string, { summary: Localized }>;
}

/** One line per missing French text: where it is and what is missing. */
export function untranslated(c: TranslatableContent): string[] {
  const out: string[] = [];
  for (const collection of ['organizations', 'areas', 'stories'] as const) {
    const done = new Set(c.translations[collection].map((e) => e.slug));
    const ext = collection === 'stories' ? 'mdx' : 'md';
    for (const e of c[collection]) {
      if (!done.has(e.slug))
        out.push(
          `content/${collection}/fr/${e.slug}.${ext}: missing (French version of content/${collection}/en/${e.slug}.${ext})`,
        );
    }
  }
  // An organization's fields and site labels are translated in its French file, item by item.
  for (const fr of c.translations.organizations) {
    const en = c.organizations.find((o) => o.slug === fr.slug);
    if (!en) continue;
    const file = `content/organizations/fr/${fr.slug}.md`;
    if ((en.data.fields?.length ?? 0) > 0 && !fr.data?.fields) out.push(`${file}: fields missing`);
    if (en.data.sites.length > 0 && !fr.data?.site_labels) out.push(`${file}: site_labels missing`);
  }
  for (const f of c.figures) {
    const file = `content/figures/${f.slug}.json`;
    if (!f.data.label.fr) out.push(`${file}: label.fr missing`);
    if (f.data.note && !f.data.note.fr) out.push(`${file}: note.fr missing`);
    f.data.values.forEach((v, i) => {
      if (v.note && !v.note.fr) out.push(`${file}: values[${i}].note.fr missing`);
    });
  }
  c.timeline.forEach((e, i) => {
    const entry = `content/timeline.json: entries[${i}] "${e.id}"`;
    if (!e.title.fr) out.push(`${entry}: title.fr missing`);
    if (!e.text.fr) out.push(`${entry}: text.fr missing`);
  });
  for (const [code, d] of Object.entries(c.departments)) {
    if (!d.summary.fr) out.push(`content/departments.json: ${code}.summary.fr missing`);
  }
  return out;
}
