// Paper: the view at the top as a picture, the article with numbered place notes.
import { PALETTES } from '../src/map/layers.ts';
import { expect, test } from './fixtures.ts';
import type { Locator } from '@playwright/test';

/** A sample of the printed picture's pixels: how many distinct colours, and their mean brightness (0–1). */
async function pictureStats(img: Locator): Promise<{ colours: number; brightness: number }> {
  return img.evaluate(async (el: HTMLImageElement) => {
    await el.decode();
    const c = document.createElement('canvas');
    c.width = el.naturalWidth;
    c.height = el.naturalHeight;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(el, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set<number>();
    let sum = 0;
    let n = 0;
    for (let i = 0; i < d.length; i += 4 * 53, n++) {
      seen.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
      sum += (d[i]! + d[i + 1]! + d[i + 2]!) / (3 * 255);
    }
    return { colours: seen.size, brightness: sum / n };
  });
}

test('printing puts the current map view on top and footnotes every place mention', async ({ explorer, page }) => {
  await explorer.open('/?place=torkham&passage=20');
  await expect(explorer.panelTitle).toHaveText('Torkham');
  await explorer.mapIdle();
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));

  // The picture: a PNG of the map as drawn, not a blank canvas, above the article.
  const figure = page.getByTestId('print.map');
  await expect(figure).toBeVisible();
  const img = figure.locator('img');
  await expect(img).toHaveAttribute('src', /^data:image\/png;base64,/);
  const { colours } = await pictureStats(img);
  expect(colours).toBeGreaterThan(20);
  const figureBox = (await figure.boundingBox())!;
  const titleBox = (await page.locator('#passage-2').boundingBox())!;
  expect(figureBox.y).toBeLessThan(titleBox.y);
  await expect(figure.locator('figcaption')).toContainText('Natural Earth');
  await expect(figure.locator('figcaption')).toContainText('place=torkham');

  // Screen-only parts are gone from paper.
  await expect(explorer.panel).toBeHidden();
  await expect(explorer.placesButton).toBeHidden();

  // Each mention carries its place's note number; the notes give name and coordinates.
  const notes = page.getByTestId('print.notes');
  await expect(notes).toBeVisible();
  const torkhamNote = notes.locator('li[data-place="torkham"]');
  await expect(torkhamNote).toContainText('Torkham (border crossing · Pakistan): 34.115° N, 71.085° E');
  const n = await torkhamNote.getAttribute('value');
  const marker = await explorer.mention('torkham', 20).evaluate((el) => getComputedStyle(el, '::after').content);
  expect(marker).toBe(`"${n}"`);
  // Every place the article names has exactly one note.
  const named = await page
    .locator('article a.mention')
    .evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-place'))).size);
  await expect(notes.locator('li')).toHaveCount(named);
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('the printed map is drawn light, and the screen map stays dark', async ({ explorer, page }) => {
    await explorer.open('/?place=kunar');
    await explorer.mapIdle();
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const img = page.getByTestId('print.map').locator('img');
    await expect(img).toHaveAttribute('src', /^data:image\/png;base64,/);
    // A light map is mostly land and water tints.
    const { brightness } = await pictureStats(img);
    expect(brightness).toBeGreaterThan(0.6);
    expect(await page.evaluate(() => window.__mapTest!.paint('background', 'background-color'))).toBe(
      PALETTES.dark.water,
    );
  });
});

test('on screen, the print-only parts stay out of sight and out of the accessibility tree', async ({
  explorer,
  page,
}) => {
  await explorer.open('/');
  await explorer.mapIdle();
  await expect(page.getByTestId('print.notes')).toBeHidden();
  await expect(page.getByTestId('print.map')).toBeHidden();
  expect(await page.getByRole('heading', { name: 'Places named in the article' }).count()).toBe(0);
});
