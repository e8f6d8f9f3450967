/**
 * GitHub Actions workflow commands: a line such as
 * `::error file=content/x.md,line=4,title=...::message` printed by a step
 * becomes an annotation shown on that line of the pull request's diff, so an
 * editor sees the content check's message next to the mistake.
 */
import type { Problem } from '../../src/content-check/validation.ts';
import { escapeForLog } from '../../src/util/hidden-characters.ts';

/**
 * Escapes a message: GitHub reads %, CR and LF specially. Content values in it are first written
 * visibly escaped (\n, \u001b: escapeForLog), so that a line break of the message's own (the notice's
 * lines) is the only one GitHub shows.
 */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value, where ":" and "," also delimit. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The workflow command that annotates a problem's file and line. */
export function annotationOf(p: Problem): string {
  const props = [`file=${escapeProperty(escapeForLog(p.file))}`];
  if (p.line) props.push(`line=${p.line}`);
  props.push(`title=${escapeProperty(`Content check (${p.rule})`)}`);
  return `::error ${props.join(',')}::${escapeData(escapeForLog(p.message))}`;
}

/** The workflow command that shows a notice (not an error) on a file: the site-wide facts still empty. */
export function noticeAnnotation(file: string, title: string, lines: readonly string[]): string {
  return `::notice file=${escapeProperty(file)},title=${escapeProperty(title)}::${escapeData(lines.map((l) => escapeForLog(l.trim())).join('\n'))}`;
}
