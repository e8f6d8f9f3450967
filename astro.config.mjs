// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentChecks } from './src/integrations/content-checks.ts';
import { searchIndex } from './src/integrations/search-index.ts';

/** The public address of the site; override with SITE_URL (and BASE_PATH for a sub-folder). */
const site = process.env.SITE_URL ?? 'https://www.medicen.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['en', 'fr'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [contentChecks(), mdx(), searchIndex()],
  devToolbar: { enabled: false },
});
