/**
 * The web editor's media folder (public/uploads/) takes only images and PDF
 * (issue 29: an HTML file there would be published on the site's address,
 * outside its policy): `npm run check:content` refuses anything else, and a
 * file renamed to look like an image, with the file and the fix
 * (test/fixtures/unsafe/public/uploads/).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { mediaProblems } from '../../../src/content-check/media.ts';
import { formatProblem, OUTLINES_FILE } from '../../../src/content-check/index.ts';
import { MEDIA_FOLDER } from '../../../src/model/constants.ts';
import { contentChecks } from '../../../src/content-check/integration.ts';
import { pathToFileURL } from 'node:url';

const project = resolve(import.meta.dirname, '../../..');
const fixture = resolve(project, 'test/fixtures/unsafe');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the media folder', () => {
  it('refuses HTML, SVG and a page renamed .jpg, with the file and the fix; takes a GIF and a PDF', () => {
    expect(mediaProblems(fixture).map(formatProblem)).toEqual([
      'public/uploads/drawing.svg: is a .svg file, which the media folder does not take: what is there is published as it is, and only PNG, JPEG, WebP, AVIF, GIF images and PDF documents are safe to publish so; remove it, or save it as PDF or PNG',
      'public/uploads/probe.html: is a .html file, which the media folder does not take: what is there is published as it is, and only PNG, JPEG, WebP, AVIF, GIF images and PDF documents are safe to publish so; remove it, or save it as PDF or PNG',
      'public/uploads/renamed-page.jpg: is named .jpg but does not hold a JPEG image (it is another kind of file, renamed); save it again as a real JPEG image, or remove it',
    ]);
  });

  it('refuses a link and a file without extension, in subfolders too, and nothing when the folder is absent', () => {
    const dir = mkdtempSync(join(tmpdir(), 'medicen-media-'));
    dirs.push(dir);
    cpSync(join(fixture, MEDIA_FOLDER, 'pixel.gif'), join(dir, MEDIA_FOLDER, '2026/pixel.gif'), { recursive: true });
    cpSync(join(fixture, MEDIA_FOLDER, 'probe.html'), join(dir, MEDIA_FOLDER, '2026/README'));
    symlinkSync(join(project, 'package.json'), join(dir, MEDIA_FOLDER, 'linked.pdf'));
    mkdirSync(join(dir, 'empty'));
    expect(mediaProblems(dir).map((p) => [p.file, p.rule])).toEqual([
      ['public/uploads/2026/README', 'media-not-allowed'],
      ['public/uploads/linked.pdf', 'media-not-allowed'],
    ]);
    expect(mediaProblems(join(dir, 'empty'))).toEqual([]);
  });

  it('stops the build too, naming the file (the policy of issue 29 is never built)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'medicen-media-build-'));
    dirs.push(dir);
    cpSync(resolve(project, 'test/fixtures/valid'), dir, { recursive: true });
    cpSync(join(fixture, MEDIA_FOLDER, 'probe.html'), join(dir, MEDIA_FOLDER, 'probe.html'), { recursive: true });
    // The build reads the outlines from the project it builds.
    cpSync(resolve(project, OUTLINES_FILE), join(dir, OUTLINES_FILE), { recursive: true });
    const hook = contentChecks().hooks['astro:config:setup'] as (options: unknown) => void;
    const logger = { info: () => undefined, warn: () => undefined };
    expect(() => hook({ config: { root: pathToFileURL(`${dir}/`) }, command: 'build', logger })).toThrow(
      /\npublic\/uploads\/probe\.html: is a \.html file, which the media folder does not take/,
    );
  });

  it('fails npm run check:content on the fixture, naming each file', () => {
    const r = spawnSync(process.execPath, ['scripts/check-content.ts', fixture], { cwd: project, encoding: 'utf8' });
    expect(r.status).toBe(1);
    for (const name of ['probe.html', 'drawing.svg', 'renamed-page.jpg']) {
      expect(r.stderr).toContain(`\npublic/uploads/${name}: `);
    }
    expect(r.stderr).not.toContain('pixel.gif');
    expect(r.stderr).not.toContain('report.pdf');
  });
});
