/**
 * Writes dist/licences.txt at the end of `astro build` (see src/site/licences.ts):
 * every package of package.json "dependencies" (what ships to browsers: the
 * build-only ones are devDependencies) with the LICENSE files of its folder in
 * node_modules, and every font of public/fonts/ with its "<font>-OFL.txt" text.
 * A shipped package or font without a licence text fails the build.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fontLicence, LICENCES_FILE, packageFacts, renderLicences, type ThirdParty } from './licences.ts';

/** Where a package's code is in the built site, when not bundled into /_astro/. */
const WHERE: Record<string, string> = { pagefind: 'the search runtime in /pagefind/' };

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

/** The texts of a package's LICENSE / LICENCE / COPYING files (a LICENSE folder, as Pagefind ships, read whole). */
function licenceTexts(dir: string): string[] {
  const texts: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/^(licen[cs]e|copying|notice)/i.test(name)) continue;
    const path = join(dir, name);
    const files = statSync(path).isDirectory()
      ? readdirSync(path)
          .sort()
          .map((f) => join(path, f))
      : [path];
    for (const file of files) texts.push(readFileSync(file, 'utf8'));
  }
  return texts;
}

function shippedPackages(root: string): ThirdParty[] {
  const deps = Object.keys((readJson(join(root, 'package.json')).dependencies as Record<string, string>) ?? {});
  return deps.sort().map((dep) => {
    const dir = join(root, 'node_modules', dep);
    const facts = packageFacts(readJson(join(dir, 'package.json')));
    const texts = licenceTexts(dir);
    if (texts.length === 0) throw new Error(`licences: ${dep} ships to browsers but has no LICENSE file in ${dir}`);
    return { ...facts, where: WHERE[dep] ?? 'in the scripts of /_astro/', texts };
  });
}

function shippedFonts(root: string): ThirdParty[] {
  const dir = join(root, 'public', 'fonts');
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir);
  const families = [...new Set(files.filter((f) => /\.(woff2?|ttf|otf)$/.test(f)).map((f) => f.split('-latin')[0]!))];
  return families.sort().map((family) => {
    const licence = files.find((f) => f.startsWith(`${family}-`) && /-(OFL|LICEN[CS]E)\.txt$/i.test(f));
    if (!licence) throw new Error(`licences: the font ${family} in public/fonts/ has no ${family}-OFL.txt`);
    const text = readFileSync(join(dir, licence), 'utf8');
    const name = family.replace(/(^|-)(\w)/g, (_m, sep: string, c: string) => `${sep ? ' ' : ''}${c.toUpperCase()}`);
    return {
      name,
      licence: fontLicence(text),
      where: `the font in /fonts/, with its licence in /fonts/${licence}`,
      texts: [text],
    };
  });
}

/** The shipped third-party parts of the project at `root`. */
export function thirdParties(root: string): ThirdParty[] {
  return [...shippedPackages(root), ...shippedFonts(root)];
}

export function licences(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'medicen:licences',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const parts = thirdParties(root);
        writeFileSync(join(fileURLToPath(dir), LICENCES_FILE), renderLicences(parts));
        logger.info(`${LICENCES_FILE}: ${parts.map((p) => `${p.name} (${p.licence})`).join(', ')}`);
      },
    },
  };
}
