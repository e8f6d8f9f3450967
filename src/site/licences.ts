/**
 * The third-party licences file (dist/licences.txt): the software and fonts
 * the site sends to browsers, each with its licence text as its authors ship
 * it. The minifier strips the licence comments from the bundles (MapLibre's
 * BSD notice asks to be reproduced with binary redistributions), so this file
 * carries them, built from the packages' own LICENSE files at each build by
 * src/site/licences-integration.ts. Pure: the integration reads the files.
 */

/** One shipped piece of third-party work. */
export interface ThirdParty {
  /** The npm package, or the font family. */
  name: string;
  version?: string | undefined;
  /** An SPDX identifier ("BSD-3-Clause", "MIT", "OFL-1.1"). */
  licence: string;
  /** Where it comes from (its repository or home page). */
  url?: string | undefined;
  /** Where it is in the built site. */
  where: string;
  /** The licence texts, as shipped with it. */
  texts: string[];
}

export const LICENCES_FILE = 'licences.txt';

/** What a package.json says of the package (its "license" field may be an object in old packages). */
export function packageFacts(pkg: {
  name?: string;
  version?: string;
  license?: string | { type?: string };
  homepage?: string;
  repository?: string | { url?: string };
}): { name: string; version: string | undefined; licence: string; url: string | undefined } {
  const licence = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'UNKNOWN');
  const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const url = pkg.homepage ?? repo?.replace(/^git\+/, '').replace(/\.git$/, '');
  return { name: pkg.name ?? 'unknown', version: pkg.version, licence, url };
}

/** The SPDX identifier of a font licence text, from its wording. */
export function fontLicence(text: string): string {
  const ofl = /SIL Open Font License,? Version (\d\.\d)/i.exec(text);
  return ofl ? `OFL-${ofl[1]}` : 'UNKNOWN';
}

export function renderLicences(parts: readonly ThirdParty[]): string {
  const rule = '='.repeat(72);
  const lines = [
    'Third-party software and fonts this site sends to browsers, with their licences.',
    'Written at each build from the licence files the packages ship (src/site/licences-integration.ts).',
    '',
    ...parts.map((p) => `- ${p.name}${p.version ? ` ${p.version}` : ''}: ${p.licence} (${p.where})`),
  ];
  for (const p of parts) {
    lines.push('', rule, `${p.name}${p.version ? ` ${p.version}` : ''}`, `Licence: ${p.licence}`);
    if (p.url) lines.push(`Source: ${p.url}`);
    lines.push(`In this site: ${p.where}`, rule);
    for (const text of p.texts) lines.push('', text.replace(/\r\n/g, '\n').trim());
  }
  return `${lines.join('\n')}\n`;
}
