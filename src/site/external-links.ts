/**
 * Links to other sites written in Markdown and MDX content get
 * rel="external noopener noreferrer", as the site's components write their
 * links to sources and websites: an editor cannot add rel in Markdown.
 * A plugin for Sätteri, Astro's Markdown processor (its HTML tree stage,
 * `markdown.processor: satteri({ hastPlugins: [...] })` in astro.config.mjs).
 * Only the few fields used are typed, so this file needs no import.
 */

interface Element {
  tagName: string;
  properties: Record<string, unknown>;
}
interface Context<N> {
  setProperty(node: N, key: string, value: unknown): void;
}

export const EXTERNAL_REL = ['external', 'noopener', 'noreferrer'] as const;

/** Whether `href` leads to a web page on a host other than the site's. */
export function isExternalHref(href: string, site: URL): boolean {
  let url: URL;
  try {
    url = new URL(href, site);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== site.host;
}

/** A link's rel tokens (a string or a list, as HTML trees hold it) with the external ones added. */
export function withExternalRel(rel: unknown): string[] {
  const current = Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/) : [];
  return [...new Set([...current.filter(Boolean), ...EXTERNAL_REL])];
}

export function externalLinksPlugin(site: string) {
  const siteUrl = new URL(site);
  return {
    name: 'medicen:external-links',
    element: {
      filter: ['a'],
      // Generic so that Sätteri's own node type flows from `node` to `ctx.setProperty`.
      visit<N extends Element>(node: N, ctx: Context<NoInfer<N>>) {
        const href = node.properties.href;
        if (typeof href === 'string' && isExternalHref(href, siteUrl)) {
          ctx.setProperty(node, 'rel', withExternalRel(node.properties.rel));
        }
      },
    },
  };
}
