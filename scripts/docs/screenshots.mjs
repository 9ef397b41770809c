// Render the README's screenshots from the production build, so that they can
// never go stale: the desktop view with a place selected, and a phone's.
// `npm run docs:screenshots` (it builds first).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../chromium.mjs';

const root = join(import.meta.dirname, '..', '..');
const PORT = 4290;
const base = `http://127.0.0.1:${PORT}/`;
const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs')], {
  env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    // not up yet
  }
  await new Promise((r) => setTimeout(r, 100));
}

const shots = [
  { file: 'screenshot.png', path: '?place=spin-boldak', viewport: { width: 1280, height: 760 } },
  { file: 'screenshot-phone.png', path: '?place=torkham', viewport: { width: 390, height: 780 }, mobile: true },
];
const browser = await chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS });
try {
  for (const s of shots) {
    const page = await browser.newPage({
      viewport: s.viewport,
      deviceScaleFactor: 1,
      isMobile: !!s.mobile,
      hasTouch: !!s.mobile,
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    await page.goto(base + s.path);
    await page.locator('[data-map-state="idle"]').waitFor({ timeout: 120_000 });
    await page.getByTestId('panel.place.title').waitFor();
    // The selection's framing ends in one more idle.
    await page.locator('[data-map-state="idle"]').waitFor();
    await page.screenshot({ path: join(root, 'docs', s.file) });
    console.log(`docs/${s.file}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
