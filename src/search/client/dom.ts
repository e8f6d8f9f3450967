/** Small DOM helpers shared by the search box and the search page. Text is only ever set as text. */
import { excerptPieces } from '../excerpt.ts';

/** Creates an element with a class and text content. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind's excerpt as text nodes and <mark> elements, never parsed as HTML. */
export function excerptFragment(excerptHtml: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const piece of excerptPieces(excerptHtml)) {
    fragment.append(piece.marked ? el('mark', undefined, piece.text) : document.createTextNode(piece.text));
  }
  return fragment;
}
