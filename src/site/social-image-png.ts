/**
 * Renders a social preview card to PNG at build time with resvg (a native
 * SVG renderer from npm: no browser, no external service), in Noto Sans
 * from the TTF files of @expo-google-fonts/noto-sans (SIL Open Font
 * License; resvg reads TTF/OTF, not the WOFF2 the site serves). The same
 * font files give the advance widths the layout wraps text with. The image
 * is written as a 16-colour palette PNG (social-image-palette.ts), and kept
 * in a cache keyed by its inputs (social-image-cache.ts), so a rebuild only
 * draws the cards that changed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { fontWidths, type EmWidth } from './font-metrics.ts';
import {
  SOCIAL_IMAGE_BACKGROUNDS,
  SOCIAL_IMAGE_HEIGHT,
  SOCIAL_IMAGE_INKS,
  SOCIAL_IMAGE_WIDTH,
  SUBTITLE_MAX_LINES,
  socialImageSvg,
  type FontWeight,
  type Measure,
  type SocialCard,
} from './social-image.ts';
import { blendPalette, encodePalettePngAsync, quantize, readPngSize } from './social-image-palette.ts';
import { cacheDirFromEnv, cachedImage, cacheKey, contentHash } from './social-image-cache.ts';

const FONT_FILES: Record<FontWeight, string> = {
  400: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  600: '@expo-google-fonts/noto-sans/600SemiBold/NotoSans_600SemiBold.ttf',
  700: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
};

/** Bump when the way an SVG becomes a PNG changes (the palette, the encoder), so cached images are drawn again. */
export const SOCIAL_IMAGE_PNG_VERSION = 2;

/** The edges of the text are drawn in this many steps between the background and the ink. */
const BLEND_LEVELS = 3;
/** The most bytes a preview image may take: a card over it is drawn again with a shorter subtitle. */
export const SOCIAL_IMAGE_MAX_BYTES = 25_000;
const PALETTE = blendPalette(SOCIAL_IMAGE_BACKGROUNDS, SOCIAL_IMAGE_INKS, BLEND_LEVELS);

export interface Renderer {
  options: ResvgRenderOptions;
  measure: Measure;
  /** What, besides the SVG, the PNG depends on: part of every cache key. */
  identity: unknown;
}

let renderer: Renderer | undefined;

/**
 * Finds and reads the fonts once per build: resvg's options, the text measure and
 * what the PNGs depend on besides their SVG. The chart images (chart-image-png.ts) draw with it too.
 */
export function loadRenderer(): Renderer {
  if (renderer) return renderer;
  const require = createRequire(import.meta.url);
  const files: string[] = [];
  const fontHashes: string[] = [];
  const widths = {} as Record<FontWeight, EmWidth>;
  for (const [weight, name] of Object.entries(FONT_FILES)) {
    const file = require.resolve(name);
    const bytes = readFileSync(file);
    files.push(file);
    fontHashes.push(contentHash(bytes));
    widths[Number(weight) as FontWeight] = fontWidths(bytes);
  }
  const options = { font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' } };
  const resvgPackage = join(dirname(require.resolve('@resvg/resvg-js')), 'package.json');
  const resvgVersion = (JSON.parse(readFileSync(resvgPackage, 'utf8')) as { version: string }).version;
  renderer = {
    options,
    measure: (text, size, weight) => widths[weight](text) * size,
    // The font files by content, not by path: moving node_modules keeps the cache.
    identity: {
      fonts: fontHashes,
      resvg: resvgVersion,
      options: { ...options, font: { ...options.font, fontFiles: undefined } },
      png: SOCIAL_IMAGE_PNG_VERSION,
      palette: PALETTE,
    },
  };
  return renderer;
}

/** Whether bytes are a whole PNG of the card's size. */
export function isWholeSocialImage(bytes: Uint8Array): boolean {
  const size = readPngSize(bytes);
  return size?.width === SOCIAL_IMAGE_WIDTH && size.height === SOCIAL_IMAGE_HEIGHT;
}

/** The cache folder of this build: SOCIAL_IMAGE_CACHE=off turns it off. */
export const cacheDir = cacheDirFromEnv(process.env, process.cwd());

/**
 * The PNG of a card as it fits the byte budget: compressed quickly, and
 * harder only when that is over the budget; and when even that is (the
 * most text every block can hold), drawn again with a subtitle line fewer.
 */
async function drawWithinBudget(card: SocialCard, svg: string, { measure, options }: Renderer): Promise<Uint8Array> {
  let png: Uint8Array = new Uint8Array(0);
  for (let lines = SUBTITLE_MAX_LINES; lines >= 0; lines--) {
    // Laying out the text and drawing run in libuv's thread pool, as does the compression below:
    // with several images in flight (build.concurrency), every core draws.
    const image = await renderAsync(lines === SUBTITLE_MAX_LINES ? svg : socialImageSvg(card, measure, lines), options);
    const indexes = quantize(image.pixels, PALETTE);
    for (const level of [6, 9]) {
      png = await encodePalettePngAsync(image.width, image.height, indexes, PALETTE, level);
      if (png.byteLength < SOCIAL_IMAGE_MAX_BYTES) return png;
    }
  }
  return png;
}

/**
 * The PNG bytes of a card, 1200 x 630, from the cache folder `dir` when the
 * same card was drawn before (`false`: no cache).
 */
export async function renderSocialImage(
  card: SocialCard,
  dir: string | false = cacheDir ?? false,
): Promise<Uint8Array> {
  const renderer = loadRenderer();
  const svg = socialImageSvg(card, renderer.measure);
  // The card and its SVG (which the layout code and the font metrics make) name the image.
  const key = cacheKey({ card, svg, renderer: renderer.identity });
  return (await cachedImage(dir || undefined, key, () => drawWithinBudget(card, svg, renderer), isWholeSocialImage))
    .bytes;
}
