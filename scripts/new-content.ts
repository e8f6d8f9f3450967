#!/usr/bin/env node
/**
 * `npm run new -- organization "Name" --postcode 91000 ...` (or `story`, `figure`):
 * writes a new content file with the right file name and every field, filled
 * from the flags; what is still missing is written "TODO ..." and the checks
 * fail until it is replaced. Given a postcode, it fills the department and
 * town and proposes the town centre's coordinates (precision "town") from
 * offline data. Flags make it work without a terminal; in a terminal, it asks
 * for the main missing values (unless --no-prompt).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import {
  figureFile,
  organizationFile,
  slugFor,
  storyFile,
  type OrganizationInput,
  type SiteInput,
} from './lib/scaffold.ts';
import { loadPlaceIndex, lookupPostcode } from './lib/places.ts';

const USAGE = `Usage:
  npm run new -- organization "Name" [--postcode 91000] [--city "Évry-Courcouronnes"] [--kind sme]
      [--relation member|partner] [--area slug]... [--field "gene therapy"]... [--website URL]
      [--source URL]... [--label "Head office"] [--lat 48.62 --lon 2.44 --precision campus]
  npm run new -- story "Title" [--year 2017] [--organization slug]... [--area slug]... [--summary "..."] [--source URL]...
  npm run new -- figure "Label" [--id slug] [--scope Medicen] [--unit organizations] [--as-of 2018]
      [--value 300] [--qualifier exact|about|more-than|close-to] [--source-title "..."] [--source-url URL] [--publisher "..."]
Organizations and stories: --text "..." for the text below the fields.
Other flags: --no-prompt (never ask), --stdout (print instead of writing), --root DIR (the folder holding content/).`;

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    postcode: { type: 'string' },
    city: { type: 'string' },
    department: { type: 'string' },
    kind: { type: 'string' },
    relation: { type: 'string' },
    area: { type: 'string', multiple: true },
    field: { type: 'string', multiple: true },
    website: { type: 'string' },
    source: { type: 'string', multiple: true },
    label: { type: 'string' },
    lat: { type: 'string' },
    lon: { type: 'string' },
    precision: { type: 'string' },
    year: { type: 'string' },
    organization: { type: 'string', multiple: true },
    summary: { type: 'string' },
    text: { type: 'string' },
    id: { type: 'string' },
    scope: { type: 'string' },
    unit: { type: 'string' },
    'as-of': { type: 'string' },
    value: { type: 'string' },
    qualifier: { type: 'string' },
    'source-title': { type: 'string' },
    'source-url': { type: 'string' },
    publisher: { type: 'string' },
    'no-prompt': { type: 'boolean' },
    stdout: { type: 'boolean' },
    root: { type: 'string' },
    help: { type: 'boolean' },
  },
});

const [type, name] = positionals;
if (flags.help || !type || !name || !['organization', 'story', 'figure'].includes(type)) {
  console.error(USAGE);
  process.exit(flags.help ? 0 : 1);
}

const root = resolve(flags.root ?? join(import.meta.dirname, '..'));
const notes: string[] = [];

/** In a terminal, asks for the values that matter most; elsewhere (CI, tests, --no-prompt) never. */
const prompt =
  process.stdin.isTTY && !flags['no-prompt']
    ? createInterface({ input: process.stdin, output: process.stdout })
    : undefined;
async function ask(current: string | undefined, question: string): Promise<string | undefined> {
  if (current !== undefined || !prompt) return current;
  const answer = (await prompt.question(`${question} (Enter to leave it for later): `)).trim();
  return answer === '' ? undefined : answer;
}
async function askList(current: string[] | undefined, question: string): Promise<string[] | undefined> {
  if (current !== undefined) return current;
  const one = await ask(undefined, question);
  return one ? [one] : undefined;
}

function num(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text.replace(',', '.'));
  if (Number.isNaN(n)) {
    console.error(`--${flag} "${text}" is not a number`);
    process.exit(1);
  }
  return n;
}

/** The site: from the flags, with the department, town and town-centre point a postcode gives. */
function site(): SiteInput | undefined {
  const given: SiteInput = {
    label: flags.label,
    city: flags.city,
    postcode: flags.postcode,
    department: flags.department,
    lat: num(flags.lat, 'lat'),
    lon: num(flags.lon, 'lon'),
    precision: flags.precision,
  };
  if (!given.postcode && !given.city && given.lat === undefined) {
    notes.push('No postcode, town or coordinates given: the file says the location is not known (sites: []).');
    return undefined;
  }
  if (!given.postcode) return given;
  const found = lookupPostcode(loadPlaceIndex(), given.postcode, given.city);
  const town = found.town;
  if (!town) {
    notes.push(
      `Postcode ${given.postcode} is not in the official list of French postcodes: check it; town and department are left to fill.`,
    );
    return given;
  }
  if (found.cityNotFound) {
    notes.push(
      `Postcode ${given.postcode} serves ${found.towns.map((t) => t.name).join(', ')}, not "${given.city}": check the town or the postcode.`,
    );
  } else if (found.towns.length > 1 && !given.city) {
    notes.push(
      `Postcode ${given.postcode} serves several towns: ${found.towns.map((t) => t.name).join(', ')}. ${town.name} was chosen; give --city to pick another.`,
    );
  }
  const result: SiteInput = {
    ...given,
    city: given.city ?? town.name,
    department: given.department ?? town.department,
  };
  notes.push(
    `Department ${town.department} (${town.departmentName}) and town ${town.name}, from postcode ${given.postcode}.`,
  );
  if (given.lat === undefined && given.lon === undefined) {
    if (town.point) {
      result.lat = town.point.lat;
      result.lon = town.point.lon;
      result.precision = given.precision ?? 'town';
      notes.push(
        `Proposed coordinates: the centre of ${town.name} (lat ${town.point.lat}, lon ${town.point.lon}, ${town.point.from}), so precision is "town". ` +
          'If you know where the site itself is, replace them and set precision to address, campus or district (CONTRIBUTING.md, "Coordinates").',
      );
    } else {
      notes.push(
        `No coordinates are known offline for ${town.name}: find them as CONTRIBUTING.md explains ("Coordinates") and replace the TODO values.`,
      );
    }
  }
  return result;
}

let folder: string;
let text: string;
let slug: string;
if (type === 'organization') {
  flags.postcode = await ask(flags.postcode, 'Postcode of its main site, e.g. 91000');
  const input: OrganizationInput = {
    name,
    relation: flags.relation,
    kind: await ask(flags.kind, 'Kind (sme, startup, research, large-company, hospital, ...)'),
    areas: flags.area,
    fields: flags.field,
    website: flags.website,
    site: site(),
    sources: await askList(flags.source, 'A web page that names it a member or partner'),
    text: flags.text,
  };
  folder = 'content/organizations/en';
  slug = `${slugFor(name)}.md`;
  text = organizationFile(input);
} else if (type === 'story') {
  folder = 'content/stories/en';
  slug = `${slugFor(name)}.mdx`;
  text = storyFile({
    title: name,
    year: num(await ask(flags.year, 'Year it happened'), 'year'),
    organizations: flags.organization,
    areas: flags.area,
    summary: await ask(flags.summary, 'One or two sentences of summary'),
    sources: await askList(flags.source, 'A web page that supports the story'),
    text: flags.text,
  });
} else {
  folder = 'content/figures';
  const id = flags.id ?? slugFor(name);
  slug = `${id}.json`;
  text = figureFile({
    label: name,
    id,
    scope: await ask(flags.scope, 'Scope (who the number is about, e.g. Medicen)'),
    unit: await ask(flags.unit, 'Unit (e.g. organizations, EUR million)'),
    asOf: await ask(flags['as-of'], 'Date the number was true (YYYY, YYYY-MM or YYYY-MM-DD)'),
    value: num(await ask(flags.value, 'The number'), 'value'),
    qualifier: flags.qualifier,
    source: {
      title: flags['source-title'],
      url: await ask(flags['source-url'], 'Web address of the source'),
      publisher: flags.publisher,
    },
  });
}
prompt?.close();

if (flags.stdout) {
  process.stdout.write(text);
  process.exit(0);
}
const path = join(root, folder, slug);
const shown = relative(root, path);
if (existsSync(path)) {
  console.error(`${shown} already exists: edit it, or choose another name.`);
  process.exit(1);
}
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, text);
console.log(`Wrote ${shown}`);
for (const note of notes) console.log(`- ${note}`);
const left = text.split('\n').filter((l) => l.includes('TODO')).length;
console.log(
  left > 0
    ? `Still to fill: ${left} line${left > 1 ? 's' : ''} marked TODO. Then run: npm run check:content`
    : 'Every field is filled. Check it with: npm run check:content',
);
