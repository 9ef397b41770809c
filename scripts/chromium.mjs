// Where the browser for tests, benchmarks and the glyph step lives, and how it
// is started: the one list, for the TypeScript and the plain-JS tools alike.
import { existsSync } from 'node:fs';

/**
 * Debian's Chromium where it exists (Playwright cannot download browsers on
 * every machine); undefined means Playwright's own managed browser.
 */
export const SYSTEM_CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));

/** Switches that keep a headless Chromium quiet on a closed network. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
