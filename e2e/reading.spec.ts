// Following the reading (issue 32): the passage that crosses the reading line
// lights its places and leaves the camera still; "Follow the text" frames them
// (jumping under reduced motion, the tests' default); the reader's pan pauses
// it; J and K step through the passages that name a place and say so; phones
// and a zoomed page find the same passage.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { Explorer, placeBounds } from './explorer.ts';

/** Scroll the article column so that passage `n` crosses the reading line (a third of the way down). */
const scrollToReading = (page: Page, n: number) =>
  page.evaluate((p) => {
    const el = document.getElementById(`passage-${p}`)!;
    const col = document.getElementById('article')!;
    const top = el.getBoundingClientRect().top - col.getBoundingClientRect().top + col.scrollTop;
    col.scrollTo({ top: top - col.clientHeight * 0.3 + 6 });
  }, n);
const reading = (page: Page) => page.locator('article.article').getAttribute('data-reading-passage');

test('reading lights the passage’s places and keeps the map still; following frames them, a pan pauses it, J and K step', async ({
  explorer,
  page,
}) => {
  await explorer.open('/');
  await explorer.mapIdle();
  const still = await explorer.mapCamera();
  const url = page.url();
  // Nothing is read before the reader scrolls.
  expect(await reading(page)).toBeNull();
  await scrollToReading(page, 6);
  await expect.poll(() => reading(page)).toBe('6');
  for (const id of ['kunar', 'nangarhar', 'paktika'])
    await expect.poll(() => explorer.featureState(id), id).toMatchObject({ reading: true });
  await explorer.mapIdle();
  expect(await explorer.mapCamera()).toEqual(still);
  expect(page.url()).toBe(url);
  // A passage that names no place changes nothing: the places lit are those of the passage before it that names some.
  const [empty, before] = await page.evaluate(() => {
    const ps = [...document.querySelectorAll<HTMLElement>('#article .passage[data-passage]')];
    const named = (p: HTMLElement) => p.querySelector<HTMLElement>('a.mention');
    const at = ps.findIndex((p) => Number(p.dataset.passage) > 6 && !named(p));
    const prev = ps.slice(0, at).findLast((p) => named(p))!;
    return [Number(ps[at]!.dataset.passage), named(prev)!.dataset.place!] as const;
  });
  await scrollToReading(page, empty);
  await expect.poll(() => reading(page)).toBe(String(empty));
  expect(await explorer.featureState(before)).toMatchObject({ reading: true });
  await scrollToReading(page, 6);
  await expect.poll(() => reading(page)).toBe('6');

  // Following: the passage's places, framed at once (reduced motion: a jump, not a flight).
  const toggle = page.getByRole('switch', { name: /Follow the text/ });
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  const moves = await page.evaluate(() => window.__mapTest!.count('move'));
  await toggle.click();
  await expect.poll(() => explorer.placeInView(placeBounds('kunar'))).toBe(true);
  await explorer.mapIdle();
  expect(await explorer.placeInView(placeBounds('paktika'))).toBe(true);
  expect((await page.evaluate(() => window.__mapTest!.count('move'))) - moves).toBeLessThanOrEqual(2);

  // The reader pans: following pauses, says so, and the next passage leaves the map where they put it.
  const box = (await explorer.map.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 60, { steps: 5 });
  await page.mouse.up();
  await expect(page.locator('.follow-toggle')).toHaveAttribute('data-state', 'paused');
  await explorer.mapIdle();
  const panned = await explorer.mapCamera();
  await page.keyboard.press('j');
  await expect.poll(() => reading(page)).not.toBe('6');
  const next = Number(await reading(page));
  await expect(page.getByTestId('announcer')).toHaveText(new RegExp(`^Passage ${next}: `));
  await expect(explorer.passage(next)).toBeFocused();
  await explorer.mapIdle();
  expect(await explorer.mapCamera()).toEqual(panned);
  // K steps back; Resume frames the passage read now.
  await page.keyboard.press('k');
  await expect.poll(() => reading(page)).toBe('6');
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.locator('.follow-toggle')).toHaveAttribute('data-state', 'on');
  await expect.poll(() => explorer.placeInView(placeBounds('nangarhar'))).toBe(true);
  // The selection wins: a selected place keeps its look while reading lights others.
  await explorer.mention('kunar', 6).click();
  await expect.poll(() => explorer.featureState('kunar')).toMatchObject({ selected: true });
  await expect(explorer.panelTitle).toHaveText('Kunar');
});

test('on a phone, a tablet and a page zoomed to 150 %, the passage crossing the line is the one read', async ({
  browser,
}) => {
  for (const { width, height, scale } of [
    { width: 390, height: 844, scale: 3 },
    { width: 820, height: 1180, scale: 2 },
    // 1280 × 800 at 150 % browser zoom: CSS pixels shrink by 1.5, device pixels stay.
    { width: 853, height: 533, scale: 1.5 },
  ]) {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale });
    const page = await context.newPage();
    const explorer = new Explorer(page);
    await explorer.open('/');
    await scrollToReading(page, 6);
    // The reading passage needs no map: the test does not wait for it.
    await expect.poll(() => reading(page), `${width}×${height}`).toBe('6');
    await context.close();
  }
});
