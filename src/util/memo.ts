/**
 * Build-wide caches. Astro renders every page of a build in one process with
 * the same module instances, so a promise kept here is computed once per
 * build (and once per key, e.g. per locale) and shared by every page that
 * needs it. The dev server keeps modules between requests while content
 * changes, so there nothing is kept.
 */
const KEEP = !import.meta.env?.DEV;

/** A loader computed on first use and then shared. */
export function memoize<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (KEEP ? (value ??= load()) : load());
}

/** A loader computed once per key (a locale, an id) and then shared. */
export function memoizeBy<K, T>(load: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const values = new Map<K, Promise<T>>();
  return (key) => {
    if (!KEEP) return load(key);
    let value = values.get(key);
    if (!value) {
      value = load(key);
      values.set(key, value);
    }
    return value;
  };
}
