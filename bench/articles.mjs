// `npm run bench` (third part): how fast an article the reader brings is
// shown with its mentions linked (1K / 10K / 100K words), and what switching
// between two kept articles costs. Measured inside the page from the marks the
// app sets ('article:open' when opening starts, 'article:shown' when React has
// put the new article in the DOM, plus the next frame; 'article:finding' and
// 'article:found' around the place finding). Prints the growth table with the
// finder's own figures in Node (bench/finder.ts, the second part). Figures only.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../scripts/chromium.mjs';
import { borderText as textOf, ROOT, serveBuild } from './build-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = 4275;

const { base: BASE, server } = await serveBuild(PORT);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const browser = await chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS });

/**
 * Open a text through the dialog. Times from the page's marks: the whole (the
 * open to the next frame after the article is in the DOM), the place finding in
 * it ('article:finding' to 'article:found'), and the rendering after it.
 */
async function openTimed(page, text) {
  await page.getByRole('button', { name: 'Open an article' }).click();
  // Set, not typed: typing 100,000 words would measure the test driver.
  await page.getByLabel('Article text').evaluate((el, v) => {
    el.value = v;
  }, text);
  await page.evaluate(() => performance.clearMarks());
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const last = (name) => performance.getEntriesByName(name).at(-1)?.startTime;
        const check = () => {
          const open = last('article:open');
          const shown = performance
            .getEntriesByName('article:shown')
            .filter((e) => open !== undefined && e.startTime > open)
            .at(-1);
          if (open === undefined || !shown) return void requestAnimationFrame(check);
          requestAnimationFrame(() => {
            const now = performance.now();
            const found = last('article:found');
            resolve({ total: now - open, find: found - last('article:finding'), render: now - found });
          });
        };
        check();
      }),
  );
}

const growth = {};
for (const words of [1_000, 10_000, 100_000]) {
  const runs = [];
  for (let r = 0; r < RUNS; r++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(BASE);
    await page.getByTestId('map.canvas').and(page.locator('[data-map-state="idle"]')).waitFor();
    await openTimed(page, textOf(50, `warm-${r}`)); // the dialog's and readers' code, loaded once
    runs.push(await openTimed(page, textOf(words, `${words}-${r}`)));
    await context.close();
  }
  const m = (k) => median(runs.map((x) => x[k]));
  growth[words] = {
    medianMs: Math.round(m('total')),
    perThousandWordsMs: Math.round((m('total') / words) * 1000 * 10) / 10,
    findMs: Math.round(m('find') * 10) / 10,
    renderMs: Math.round(m('render')),
  };
}

// Switching between two kept articles, and the map's first idle after it against a fresh page's.
const switches = [];
const ratios = [];
for (let r = 0; r < RUNS; r++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(BASE);
  const idle = page.getByTestId('map.canvas').and(page.locator('[data-map-state="idle"]'));
  await idle.waitFor();
  await openTimed(page, textOf(2_000, `a-${r}`));
  const a = new URL(page.url()).searchParams.get('article');
  await openTimed(page, textOf(2_000, `b-${r}`));
  await idle.waitFor();
  await page.getByRole('button', { name: 'Open an article' }).click();
  await page.evaluate(() => {
    performance.clearMarks();
    // The map is idle now; its next idle is the switch's.
    window.__switchIdle = window.__mapTest.next('idle');
  });
  const start = await page.evaluate(() => performance.now());
  await page.locator(`[data-article="${a}"] .library-item`).click();
  const shown = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const check = () => {
          const open = performance.getEntriesByName('article:open').at(-1);
          const s = performance.getEntriesByName('article:shown').find((e) => open && e.startTime > open.startTime);
          if (!open || !s) return void requestAnimationFrame(check);
          requestAnimationFrame(() => resolve(performance.now() - open.startTime));
        };
        check();
      }),
  );
  const switchIdle = (await page.evaluate(() => window.__switchIdle)) - start;
  switches.push(shown);
  // A fresh page on the same article and camera: its map's first idle from navigation.
  const link = page.url();
  const fresh = await context.newPage();
  await fresh.goto(link);
  await fresh.getByTestId('map.canvas').and(fresh.locator('[data-map-state="idle"]')).waitFor();
  const freshIdle = await fresh.evaluate(() => performance.getEntriesByName('map:first-idle')[0]?.startTime ?? NaN);
  ratios.push(switchIdle / freshIdle);
  await context.close();
}

await browser.close();
server.kill();

const results = {
  runs: RUNS,
  openToLinkedText: growth,
  switchToTextMs: Math.round(median(switches)),
  switchIdleOverFreshIdle: Math.round(median(ratios) * 100) / 100,
};
writeFileSync(join(ROOT, 'bench/articles-results.json'), `${JSON.stringify(results, null, 2)}\n`);
// One table: the finder alone in Node (bench/finder.ts, run before this), then the same sizes in the page.
const node = existsSync(join(ROOT, 'bench/finder-results.json'))
  ? JSON.parse(readFileSync(join(ROOT, 'bench/finder-results.json'), 'utf8')).growth
  : {};
const per = (ms, words) => ((ms / words) * 1000).toFixed(1);
console.log(`\nGrowth: finding the places and showing the article (medians; the page: ${RUNS} runs, this machine)`);
console.log(
  '| words | find, Node | per 1,000 words | find, in the page | render | open → text linked | per 1,000 words | added per 1,000 words |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
let prev = null;
for (const [w, g] of Object.entries(growth)) {
  const words = Number(w);
  const n = node[w];
  const added = prev ? per(g.medianMs - prev.g.medianMs, words - prev.words) : '—';
  console.log(
    `| ${words.toLocaleString('en-GB')} | ${n ? `${n.ms.toFixed(1)} ms` : '—'} | ${n ? `${per(n.ms, n.words)} ms` : '—'} | ` +
      `${g.findMs} ms | ${g.renderMs} ms | ${g.medianMs} ms | ${g.perThousandWordsMs} ms | ${added}${prev ? ' ms' : ''} |`,
  );
  prev = { g, words };
}
console.log(
  `\nAn article opened from the library: text with mentions linked ${results.switchToTextMs} ms (target ≤ 150 ms); ` +
    `map idle after the switch / a fresh page's first idle at that camera: ${results.switchIdleOverFreshIdle} (target ≤ 1.2)`,
);
