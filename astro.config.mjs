// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { contentChecks } from './src/content-check/integration.ts';
import { searchIndex } from './src/search/integration.ts';
import { securityHeaders } from './src/site/security-headers-integration.ts';
import { licences } from './src/site/licences-integration.ts';
import { webEditor } from './src/editor/integration.ts';
import { sourceMaps } from './src/site/source-maps.ts';
import { astroCsp } from './src/site/csp.ts';
import { externalLinksPlugin } from './src/site/external-links.ts';
import { contentIsTextPlugin, sanitizePlugin } from './src/content-check/markdown-plugins.ts';
import { sitemapFilter, withXDefault } from './src/site/sitemap.ts';

/** The public address of the site; override with SITE_URL (and BASE_PATH for a sub-folder). */
const site = process.env.SITE_URL ?? 'https://www.medicen.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Several pages in flight at once: the social preview images are drawn and compressed in
    // libuv's thread pool (src/site/social-image-png.ts), so the other core works meanwhile.
    concurrency: 4,
  },
  i18n: {
    locales: ['en', 'fr'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    contentChecks(),
    mdx(),
    searchIndex(),
    securityHeaders(),
    licences(),
    sourceMaps(),
    // sitemap-index.xml and sitemap-0.xml: every built page but the 404 and embed pages, each with its
    // hreflang alternates in both languages and x-default (src/site/sitemap.ts).
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', fr: 'fr' } },
      filter: sitemapFilter(new URL(base, site).href),
      serialize: withXDefault,
      namespaces: { news: false, image: false, video: false },
    }),
    // The web editor at /admin/ (src/editor/): last, so that no list of pages (search, sitemap,
    // security headers) holds it; it adds its own rule to _headers.
    webEditor(),
  ],
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Scripts always load from their /_astro/ file, never inlined into the page however small (the
      // copy button's is): the policy and test/browser/csp.test.ts allow no inline module script.
      // Stylesheets keep Vite's default (inlined under 4 KB, each by its hash in the policy).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
  // A Content-Security-Policy <meta> in every page, with the hashes of its scripts and styles
  // (src/site/csp.ts says what each source is for); securityHeaders() copies it into dist/_headers.
  security: {
    csp: astroCsp({ mapStyleUrl: process.env.PUBLIC_MAP_STYLE_URL, mapOrigins: process.env.CSP_MAP_ORIGINS }),
  },
  markdown: {
    // Shiki colours code with style attributes, which the policy forbids; the content has no code
    // blocks, and any added later shows as plain preformatted text.
    syntaxHighlight: false,
    // Astro's default processor (MDX inherits it): code in a text (import/export, {expressions},
    // components) stops the build; the HTML is sanitized to an allowlist (no raw HTML, scripts,
    // frames, style or on* attributes), then links to other sites get rel="external noopener noreferrer".
    processor: satteri({
      mdastPlugins: [contentIsTextPlugin()],
      hastPlugins: [sanitizePlugin(), externalLinksPlugin(site)],
    }),
  },
});
