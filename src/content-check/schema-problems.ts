/**
 * Turns Zod's schema issues into sentences an editor can act on: the field by
 * its path in the file, what it holds, what it must hold.
 */
import type { z } from 'astro/zod';
import { hiddenTextProblem } from '../model/text-rules.ts';
import type { ProblemRule } from './problem-rules.ts';
import type { Problem } from './validation.ts';

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/** `sites[0].lat` from ['sites', 0, 'lat']. */
export function fieldPath(path: readonly PathKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('');
}

/** Longer values are cut in messages: a pasted page would drown the line (its length is said apart). */
const SHOWN_LENGTH = 80;

function show(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') {
    const chars = [...value];
    return `"${chars.length > SHOWN_LENGTH ? `${chars.slice(0, SHOWN_LENGTH - 3).join('')}...` : value}"`;
  }
  const json = JSON.stringify(value);
  return json && json.length > 60 ? `${json.slice(0, 57)}...` : String(json);
}

function kindOf(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'read as a date';
  if (typeof value === 'object') return 'a group of fields';
  return `a ${typeof value}`;
}

/** The last field name of a path, e.g. postcode for sites[0].postcode. */
function lastKey(path: readonly PathKey[]): string | undefined {
  const last = [...path].reverse().find((k) => typeof k === 'string');
  return typeof last === 'string' ? last : undefined;
}

/** How to write a value the file holds unquoted (91000, 2017-05-01, yes) as the text it must be. */
function quoteHint(path: readonly PathKey[], input: unknown, written: string | undefined): string {
  const text = written ?? show(input);
  const key = lastKey(path);
  return `; write it in quotes: ${typeof path[path.length - 1] === 'number' || !key ? '' : `${key}: `}"${text.replace(/^["']|["']$/g, '')}"`;
}

function typeHint(expected: string, input: unknown): string {
  if ((expected === 'number' || expected === 'int') && typeof input === 'string') {
    return '; write the number without quotes, with a dot for decimals (48.85, not "48,85")';
  }
  if (expected === 'array') return '; write it as a list, one "- item" per line';
  return '';
}

/** How an expected type reads in a sentence: Zod says "int" for a whole number. */
function expectedName(expected: string): string {
  if (expected === 'array') return 'a list';
  if (expected === 'int') return 'a whole number';
  if (expected === 'object') return 'a group of fields';
  return `a ${expected}`;
}

/** Examples for fields editors most often forget, by field name. */
const EXAMPLES: Record<string, string> = {
  as_of: 'the date the number was true, e.g. "2018" or "2016-10"',
  value: 'the number, e.g. 300',
  name: "the organization's name",
  relation: 'member or partner',
  kind: 'e.g. sme, startup, research (see the template)',
  department: 'the department code, e.g. "91"',
  lat: 'the latitude, e.g. 48.8404',
  lon: 'the longitude, e.g. 2.311',
  precision: 'address, campus, district or town',
  sources: 'a list of web addresses',
  source: 'title, url and publisher',
  title: 'a title',
  summary: 'one sentence',
  year: 'the year, e.g. 2017',
};

function exampleFor(path: readonly PathKey[], expected: string): string {
  const last = [...path].reverse().find((k) => typeof k === 'string');
  const example = typeof last === 'string' ? EXAMPLES[last] : undefined;
  return example ?? expectedName(expected);
}

/** One described issue: the sentence, and which kind of message it is. */
export interface DescribedIssue {
  rule: ProblemRule;
  message: string;
}

/** One sentence for one issue, starting with the field. */
export function describeIssue(issue: Issue, input: unknown, written?: string): DescribedIssue {
  const field = fieldPath(issue.path) || 'the file';
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) {
        return {
          rule: 'field-missing',
          message: `${field} is missing; add it (${exampleFor(issue.path, issue.expected)})`,
        };
      }
      if (input === null) {
        // YAML reads "name:" with nothing after the colon as an empty value.
        return {
          rule: 'field-empty',
          message: `${field} has no value after its colon; write one (${exampleFor(issue.path, issue.expected)})`,
        };
      }
      return {
        rule: 'wrong-type',
        message: `${field} is ${show(input)} (${kindOf(input)}) but must be ${expectedName(issue.expected)}${
          (issue.expected === 'string' && ['number', 'boolean'].includes(typeof input)) || input instanceof Date
            ? quoteHint(issue.path, input, written)
            : typeHint(issue.expected, input)
        }`,
      };
    case 'invalid_value':
      return {
        rule: 'not-allowed-value',
        message: `${field} is ${show(input)} but must be one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'unrecognized_keys':
      return {
        rule: 'unknown-field',
        message: `${fieldPath(issue.path) ? `${fieldPath(issue.path)} has` : 'has'} unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling against the template (a misspelt field would be ignored)`,
      };
    case 'too_small':
      if (issue.origin === 'array') {
        return {
          rule: 'too-few-items',
          message: `${field} ${issue.message.startsWith('needs') ? issue.message : `needs at least ${String(issue.minimum)} item(s)`}`,
        };
      }
      if (issue.origin === 'string') {
        return { rule: 'field-empty', message: `${field} is empty; write a value or remove the line` };
      }
      return { rule: 'too-small', message: `${field} is ${show(input)} but must be at least ${String(issue.minimum)}` };
    case 'too_big':
      if (issue.origin === 'string' && typeof input === 'string') {
        return {
          rule: 'too-long',
          message: `${field} is ${input.length} characters long but may be at most ${String(issue.maximum)}; shorten it (a long text belongs below the front matter)`,
        };
      }
      if (issue.origin === 'array' && Array.isArray(input)) {
        return {
          rule: 'too-big',
          message: `${field} has ${input.length} items but may have at most ${String(issue.maximum)}; keep the ${String(issue.maximum)} that matter most`,
        };
      }
      return { rule: 'too-big', message: `${field} is ${show(input)} but must be at most ${String(issue.maximum)}` };
    case 'invalid_format': {
      // Invisible characters and blank values: which character, where (src/model/text-rules.ts).
      const hidden =
        issue.format === 'regex' && typeof input === 'string' ? hiddenTextProblem(issue.pattern, input) : undefined;
      if (hidden) return { rule: hidden.rule, message: `${field} ${hidden.message}` };
      return { rule: 'bad-format', message: `${field} is ${show(input)} but ${issue.message}` };
    }
    default:
      return { rule: 'schema-other', message: `${field}: ${issue.message}` };
  }
}

function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let cur: unknown = data;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[k];
  }
  return cur;
}

/** Validates data against a schema; returns the parsed data or the problems. */
export function parseWithSchema<T>(
  schema: z.ZodType<T>,
  data: unknown,
  file: string,
  lineOf: (path: readonly PathKey[]) => number | undefined,
  textOf: (path: readonly PathKey[]) => string | undefined = () => undefined,
): { data?: T; problems: Problem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { data: result.data, problems: [] };
  // One problem per field, the first its checks find (length, then visible text, then format):
  // fixing it may fix the others, and one mistake is not reported three times.
  const seen = new Set<string>();
  const issues = result.error.issues.filter((issue) => {
    const key = fieldPath(issue.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const problems = issues.map((issue) => ({
    file,
    field: fieldPath(issue.path),
    ...describeIssue(issue, valueAt(data, issue.path), textOf(issue.path)),
    line: lineOf(issue.path),
  }));
  return { problems };
}
