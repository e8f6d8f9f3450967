import { describe, expect, it } from 'vitest';
import { firstSentence, organizationDescription, plainText } from '../../../src/site/page-description.ts';

describe('plainText', () => {
  it('keeps the words of links and emphasis, drops the marks', () => {
    expect(plainText('A **bold** [link](https://x.org) and _more_.\n# Head')).toBe('A bold link and more. Head');
  });
});

describe('firstSentence', () => {
  it('takes the first sentence of the first paragraph', () => {
    const body = 'Généthon is a research centre. It was founded in 1990.\n\nSecond paragraph.';
    expect(firstSentence(body, 'en')).toBe('Généthon is a research centre.');
  });
  it('does not stop at a decimal point or an abbreviation inside a sentence', () => {
    expect(firstSentence('Its budget was EUR 3.41m in 2017. Then more.', 'en')).toBe(
      'Its budget was EUR 3.41m in 2017.',
    );
  });
  it('cuts French sentences too', () => {
    expect(firstSentence('L’AP-HP est le groupe hospitalier public de Paris. Elle compte 39 hôpitaux.', 'fr')).toBe(
      'L’AP-HP est le groupe hospitalier public de Paris.',
    );
  });
  it('gives nothing for an empty text', () => {
    expect(firstSentence('', 'en')).toBe('');
  });
});

describe('organizationDescription', () => {
  it('says the kind and town, then the first sentence', () => {
    expect(
      organizationDescription({
        kind: 'Research organization',
        city: 'Évry-Courcouronnes',
        body: 'Généthon is a research centre for gene therapy of rare diseases. It was founded in 1990.',
        locale: 'en',
      }),
    ).toBe(
      'Research organization, Évry-Courcouronnes. Généthon is a research centre for gene therapy of rare diseases.',
    );
  });
  it('does without a town or a text', () => {
    expect(organizationDescription({ kind: 'Start-up', body: '', locale: 'en' })).toBe('Start-up.');
  });
});
