import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { fontLicence, packageFacts, renderLicences } from '../../../src/site/licences.ts';
import { thirdParties } from '../../../src/site/licences-integration.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('packageFacts', () => {
  it('reads the name, version, SPDX licence and address of a package.json', () => {
    expect(
      packageFacts({
        name: 'x',
        version: '1.0.0',
        license: 'MIT',
        repository: { url: 'git+https://github.com/a/x.git' },
      }),
    ).toEqual({ name: 'x', version: '1.0.0', licence: 'MIT', url: 'https://github.com/a/x' });
    expect(packageFacts({ name: 'y', license: { type: 'ISC' }, homepage: 'https://y.example' }).licence).toBe('ISC');
    expect(packageFacts({ name: 'z' }).licence).toBe('UNKNOWN');
  });
});

describe('fontLicence', () => {
  it('recognizes the SIL Open Font License', () => {
    expect(fontLicence('This Font Software is licensed under the SIL Open Font License, Version 1.1.')).toBe('OFL-1.1');
    expect(fontLicence('All rights reserved.')).toBe('UNKNOWN');
  });
});

describe('renderLicences', () => {
  it('lists every part first, then each one with its licence texts', () => {
    const text = renderLicences([
      {
        name: 'a',
        version: '1.2.3',
        licence: 'MIT',
        url: 'https://a.example',
        where: '/_astro/',
        texts: ['MIT text\r\n'],
      },
      { name: 'Some Font', licence: 'OFL-1.1', where: '/fonts/', texts: ['OFL text'] },
    ]);
    expect(text).toContain('- a 1.2.3: MIT (/_astro/)\n- Some Font: OFL-1.1 (/fonts/)\n');
    expect(text).toMatch(
      /a 1\.2\.3\nLicence: MIT\nSource: https:\/\/a\.example\nIn this site: \/_astro\/\n=+\n\nMIT text\n/,
    );
    expect(text).toContain('Licence: OFL-1.1');
    expect(text).not.toContain('\r');
  });
});

describe('thirdParties', () => {
  it('credits each package that ships to browsers and each font of public/fonts/, with their licence texts', () => {
    const parts = thirdParties(ROOT);
    const summary = Object.fromEntries(parts.map((p) => [p.name, p.licence]));
    expect(summary).toMatchObject({ 'maplibre-gl': 'BSD-3-Clause', pagefind: 'MIT', 'Noto Sans': 'OFL-1.1' });
    const texts = Object.fromEntries(parts.map((p) => [p.name, p.texts.join('\n')]));
    expect(texts['maplibre-gl']).toMatch(/Redistributions in binary form must reproduce the above copyright notice/);
    expect(texts.pagefind).toMatch(/Permission is hereby granted, free of charge/);
    expect(texts['Noto Sans']).toMatch(/SIL OPEN FONT LICENSE Version 1\.1/i);
  });
});
