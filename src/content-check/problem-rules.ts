/**
 * Every kind of message the content checker can print, by a short stable
 * name. Each problem carries its rule so that the tests can prove that every
 * message is produced by a fixture, and docs/content-checks.md explains each one
 * under a heading of the same name (a test checks both), so an editor who
 * reads a message can look up what it means.
 */
export const PROBLEM_RULES = [
  // Reading the files (src/content-check/read-files.ts, index.ts).
  'no-front-matter',
  'unreadable',
  'wrong-extension',
  'file-missing',
  'template-placeholder',
  'not-published',
  'byte-order-mark',
  'wrong-encoding',
  'bidi-control',
  // The web editor's media folder (src/content-check/media.ts).
  'media-not-allowed',
  // The text below the front matter (src/content-check/body-rules.ts).
  'code-in-content',
  'component-not-allowed',
  'raw-html',
  'link-not-allowed',
  // One file against its schema (src/content-check/schema-problems.ts).
  'field-missing',
  'field-empty',
  'wrong-type',
  'not-allowed-value',
  'unknown-field',
  'too-few-items',
  'too-small',
  'too-big',
  'too-long',
  'bad-format',
  'invisible-character',
  'schema-other',
  // Across files (src/content-check/validation.ts).
  'bad-file-name',
  'duplicate-slug',
  'reserved-slug',
  'unknown-reference',
  'postcode-department',
  'outside-department',
  'outside-commune',
  'outside-region-mismatch',
  'unknown-department',
  'outside-region',
  'outside-france',
  'future-date',
  'duplicate-date',
  'negative-value',
  'duplicate-name',
  'figure-id-mismatch',
  'duplicate-figure-id',
  'value-without-date',
  'value-without-source',
  'orphan-translation',
  'translation-length-mismatch',
  'department-missing',
  'department-not-in-region',
] as const;

export type ProblemRule = (typeof PROBLEM_RULES)[number];

/**
 * Rules that no content file can trigger today, kept as safety nets: the
 * schema already requires as_of before the cross-content check runs, and the
 * schemas use no Zod check that schema-other would describe. Their messages
 * are tested by calling the functions directly.
 */
export const RULES_UNREACHABLE_FROM_FILES: readonly ProblemRule[] = ['value-without-date', 'schema-other'];
