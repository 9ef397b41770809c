// `npm run lighthouse`: Lighthouse (mobile settings, its defaults) against the
// production build served as `npm start` serves it, in the system Chromium
// where there is one. Prints the category scores and key metrics and writes
// the full report to bench/lighthouse.json. Scores only: `npm test` never
// depends on them.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { SYSTEM_CHROMIUM } from '../scripts/chromium.mjs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const PORT = 4275;
// Pinned: Lighthouse 13 needs Node 22; 12.2.3 runs on Node 20.
const LIGHTHOUSE = 'lighthouse@12.2.3';
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
const PATHS = (process.env.LH_PATHS ?? '/').split(',');

if (!process.env.LH_NO_BUILD) execFileSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });

const server = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs')], {
  env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) break;
    } catch {
      if (i > 100) throw new Error('the server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  for (const path of PATHS) {
    const slug = path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home';
    const out = join(ROOT, 'bench', PATHS.length > 1 ? `lighthouse-${slug}.json` : 'lighthouse.json');
    const args = [
      '--yes',
      LIGHTHOUSE,
      `http://127.0.0.1:${PORT}${path}`,
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      `--chrome-flags=${FLAGS.join(' ')}`,
    ];
    execFileSync('npx', args, {
      cwd: ROOT,
      stdio: 'inherit',
      env: SYSTEM_CHROMIUM ? { ...process.env, CHROME_PATH: SYSTEM_CHROMIUM } : process.env,
    });
    const lhr = JSON.parse(readFileSync(out, 'utf8'));
    console.log(`\nLighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor}, ${path}`);
    for (const c of Object.values(lhr.categories)) console.log(`  ${c.title.padEnd(16)} ${Math.round(c.score * 100)}`);
    for (const id of [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
      'speed-index',
    ]) {
      const a = lhr.audits[id];
      console.log(`  ${a.title.padEnd(26)} ${a.displayValue}`);
    }
    const failing = Object.values(lhr.audits).filter(
      (a) =>
        a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual',
    );
    for (const a of failing) console.log(`  below 0.9: ${a.id} (${a.score}) ${a.displayValue ?? ''}`);
    console.log(`  report: ${out.slice(ROOT.length + 1)}`);
  }
} finally {
  server.kill();
}
