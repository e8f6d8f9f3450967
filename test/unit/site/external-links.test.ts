import { describe, expect, it } from 'vitest';
import { externalLinksPlugin, isExternalHref, withExternalRel } from '../../../src/site/external-links.ts';

const site = new URL('https://www.medicen.org/');

describe('isExternalHref', () => {
  it('is true for web pages on another host only', () => {
    expect(isExternalHref('https://www.genethon.fr/', site)).toBe(true);
    expect(isExternalHref('http://example.org/x', site)).toBe(true);
    expect(isExternalHref('//cdn.example.org/x', site)).toBe(true);
    expect(isExternalHref('https://www.medicen.org/about/', site)).toBe(false);
    expect(isExternalHref('/members/', site)).toBe(false);
    expect(isExternalHref('#sources', site)).toBe(false);
    expect(isExternalHref('mailto:contact@example.org', site)).toBe(false);
    expect(isExternalHref('http://[bad', site)).toBe(false);
  });
});

describe('withExternalRel', () => {
  it('adds the external tokens to those already there, once', () => {
    expect(withExternalRel(undefined)).toEqual(['external', 'noopener', 'noreferrer']);
    expect(withExternalRel('nofollow noopener')).toEqual(['nofollow', 'noopener', 'external', 'noreferrer']);
    expect(withExternalRel(['me'])).toEqual(['me', 'external', 'noopener', 'noreferrer']);
  });
});

describe('externalLinksPlugin', () => {
  it('sets rel on links to other hosts and leaves the others alone', () => {
    const plugin = externalLinksPlugin('https://www.medicen.org');
    expect(plugin.element.filter).toEqual(['a']);
    const set: [string, unknown][] = [];
    const ctx = { setProperty: (_node: unknown, key: string, v: unknown) => set.push([key, v]) };
    plugin.element.visit({ tagName: 'a', properties: { href: 'https://example.org/' } }, ctx);
    plugin.element.visit({ tagName: 'a', properties: { href: '/stories/' } }, ctx);
    plugin.element.visit({ tagName: 'a', properties: {} }, ctx);
    expect(set).toEqual([['rel', ['external', 'noopener', 'noreferrer']]]);
  });
});
