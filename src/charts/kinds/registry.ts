/**
 * Which module draws each chart kind. Typed by the catalogue's kinds, so a
 * kind without its module (or a module for no kind) is a type error.
 */
import type { ChartKindName, ChartSpec, SpecOf } from '../catalogue.ts';
import { bars } from './bars.ts';
import { barsByDate } from './bars-by-date.ts';
import { counts } from './counts.ts';
import type { ChartKind } from './kind.ts';
import { numbers } from './numbers.ts';
import { part } from './part.ts';
import { time } from './time.ts';

export const KINDS: { readonly [K in ChartKindName]: ChartKind<SpecOf<K>> } = {
  time,
  'bars-by-date': barsByDate,
  bars,
  part,
  numbers,
  counts,
};

/** The module of a chart's kind, typed for that chart's entry. */
export function kindOf<S extends ChartSpec>(spec: S): ChartKind<S> {
  // TypeScript cannot tie KINDS[spec.kind] to S (a correlated union), but the mapped type above does.
  return KINDS[spec.kind] as ChartKind<S>;
}
