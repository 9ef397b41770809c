// Before the browser tests: a Chromium to run them in. The system's where it
// has one; else Playwright's own, downloaded now if it is missing (where the
// network allows); else a clear message of what to do. So that `npm test` is
// the only command a fresh machine needs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { SYSTEM_CHROMIUM } from './chromium.mjs';

const managed = () => {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
};

if (!SYSTEM_CHROMIUM && !managed()) {
  console.log('No Chromium on this machine: fetching Playwright’s (npx playwright install chromium)…');
  const run = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  if (run.status !== 0 || !managed()) {
    console.error(
      [
        '',
        'The browser tests need Chromium, and none could be found or fetched.',
        '- Debian or Ubuntu: sudo apt-get install chromium',
        '- elsewhere, where the network allows: npx playwright install --with-deps chromium',
        'Then run `npm test` again.',
      ].join('\n'),
    );
    process.exit(1);
  }
}
