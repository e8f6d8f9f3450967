/**
 * Popup contents, built from DOM nodes and text only: a name from content is
 * never parsed as HTML, so "<img src=x onerror=...>" shows as those characters.
 */
import type { SiteProperties } from '../sites.ts';
import type { MapLabels } from './labels.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function memberLink(site: SiteProperties, labels: MapLabels): HTMLAnchorElement {
  const a = el('a', site.name);
  a.href = `${labels.memberPath}${encodeURIComponent(site.slug)}/`;
  return a;
}

/** One site: name (linking to the member page), kind, areas, site label and how precise it is. */
export function sitePopup(site: SiteProperties, labels: MapLabels): HTMLElement {
  const box = el('div', undefined, 'map-popup');
  box.dataset.popupOrg = site.slug;
  const h = el('h2');
  h.append(memberLink(site, labels));
  box.append(h);
  box.append(el('p', `${labels.kinds[site.kind] ?? site.kind} · ${labels.relations[site.relation] ?? site.relation}`));
  if (site.areas.length > 0) {
    box.append(el('p', `${labels.areasLabel}: ${site.areas.map((a) => labels.areas[a] ?? a).join(', ')}`));
  }
  box.append(el('p', `${labels.site}: ${site.label}, ${site.city}`));
  box.append(el('p', `${labels.location}: ${labels.precision[site.precision] ?? site.precision}`, 'meta'));
  const more = el('p');
  const link = memberLink(site, labels);
  link.textContent = labels.member;
  link.className = 'popup-member';
  more.append(link);
  box.append(more);
  return box;
}

/** Several sites at one place (same address or a cluster that cannot split further). */
export function stackPopup(sites: SiteProperties[], labels: MapLabels): HTMLElement {
  const box = el('div', undefined, 'map-popup');
  box.append(el('h2', labels.here.replace('{count}', String(sites.length))));
  const list = el('ul');
  for (const s of sites) {
    const li = el('li');
    li.append(memberLink(s, labels), document.createTextNode(` · ${s.label}, ${s.city}`));
    list.append(li);
  }
  box.append(list);
  return box;
}
