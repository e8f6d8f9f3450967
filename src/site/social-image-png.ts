/**
 * Renders a social preview card to PNG at build time with resvg (a native
 * SVG renderer from npm: no browser, no external service), in Noto Sans
 * from the TTF files of @expo-google-fonts/noto-sans (SIL Open Font
 * License; resvg reads TTF/OTF, not the WOFF2 the site serves). The same
 * font files give the advance widths the layout wraps text with.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { fontWidths, type EmWidth } from './font-metrics.ts';
import { socialImageSvg, type FontWeight, type Measure, type SocialCard } from './social-image.ts';

const FONT_FILES: Record<FontWeight, string> = {
  400: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  600: '@expo-google-fonts/noto-sans/600SemiBold/NotoSans_600SemiBold.ttf',
  700: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
};

let fonts: { files: string[]; measure: Measure } | undefined;

/** Finds and reads the fonts once per build. */
function loadFonts() {
  if (fonts) return fonts;
  const require = createRequire(import.meta.url);
  const files: string[] = [];
  const widths = {} as Record<FontWeight, EmWidth>;
  for (const [weight, name] of Object.entries(FONT_FILES)) {
    const file = require.resolve(name);
    files.push(file);
    widths[Number(weight) as FontWeight] = fontWidths(readFileSync(file));
  }
  fonts = { files, measure: (text, size, weight) => widths[weight](text) * size };
  return fonts;
}

/** The PNG bytes of a card, 1200 x 630. */
export function renderSocialImage(card: SocialCard): Uint8Array {
  const { files, measure } = loadFonts();
  const svg = socialImageSvg(card, measure);
  const resvg = new Resvg(svg, { font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' } });
  return resvg.render().asPng();
}
