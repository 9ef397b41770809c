// The map's key: where it is, what it says, in the map's own colours, and how
// it folds, by pointer and by keyboard, on a desktop and on a phone.
import { PALETTES } from '../src/map/layers.ts';
import { expect, test } from './fixtures.ts';

/** The colour a swatch's shape is drawn in (an SVG attribute). */
const swatchColor = (entry: import('@playwright/test').Locator, shape: string, attr: string) =>
  entry.locator(`svg ${shape}`).last().getAttribute(attr);

test('the key starts folded on a laptop, opens with the keyboard, folds with Escape before the selection closes, and remembers', async ({
  explorer,
  page,
}) => {
  await explorer.open('/?place=torkham');
  await explorer.mapIdle();
  await expect(explorer.legendButton).toHaveAttribute('aria-expanded', 'false');
  await expect(explorer.legendEntry('border')).toBeHidden();

  await explorer.legendButton.focus();
  await page.keyboard.press('Enter');
  await expect(explorer.legendButton).toHaveAttribute('aria-expanded', 'true');
  await expect(explorer.legend.locator('li > span')).toHaveText([
    'Durand Line (contested border)',
    'Border crossing',
    'Province the article names',
    'Other province',
    'District (point at its centre)',
    'Town or other place',
    'Place the map does not know, drawn beside the place the article puts it at (approximate)',
    'Capital',
    'Other town (from zoom 7)',
    'River, lake shore',
    'River that runs in some seasons',
    'Your selection',
    'Uncertain: the name fits another place too, is spelled otherwise, or the map does not know the place',
  ]);
  await expect(explorer.legend).toContainText('no Afghan government has formally accepted it');

  // The innermost thing open goes first: the key, then the selection.
  await page.keyboard.press('Escape');
  await expect(explorer.legendButton).toHaveAttribute('aria-expanded', 'false');
  await expect(explorer.legendButton).toBeFocused();
  await expect(explorer.panelTitle).toHaveText('Torkham');

  await explorer.legendButton.click();
  await page.reload();
  await expect(explorer.legendButton).toHaveAttribute('aria-expanded', 'true');
});

test('the key’s swatches are drawn in the map’s own colours, and follow the scheme', async ({ explorer, page }) => {
  await explorer.open('/');
  await explorer.mapIdle();
  await explorer.legendButton.click();
  const border = explorer.legendEntry('border');
  // The map's border colour is the last (base) value of its per-state expression.
  const mapBorder = ((await page.evaluate(() => window.__mapTest!.paint('durand-line', 'line-color'))) as string[]).at(
    -1,
  );
  expect(mapBorder).toBe(PALETTES.light.border);
  expect(await swatchColor(border, 'line', 'stroke')).toBe(PALETTES.light.border);
  expect(await swatchColor(explorer.legendEntry('district'), 'circle', 'fill')).toBe(PALETTES.light.district);

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => swatchColor(border, 'line', 'stroke')).toBe(PALETTES.dark.border);
  expect(await swatchColor(explorer.legendEntry('article-province'), 'rect:nth-of-type(2)', 'fill')).toBe(
    PALETTES.dark.articleFill,
  );
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the key is one button until asked, and then stays clear of the place list', async ({ explorer }) => {
    await explorer.open('/');
    await expect(explorer.legendButton).toBeVisible();
    await expect(explorer.legendEntry('border')).toBeHidden();
    await explorer.legendButton.click();
    await expect(explorer.legendEntry('border')).toBeVisible();
    const key = (await explorer.legend.boundingBox())!;
    const places = (await explorer.placesButton.boundingBox())!;
    expect(key.y).toBeGreaterThanOrEqual(places.y + places.height);
  });
});
