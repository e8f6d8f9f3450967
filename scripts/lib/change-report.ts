/**
 * What a pull request changes in the content, for reviewers: organizations
 * added, removed or moved to another department, and every figure value that
 * changed. Pure: takes two snapshots of the content, returns Markdown for a
 * pull-request comment (scripts/report-changes.ts reads the snapshots from git).
 */
import type { Qualifier } from '../../src/model/constants.ts';

export interface OrgSnapshot {
  slug: string;
  name: string;
  /** Department codes of its sites; empty when the location is not known. */
  departments: string[];
}

export interface FigureSnapshot {
  id: string;
  label: string;
  unit: string;
  values: { as_of: string; value: number; qualifier: Qualifier }[];
}

export interface ContentSnapshot {
  organizations: OrgSnapshot[];
  figures: FigureSnapshot[];
}

export interface ValueChange {
  as_of: string;
  before?: string;
  after?: string;
}

export interface ContentDiff {
  added: OrgSnapshot[];
  removed: OrgSnapshot[];
  moved: { org: OrgSnapshot; from: string[] }[];
  figures: { id: string; label: string; changes: ValueChange[] }[];
}

const QUALIFIER: Record<Qualifier, string> = {
  exact: '',
  about: 'about ',
  'more-than': 'more than ',
  'close-to': 'close to ',
};

function valueText(v: FigureSnapshot['values'][number], unit: string): string {
  return `${QUALIFIER[v.qualifier]}${v.value} ${unit}`;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Compares two snapshots: `before` is the base of the pull request, `after` its content. */
export function diffContent(before: ContentSnapshot, after: ContentSnapshot): ContentDiff {
  const oldOrgs = new Map(before.organizations.map((o) => [o.slug, o]));
  const newOrgs = new Map(after.organizations.map((o) => [o.slug, o]));
  const byName = (a: OrgSnapshot, b: OrgSnapshot) => a.name.localeCompare(b.name);
  const added = after.organizations.filter((o) => !oldOrgs.has(o.slug)).sort(byName);
  const removed = before.organizations.filter((o) => !newOrgs.has(o.slug)).sort(byName);
  const moved = after.organizations
    .flatMap((org) => {
      const old = oldOrgs.get(org.slug);
      return old && !sameSet(old.departments, org.departments) ? [{ org, from: old.departments }] : [];
    })
    .sort((a, b) => byName(a.org, b.org));

  const oldFigures = new Map(before.figures.map((f) => [f.id, f]));
  const newFigures = new Map(after.figures.map((f) => [f.id, f]));
  const ids = [...new Set([...oldFigures.keys(), ...newFigures.keys()])].sort();
  const figures = ids.flatMap((id) => {
    const a = oldFigures.get(id);
    const b = newFigures.get(id);
    const oldValues = new Map(a?.values.map((v) => [v.as_of, valueText(v, a.unit)]));
    const newValues = new Map(b?.values.map((v) => [v.as_of, valueText(v, b.unit)]));
    const dates = [...new Set([...oldValues.keys(), ...newValues.keys()])].sort();
    const changes: ValueChange[] = dates.flatMap((as_of) => {
      const was = oldValues.get(as_of);
      const is = newValues.get(as_of);
      if (was === is) return [];
      return [{ as_of, ...(was !== undefined ? { before: was } : {}), ...(is !== undefined ? { after: is } : {}) }];
    });
    return changes.length > 0 ? [{ id, label: (b ?? a)!.label, changes }] : [];
  });
  return { added, removed, moved, figures };
}

/** Escapes text for a Markdown table cell: organization names are text, never markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

function departmentsText(codes: string[], names: Record<string, string>): string {
  if (codes.length === 0) return 'location not known';
  return codes.map((c) => (names[c] ? `${c} ${names[c]}` : `${c} (outside the Paris Region)`)).join(', ');
}

/** The pull-request comment: a heading, then one table per kind of change. */
export function changeReportMarkdown(diff: ContentDiff, departmentNames: Record<string, string>): string {
  const dept = (codes: string[]) => escapeMarkdown(departmentsText(codes, departmentNames));
  const org = (o: OrgSnapshot) => `${escapeMarkdown(o.name)} (\`${o.slug}\`)`;
  const out = ['## Content changes', ''];
  const section = (title: string, header: string[], rows: string[][]) => {
    if (rows.length === 0) return;
    out.push(
      `### ${title} (${rows.length})`,
      '',
      `| ${header.join(' | ')} |`,
      `| ${header.map(() => '---').join(' | ')} |`,
    );
    for (const r of rows) out.push(`| ${r.join(' | ')} |`);
    out.push('');
  };
  section(
    'Organizations added',
    ['Organization', 'Department'],
    diff.added.map((o) => [org(o), dept(o.departments)]),
  );
  section(
    'Organizations removed',
    ['Organization', 'Department'],
    diff.removed.map((o) => [org(o), dept(o.departments)]),
  );
  section(
    'Organizations moved',
    ['Organization', 'From', 'To'],
    diff.moved.map((m) => [org(m.org), dept(m.from), dept(m.org.departments)]),
  );
  section(
    'Figure values changed',
    ['Figure', 'As of', 'Before', 'After'],
    diff.figures.flatMap((f) =>
      f.changes.map((c) => [
        `${escapeMarkdown(f.label)} (\`${f.id}\`)`,
        c.as_of,
        escapeMarkdown(c.before ?? '(new)'),
        escapeMarkdown(c.after ?? '(removed)'),
      ]),
    ),
  );
  if (out.length === 2) out.push('No organization was added, removed or moved, and no figure value changed.', '');
  return out.join('\n');
}

/**
 * The notice of `npm run check:content` (site-wide facts still empty), repeated
 * at the end of the pull-request comment so that reviewers see it too; empty
 * when there is nothing to say.
 */
export function noticeMarkdown(notices: readonly string[]): string {
  if (notices.length === 0) return '';
  const lines = notices.map((line) => escapeMarkdown(line.trim()));
  return ['### Still to fill (not a problem)', '', ...lines.map((line) => `- ${line}`), ''].join('\n');
}
