/**
 * Debian's Chromium, as the scripts start it (screenshots, Lighthouse): its
 * path (CHROMIUM_PATH overrides) and flags that keep it from calling home.
 * The browser tests use the same flags (test/browser/support/browser.ts).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
