/** The dictionary texts a chart needs, so a test can tell which ones a catalogue entry lacks. */
import type { ChartSpec } from './catalogue.ts';
import { kindOf } from './kinds/registry.ts';

/** The keys `chart.<id>.*` a chart reads: its name, title and subtitle, and the texts its kind reads. */
export function chartTextKeys(spec: ChartSpec): string[] {
  return ['name', 'title', 'subtitle', ...kindOf(spec).texts].map((text) => `chart.${spec.id}.${text}`);
}

/** The keys of `chartTextKeys(spec)` that a dictionary lacks. */
export function missingTexts(spec: ChartSpec, dictionary: Readonly<Record<string, string>>): string[] {
  return chartTextKeys(spec).filter((key) => !(key in dictionary));
}
