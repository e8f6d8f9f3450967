/**
 * French department names by code, for sites outside the region too ("80" ->
 * "Somme"). The table is a copy made by scripts/build-department-names.mjs
 * from @etalab/decoupage-administratif: the build never reads node_modules.
 */
import names from './department-names.json';

const NAMES: Readonly<Record<string, string>> = names;

/** The official name of a French department, or undefined for an unknown code. */
export function frenchDepartmentName(code: string): string | undefined {
  return NAMES[code];
}
