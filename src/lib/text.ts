/** Small text helpers shared by validation, filters and search. */

/** Lower-cases and strips accents, so "Généthon" and "genethon" compare equal. */
export function foldForCompare(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A slug from a name: "Institut Pasteur" -> "institut-pasteur". */
export function slugify(text: string): string {
  return foldForCompare(text)
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
