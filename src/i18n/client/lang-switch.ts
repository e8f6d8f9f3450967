/**
 * Keeps the header's language switch on the same view: pages whose state
 * lives in the address (the map's filters, a search) call this whenever the
 * address changes, so switching language keeps the filters or the query.
 */
export function syncLanguageSwitch(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.lang-switch a[hreflang]')) {
    const url = new URL(link.href);
    url.search = location.search;
    url.hash = location.hash;
    link.href = url.href;
  }
}
