import { describe, expect, it } from 'vitest';
import { stripDanglingSourceMaps } from '../../../src/site/source-maps.ts';

describe('stripDanglingSourceMaps', () => {
  const none = () => false;

  it('removes a script or stylesheet comment whose map is missing', () => {
    expect(stripDanglingSourceMaps('a();\n//# sourceMappingURL=worker.mjs.map', none)).toBe('a();\n');
    expect(stripDanglingSourceMaps('a();\n//# sourceMappingURL=worker.mjs.map\n', none)).toBe('a();\n');
    expect(stripDanglingSourceMaps('a();\n//@ sourceMappingURL=old.js.map\n', none)).toBe('a();\n');
    expect(stripDanglingSourceMaps('p{}\n/*# sourceMappingURL=x.css.map */', none)).toBe('p{}\n');
  });

  it('keeps a comment whose map exists, an inline map, and text that only mentions one', () => {
    const present = (url: string) => url === 'here.js.map';
    const kept = [
      'a();\n//# sourceMappingURL=here.js.map',
      'a();\n//# sourceMappingURL=data:application/json;base64,e30=',
    ];
    for (const text of kept) expect(stripDanglingSourceMaps(text, present)).toBe(text);
    const mention = 'const s = "sourceMappingURL";';
    expect(stripDanglingSourceMaps(mention, none)).toBe(mention);
  });
});
