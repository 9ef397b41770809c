// `npm run bench` (part): following the reading (issue 32). Scrolls the seed
// and a 10K-word article passage by passage, as a reader's wheel would, and
// times each scroll to the frame in which the map's feature state marks the
// passage's first place as being read (p50, p95; target p95 ≤ 32 ms). Counts
// the long tasks (over 50 ms) seen while scrolling, with the map idle before
// each step, and how many of them ran while the reading was being updated.
// Figures only.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../scripts/chromium.mjs';
import { borderText, pct, serveBuild } from './build-server.mjs';

const PORT = 4277;
const STEPS = Number(process.env.BENCH_READING_STEPS ?? 20);
const { base: BASE, server } = await serveBuild(PORT);
const browser = await chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS });

/** Scroll passage by passage; ms from each scroll to the frame where the map marks the passage's first place read. */
async function walk(page) {
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => window.__long.push(...l.getEntries().map((e) => [e.startTime, e.duration]))).observe(
      { type: 'longtask', buffered: false },
    );
  });
  // Passages in reading order whose first place the passage picked before does not name: its state must change.
  const targets = await page.evaluate(() => {
    const out = [];
    let before = new Set();
    for (const p of document.querySelectorAll('#article .passage[data-passage]')) {
      const places = [...p.querySelectorAll('a.mention')].map((a) => a.dataset.place);
      if (places.length === 0 || before.has(places[0])) continue;
      out.push([Number(p.dataset.passage), places[0]]);
      before = new Set(places);
    }
    return out;
  });
  const times = [];
  const windows = [];
  for (const [n, id] of targets.slice(1, STEPS + 1)) {
    if (process.env.BENCH_DEBUG) console.log('step', n, id);
    await page.locator('[data-map-state="idle"]').waitFor({ timeout: 60_000 });
    const r = await page.evaluate(
      ([p, place]) =>
        new Promise((resolve) => {
          const col = document.getElementById('article');
          const el = document.getElementById(`passage-${p}`);
          const top = el.getBoundingClientRect().top - col.getBoundingClientRect().top + col.scrollTop;
          const t0 = performance.now();
          col.scrollTo({ top: top - col.clientHeight * 0.3 + 6 });
          const check = () => {
            if (window.__mapTest.featureState(place).reading === true) return resolve([t0, performance.now()]);
            if (performance.now() - t0 > 2000) return resolve([t0, NaN]);
            requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        }),
      [n, id],
    );
    if (Number.isFinite(r[1])) {
      times.push(r[1] - r[0]);
      windows.push(r);
    }
  }
  const long = await page.evaluate(() => window.__long);
  const during = long.filter(([s, d]) => windows.some(([a, b]) => s < b && s + d > a));
  return { times, long, during, steps: targets.length };
}

const rows = [];
for (const words of [null, 10_000]) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(BASE);
  await page.locator('[data-map-state="idle"]').waitFor({ timeout: 120_000 });
  if (words) {
    await page.getByRole('button', { name: 'Open an article' }).click();
    await page.getByLabel('Article text').evaluate((el, v) => (el.value = v), borderText(words, 'reading'));
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await page.locator('main h1', { hasText: 'Border report' }).waitFor({ timeout: 120_000 });
  }
  const r = await walk(page);
  rows.push({ article: words ? `${words.toLocaleString('en-GB')} words` : 'the seed', ...r });
  await page.close();
}
await browser.close();
server.kill();

console.log('\nFollowing the reading: from a scroll to the frame that marks the passage’s places (ms)');
console.log('| article | steps | p50 | p95 | max | long tasks (> 50 ms) while scrolling | of them during an update |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const max = Math.max(...r.times);
  console.log(
    `| ${r.article} | ${r.times.length} | ${pct(r.times, 50).toFixed(1)} | ${pct(r.times, 95).toFixed(1)} | ${max.toFixed(1)} | ${r.long.length} | ${r.during.length} (longest ${Math.max(0, ...r.during.map(([, d]) => d)).toFixed(0)} ms) |`,
  );
}
