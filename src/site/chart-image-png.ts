/**
 * Renders a chart's image (chart-image.ts) to PNG at build time with resvg,
 * in the same Noto Sans files and through the same cache as the social
 * preview images (social-image-png.ts): the chart's own text, written for
 * the system fonts of a browser, falls back to the generic sans-serif,
 * which is Noto Sans here. Full colour (the charts' series colours and
 * their antialiasing), not the preview images' 16-colour palette.
 */
import { renderAsync } from '@resvg/resvg-js';
import type { Locale } from '../model/constants.ts';
import type { ChartModel } from '../charts/model.ts';
import { CHART_IMAGE_WIDTH, chartImageSvg, chartImageText } from './chart-image.ts';
import { cacheDir, loadRenderer } from './social-image-png.ts';
import { cachedImage, cacheKey } from './social-image-cache.ts';
import { readPngSize } from './social-image-palette.ts';

/** Bump when the way a chart image becomes a PNG changes, so cached images are drawn again. */
export const CHART_IMAGE_PNG_VERSION = 1;

/** Whether bytes are a whole PNG of a chart image's width. */
export function isWholeChartImage(bytes: Uint8Array): boolean {
  return readPngSize(bytes)?.width === CHART_IMAGE_WIDTH;
}

/** The PNG bytes of a chart's image, 1200 px wide, from the cache folder `dir` when drawn before (`false`: no cache). */
export async function renderChartImage(
  model: ChartModel,
  locale: Locale,
  dir: string | false = cacheDir ?? false,
): Promise<Uint8Array> {
  const renderer = loadRenderer();
  const svg = chartImageSvg(model.svg, chartImageText(model, locale), renderer.measure);
  const options = { ...renderer.options, font: { ...renderer.options.font, sansSerifFamily: 'Noto Sans' } };
  const key = cacheKey({ chartImage: svg, renderer: renderer.identity, version: CHART_IMAGE_PNG_VERSION });
  const draw = async () => new Uint8Array((await renderAsync(svg, options)).asPng());
  return (await cachedImage(dir || undefined, key, draw, isWholeChartImage)).bytes;
}
