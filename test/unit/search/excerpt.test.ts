import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptPieces, repeats } from '../../../src/search/excerpt.ts';

describe('decodeEntities', () => {
  it('decodes named and numeric references', () => {
    expect(decodeEntities('R&amp;D &lt;b&gt; &quot;x&quot; &#39;y&#x27; &nbsp;')).toBe(`R&D <b> "x" 'y' \u00a0`);
  });

  it('leaves unknown or invalid references as they are', () => {
    expect(decodeEntities('&bogus; &#0; AT&T')).toBe('&bogus; &#0; AT&T');
  });
});

describe('excerptPieces', () => {
  it('splits highlighted words from the rest', () => {
    expect(excerptPieces('Based in <mark>Évry-Courcouronnes,</mark> Île-de-France.')).toEqual([
      { text: 'Based in ', marked: false },
      { text: 'Évry-Courcouronnes,', marked: true },
      { text: ' Île-de-France.', marked: false },
    ]);
  });

  it('keeps escaped markup from a page as literal text, never as a tag', () => {
    const pieces = excerptPieces('A &lt;img src=x onerror=alert(1)&gt; and <mark>Généthon</mark>');
    expect(pieces[0]).toEqual({ text: 'A <img src=x onerror=alert(1)> and ', marked: false });
    expect(pieces[1]).toEqual({ text: 'Généthon', marked: true });
  });

  it('treats any tag other than <mark> as text', () => {
    expect(excerptPieces('<b>bold</b>')).toEqual([{ text: '<b>bold</b>', marked: false }]);
  });

  it('merges neighbouring pieces of the same kind', () => {
    expect(excerptPieces('<mark>gene</mark><mark>therapy</mark>')).toEqual([{ text: 'genetherapy', marked: true }]);
    expect(excerptPieces('')).toEqual([]);
  });
});

describe('repeats', () => {
  const description = 'Essonne combines the Genopole biocluster at Évry, where Généthon works on gene therapy.';

  it('sees a description the excerpt already quotes, highlights and accents aside', () => {
    expect(
      repeats(description, 'Essonne (91). Essonne combines the <mark>Genopole</mark> biocluster at Evry, where'),
    ).toBe(true);
  });

  it('keeps a description the excerpt does not quote', () => {
    expect(repeats('Research organization · Saclay', 'at Saclay works in <mark>imaging</mark>')).toBe(false);
    expect(repeats('', 'anything')).toBe(false);
  });
});
