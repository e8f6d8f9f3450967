/** Made-up chart inputs for tests: the fixture figures and a small directory of five organizations. */
import type { ChartInputs } from '../../../src/charts/inputs.ts';
import type { KindContext } from '../../../src/charts/kinds/kind.ts';
import { FIGURES } from './fixture-figures.ts';

const org = (slug: string, kind: string, areas: string[], department?: string) => ({
  slug,
  name: slug,
  kind,
  areas,
  sites: department ? [{ department }] : [],
});

export const INPUTS: ChartInputs = {
  figures: FIGURES,
  orgs: [
    org('a', 'sme', ['imaging'], '75'),
    org('b', 'sme', ['imaging', 'digital'], '91'),
    org('c', 'startup', [], '91'),
    org('d', 'research', ['digital'], '13'),
    org('e', 'sme', []),
  ],
  departments: [
    { code: '75', name: 'Paris' },
    { code: '91', name: 'Essonne' },
  ],
  areas: [
    { id: 'imaging', title: 'Imaging' },
    { id: 'digital', title: 'Digital health' },
  ],
  buildDate: '2026-01-02',
  site: 'https://example.org',
};

/** The context a kind prepares, labels and words a chart in: the fixture inputs, in English. */
export const EN: KindContext = { inputs: INPUTS, locale: 'en' };
