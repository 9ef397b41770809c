// `node bench/ab.mjs <checkout A> <checkout B> [path]`: paired cold loads of two
// builds (each checkout's dist/, served by its own scripts/serve.mjs), A then B,
// `AB_PAIRS` times (default 9), timing the map's first idle. Prints both series,
// their medians and the median of the paired ratios B/A: the A/B figure the
// performance notes quote for a change. Build both checkouts first.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../scripts/chromium.mjs';

const [a, b, path = '/'] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node bench/ab.mjs <checkout A> <checkout B> [path]');
  process.exit(2);
}
const PAIRS = Number(process.env.AB_PAIRS ?? 9);
const ports = [4381, 4382];
const servers = [a, b].map((dir, i) =>
  spawn(process.execPath, [resolve(dir, 'scripts/serve.mjs')], {
    env: { ...process.env, PORT: String(ports[i]), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  }),
);

async function up(port) {
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`http://127.0.0.1:${port}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no server on ${port}`);
}

try {
  await Promise.all(ports.map(up));
  const browser = await chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS });
  const runs = [[], []];
  for (let i = 0; i < PAIRS; i++) {
    for (const k of [0, 1]) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await ctx.newPage();
      await page.goto(`http://127.0.0.1:${ports[k]}${path}`);
      await page.waitForFunction(() => performance.getEntriesByName('map:first-idle').length > 0, null, {
        timeout: 60_000,
      });
      runs[k].push(await page.evaluate(() => performance.getEntriesByName('map:first-idle')[0].startTime));
      await ctx.close();
    }
  }
  await browser.close();
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const ratios = runs[0].map((x, i) => runs[1][i] / x);
  console.log(`first idle, ${path}, ${PAIRS} pairs (ms)`);
  console.log(`A ${runs[0].map(Math.round).join(' ')}`);
  console.log(`B ${runs[1].map(Math.round).join(' ')}`);
  console.log(
    `median A ${Math.round(median(runs[0]))}, B ${Math.round(median(runs[1]))}, median B/A ${median(ratios).toFixed(3)}`,
  );
} finally {
  for (const s of servers) s.kill();
}
