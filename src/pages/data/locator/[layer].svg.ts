/** /data/locator/<layer>.svg: the shared layers of the member pages' small static maps. */
import type { APIRoute } from 'astro';
import { locatorLayers } from '../../../data/locator.ts';

export function getStaticPaths() {
  return locatorLayers().map(({ name, svg }) => ({ params: { layer: name }, props: { svg } }));
}

export const GET: APIRoute<{ svg: string }> = ({ props }) =>
  new Response(props.svg, { headers: { 'content-type': 'image/svg+xml' } });
