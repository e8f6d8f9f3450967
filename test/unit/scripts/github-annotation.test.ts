import { describe, expect, it } from 'vitest';
import { annotationOf, noticeAnnotation } from '../../../scripts/lib/github-annotation.ts';

describe('annotationOf', () => {
  it('annotates the file and line with the message', () => {
    expect(
      annotationOf({
        file: 'content/organizations/en/a.md',
        field: 'kind',
        line: 4,
        rule: 'not-allowed-value',
        message: 'kind is "x"',
      }),
    ).toBe('::error file=content/organizations/en/a.md,line=4,title=Content check (not-allowed-value)::kind is "x"');
  });

  it('leaves the line out when it is unknown', () => {
    expect(
      annotationOf({ file: 'content/timeline.json', field: '', rule: 'file-missing', message: 'is missing' }),
    ).toBe('::error file=content/timeline.json,title=Content check (file-missing)::is missing');
  });

  it('escapes what GitHub would read as delimiters', () => {
    const line = annotationOf({
      file: 'content/a,b:c.md',
      field: '',
      rule: 'unreadable',
      message: '100% wrong',
    });
    expect(line).toBe('::error file=content/a%2Cb%3Ac.md,title=Content check (unreadable)::100%25 wrong');
  });

  it('writes line breaks and control characters of content visibly, so that no value makes a line of its own', () => {
    const line = annotationOf({
      file: 'content/x\n::warning file=README.md::y.md',
      field: 'name',
      rule: 'bad-format',
      message: 'name is "a\n::warning file=README.md,line=1::b\r\u001b[31m"',
    });
    expect(line).toBe(
      '::error file=content/x\\n%3A%3Awarning file=README.md%3A%3Ay.md,title=Content check (bad-format)::name is "a\\n::warning file=README.md,line=1::b\\r\\u001b[31m"',
    );
    expect(line.split(/[\r\n]/)).toHaveLength(1);
  });
});

describe('noticeAnnotation', () => {
  it('shows the notice on the file, one line a fact, escaped', () => {
    expect(noticeAnnotation('content/site.json', 'Site-wide facts still empty', ['a: b, 50%', '  c'])).toBe(
      '::notice file=content/site.json,title=Site-wide facts still empty::a: b, 50%25%0Ac',
    );
  });
});
