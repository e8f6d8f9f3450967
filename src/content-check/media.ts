/**
 * The web editor's media folder (public/uploads/): what is there is published
 * as it is, on the site's own address, outside the site's
 * Content-Security-Policy. An HTML page or an SVG drawing there could run
 * scripts as the site, so the folder takes only the file types of
 * MEDIA_TYPES (images and PDF), and each file must hold what its name says
 * (an HTML page renamed .png is refused too).
 */
import { closeSync, existsSync, lstatSync, openSync, readSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MEDIA_FOLDER, MEDIA_TYPES, type MediaExtension } from '../model/constants.ts';
import type { Problem } from './validation.ts';

/** Files a folder keeps for Git and the host, which are not media. */
const KEPT = new Set(['.gitkeep']);

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** How each type's files start (their "magic number"), from the first 32 bytes. */
const SIGNATURES: Record<MediaExtension, (b: Uint8Array) => boolean> = {
  png: (b) => ascii(b, 0, 8) === '\x89PNG\r\n\x1a\n',
  jpg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  jpeg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  gif: (b) => /^GIF8[79]a$/.test(ascii(b, 0, 6)),
  webp: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP',
  avif: (b) => ascii(b, 4, 8) === 'ftyp' && /avi[fs]/.test(ascii(b, 8, 32)),
  pdf: (b) => ascii(b, 0, 5) === '%PDF-',
};

/** "PNG, JPEG, WebP, AVIF, GIF images and PDF documents", from MEDIA_TYPES. */
function allowedTypes(): string {
  const names = [...new Set(Object.values(MEDIA_TYPES))];
  const images = names.filter((n) => n.endsWith(' image')).map((n) => n.replace(/ image$/, ''));
  const others = names.filter((n) => !n.endsWith(' image')).map((n) => `${n}s`);
  return [`${images.join(', ')} images`, ...others].join(' and ');
}

function firstBytes(path: string): Uint8Array {
  const bytes = new Uint8Array(32);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, bytes, 0, bytes.length, 0);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/** Every file of the media folder under `root` that it does not take, with the fix. */
export function mediaProblems(root: string): Problem[] {
  const dir = join(root, MEDIA_FOLDER);
  if (!existsSync(dir)) return [];
  const problems: Problem[] = [];
  const refuse = (name: string, message: string) =>
    problems.push({ file: `${MEDIA_FOLDER}/${name}`, field: '', rule: 'media-not-allowed', message });
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const name = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(name);
      else if (KEPT.has(entry.name)) continue;
      else if (!lstatSync(join(dir, name)).isFile()) {
        refuse(name, `is a link or a special file, not a file of its own; put the file itself in ${MEDIA_FOLDER}/`);
      } else {
        const ext = /\.([^./]+)$/.exec(entry.name)?.[1]?.toLowerCase();
        if (!ext || !Object.hasOwn(MEDIA_TYPES, ext)) {
          refuse(
            name,
            `is ${ext ? `a .${ext} file` : 'a file without extension'}, which the media folder does not take: what is there is published as it is, and only ${allowedTypes()} are safe to publish so; remove it, or save it as PDF or PNG`,
          );
        } else if (!SIGNATURES[ext as MediaExtension](firstBytes(join(dir, name)))) {
          refuse(
            name,
            `is named .${ext} but does not hold a ${MEDIA_TYPES[ext as MediaExtension]} (it is another kind of file, renamed); save it again as a real ${MEDIA_TYPES[ext as MediaExtension]}, or remove it`,
          );
        }
      }
    }
  };
  walk('');
  return problems.sort((a, b) => a.file.localeCompare(b.file));
}
