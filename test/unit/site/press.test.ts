import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/content.config.ts';
import { pressFigure, pressFigures } from '../../../src/site/press.ts';

const source = (name: string) => ({
  title: `Report ${name}`,
  url: `https://example.org/${name}`,
  publisher: `Publisher ${name}`,
});
const figure = (values: Figure['values'], extra: Partial<Figure> = {}): Figure => ({
  id: 'x',
  label: { en: 'Members', fr: 'Membres' },
  scope: 'Medicen',
  unit: 'organizations',
  values,
  ...extra,
});
const context = { site: 'https://example.org', buildDate: '2026-01-02' };

describe('pressFigure', () => {
  it('gives the latest value with its date, its own source, and a citation naming both the source and this site', () => {
    const f = pressFigure(
      'members',
      figure(
        [
          { as_of: '2023-03', value: 530, qualifier: 'exact', source: source('b') },
          { as_of: '2010', value: 10, qualifier: 'exact' },
        ],
        { source: source('a') },
      ),
      'en',
      context,
    );
    expect(f).toMatchObject({ id: 'members', value: '530', label: 'Members', asOf: '2023-03', date: 'March 2023' });
    expect(f.source).toEqual({ publisher: 'Publisher b', title: 'Report b', url: 'https://example.org/b' });
    expect(f.url).toBe('https://example.org/figures/#members');
    expect(f.citation).toBe(
      'Members: 530, as of March 2023. Source: Publisher b, Report b, https://example.org/b. Via Medicen Paris Region, Key figures, https://example.org/figures/#members, accessed 2 January 2026.',
    );
  });

  it('falls back to the series’ source, words the qualifier, and cites in French on French pages', () => {
    const f = pressFigure(
      'members',
      figure([{ as_of: '2019', value: 400, qualifier: 'about' }], { source: source('a') }),
      'fr',
      context,
    );
    expect(f.value).toBe('environ 400');
    expect(f.source?.publisher).toBe('Publisher a');
    expect(f.citation).toBe(
      'Membres\u00a0: environ 400 (date de référence\u00a0: 2019). Source\u00a0: Publisher a, Report a, https://example.org/a. Via Medicen Paris Region, Chiffres clés, https://example.org/fr/figures/#members, consulté le 2 janvier 2026.',
    );
  });

  it('cites the site alone when no source is given', () => {
    const f = pressFigure('members', figure([{ as_of: '2019', value: 400, qualifier: 'exact' }]), 'en', context);
    expect(f.source).toBeUndefined();
    expect(f.citation).not.toContain('Source');
    expect(f.citation).toContain('as of 2019');
  });
});

describe('pressFigures', () => {
  it('puts the most recently dated first, keeping the given order between equal dates', () => {
    const at = (id: string, as_of: string) => ({ id, data: figure([{ as_of, value: 1, qualifier: 'exact' }]) });
    const ids = pressFigures(
      [at('a', '2019'), at('b', '2024'), at('c', '2023-03'), at('d', '2024')],
      'en',
      context,
    ).map((f) => f.id);
    expect(ids).toEqual(['b', 'd', 'c', 'a']);
  });
});
