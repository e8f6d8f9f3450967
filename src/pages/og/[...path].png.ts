/**
 * /og/<page>.png: the social preview image of every page, in both languages
 * (/og/home.png, /og/fr/home.png; an organization's, /og/members/genethon.png, serves both), and
 * of every figure series (/og/figures/<id>.png). Drawn at build time.
 */
import type { APIRoute } from 'astro';
import { socialImages } from '../../data/share.ts';
import { renderSocialImage } from '../../site/social-image-png.ts';

export async function getStaticPaths() {
  return (await socialImages()).map(({ name, card }) => ({ params: { path: name }, props: { card } }));
}

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderSocialImage(props.card)), { headers: { 'content-type': 'image/png' } });
