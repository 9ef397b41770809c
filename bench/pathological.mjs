// `npm run bench` (part): texts at the explorer's limits, opened from a file as
// a reader would. One place name repeated (the most mention-dense text there
// is) at 1 MB and just under 5 MB, and real border reporting just under 5 MB
// (thousands of passages). For each: the time from choosing the file to the
// frame that shows the article, the renderer's heap after it, and clicks on
// mentions all through it (click → the frame with the place panel). Figures
// only; targets (issue 27): 1 MB shown ≤ 2 s, clicks p95 ≤ 100 ms; 5 MB shown
// ≤ 10 s, clicks ≤ 500 ms, no crash.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../scripts/chromium.mjs';
import { borderText, pct, serveBuild, timedClick } from './build-server.mjs';

const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 3);
const CLICKS = 8;
const PORT = 4277;
const MB = 1024 * 1024;

const { base: BASE, server } = await serveBuild(PORT);

/** `word ` repeated to just under `bytes`. */
const repeated = (word, bytes) => `${word} `.repeat(Math.floor((bytes - 1) / (word.length + 1)));
/** Real reporting cut to just under `bytes` (ASCII-safe: cut by characters, checked by bytes). */
function prose(bytes, salt) {
  let text = borderText(Math.ceil(bytes / 5), salt);
  while (Buffer.byteLength(text) >= bytes) text = text.slice(0, text.lastIndexOf('\n\n'));
  return text;
}

const ONLY = process.env.BENCH_CASES; // e.g. "0,2": run only these cases
const allCases = [
  { name: 'the default article (reference)', text: null },
  { name: '“Kabul ” × 1 MB', text: (s) => `${s} ` + repeated('Kabul', MB - s.length - 1) },
  { name: '“Kabul ” × 5 MB', text: (s) => `${s} ` + repeated('Kabul', 5 * MB - s.length - 1) },
  { name: 'reporting, 5 MB', text: (s) => prose(5 * MB - 1, `p${s}`) },
];

const browser = await chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS });
const rows = [];
const cases = ONLY ? ONLY.split(',').map((i) => allCases[Number(i)]) : allCases;
for (const c of cases) {
  const row = { name: c.name, shown: [], heap: [], clicks: [], crashed: 0, mentions: 0 };
  for (let s = 0; s < SESSIONS; s++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let crashed = false;
    page.on('crash', () => (crashed = true));
    try {
      await page.goto(BASE);
      await page.locator('[data-map-state="idle"]').waitFor({ timeout: 120_000 });
      if (c.text) {
        await page.getByRole('button', { name: 'Open an article' }).click();
        const text = c.text(`${Date.now()}-${s}`);
        await page.evaluate(() => (window.__openAt = performance.now()));
        await page.locator('dialog input[type=file]').setInputFiles({
          name: 'long.txt',
          mimeType: 'text/plain',
          buffer: Buffer.from(text),
        });
        const shown = await page.evaluate(
          () =>
            new Promise((resolve) => {
              const check = () => {
                const a = document.querySelector('main article[data-article-id]');
                if (!a || a.dataset.articleId === 'default' || !a.querySelector('.passage a.mention'))
                  return void setTimeout(check, 5);
                requestAnimationFrame(() => resolve(performance.now() - window.__openAt));
              };
              check();
            }),
        );
        row.shown.push(shown);
      }
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      row.heap.push((await cdp.send('Runtime.getHeapUsage')).usedSize);
      row.mentions = await page.locator('#article a.mention').count();
      // Mentions all through the article: scroll to a depth, click one in view, clear, go on.
      for (let i = 0; i < CLICKS; i++) {
        await page.locator('#article').evaluate((el, f) => (el.scrollTop = f * el.scrollHeight), (i + 0.5) / CLICKS);
        const target = page.locator('#article a.mention:visible').first();
        await target.waitFor();
        row.clicks.push(await timedClick(page, target, '[data-testid="panel.place.title"]'));
        await page.keyboard.press('Escape');
        await page.locator('[data-testid="panel.place.title"]').waitFor({ state: 'detached' });
      }
    } catch (e) {
      if (!crashed) throw e;
    }
    if (crashed) row.crashed++;
    await page.close();
  }
  rows.push(row);
}
await browser.close();
server.kill();

const ms = (x) => (x === undefined || !Number.isFinite(x) ? '–' : `${Math.round(x).toLocaleString('en')} ms`);
console.log('\nTexts at the limits, opened from a file (fresh pages)');
console.log(
  '| text | shown, median | shown, max | heap after | click → panel, p95 | max | links in the page | crashes |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${ms(pct(r.shown, 50))} | ${ms(Math.max(...r.shown))} | ${Math.round(pct(r.heap, 50) / MB)} MB | ${ms(pct(r.clicks, 95))} | ${ms(Math.max(...r.clicks))} | ${r.mentions.toLocaleString('en')} | ${r.crashed} |`,
  );
}
