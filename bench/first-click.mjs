// `npm run bench` (part): the first click on a mention of a long article the
// reader opened (1K / 10K / 100K words), from the click event to the next
// frame after the place panel shows, on fresh pages; then later clicks. Also
// how long the lazily loaded tools take on first use ("Open an article", and
// "Wrong place?"), with the page idle after its first view. Figures only.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../scripts/chromium.mjs';
import { borderText as textOf, pct, serveBuild, timedClick } from './build-server.mjs';

const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 5);
const PORT = 4276;

const { base: BASE, server } = await serveBuild(PORT);

const browser = await chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS });
const rows = [];
for (const words of [1_000, 10_000, 100_000]) {
  const first = [];
  const later = [];
  for (let s = 0; s < SESSIONS; s++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(BASE);
    await page.locator('[data-map-state="idle"]').waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Open an article' }).click();
    await page.getByLabel('Article text').evaluate((el, v) => (el.value = v), textOf(words, `${words}-${s}`));
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await page.locator('main h1', { hasText: 'Border report' }).waitFor({ timeout: 120_000 });
    await page.locator('[data-map-state="idle"]').waitFor({ timeout: 120_000 });
    // Mentions far into the article, of places named all through it.
    const mentions = page.locator('#article a.mention');
    const count = await mentions.count();
    const pick = (i) => mentions.nth(Math.floor((count * (i + 1)) / 12));
    first.push(await timedClick(page, pick(0), '[data-testid="panel.place.title"]'));
    for (let i = 1; i < 6; i++) {
      const target = pick(i);
      const id = await target.getAttribute('data-place');
      const passage = await target.evaluate((el) => el.closest('.passage').dataset.passage);
      later.push(
        await timedClick(page, target, `[data-testid="panel.place.passages"] li.is-active[data-passage="${passage}"]`),
      );
      void id;
    }
    await page.close();
  }
  rows.push({ words, first, later });
}

// The lazily loaded tools on first use, after the first view has gone idle.
const tools = { dialog: [], wrong: [] };
for (let s = 0; s < SESSIONS; s++) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${BASE}?place=chaman`);
  await page.locator('[data-map-state="idle"]').waitFor({ timeout: 120_000 });
  // Idle: the page has nothing left to do (its idle-time preloads included).
  await page.evaluate(() => new Promise((r) => requestIdleCallback(() => requestIdleCallback(r, { timeout: 5000 }))));
  tools.wrong.push(
    await timedClick(page, page.getByRole('button', { name: 'Wrong place?' }), '[data-testid="correction.menu"]'),
  );
  await page.keyboard.press('Escape');
  tools.dialog.push(
    await timedClick(page, page.getByRole('button', { name: 'Open an article' }), 'dialog.open-dialog[open]'),
  );
  await page.close();
}
await browser.close();
server.kill();

const ms = (x) => `${Math.round(x)} ms`;
console.log('\nFirst click on a mention of an opened article (click → next frame with the panel), fresh pages');
console.log('| words | first click, median | first click, p95 | later clicks, p95 |');
console.log('|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.words.toLocaleString('en')} | ${ms(pct(r.first, 50))} | ${ms(pct(r.first, 95))} | ${ms(pct(r.later, 95))} |`,
  );
}
console.log('\nLazy tools on first use, after the first view is idle (click → next frame with it shown)');
console.log(`| "Wrong place?" menu | median ${ms(pct(tools.wrong, 50))} | p95 ${ms(pct(tools.wrong, 95))} |`);
console.log(`| "Open an article" dialog | median ${ms(pct(tools.dialog, 50))} | p95 ${ms(pct(tools.dialog, 95))} |`);
