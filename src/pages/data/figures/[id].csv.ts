/** /data/figures/<id>.csv: one figure series from content, every dated value with its source. */
import type { APIRoute } from 'astro';
import { loadFigures } from '../../../data/content.ts';
import { figureCsv } from '../../../charts/csv.ts';

export async function getStaticPaths() {
  return (await loadFigures()).map((figure) => ({ params: { id: figure.id }, props: { figure: figure.data } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(figureCsv(props.figure), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
