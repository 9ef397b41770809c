// The keyboard: Escape undoes one layer at a time, focus comes back to what
// opened the panel, and the place list is near the start of the map region.
import { expect, test, withoutMap } from './fixtures.ts';

// These need no map: their pages run without WebGL (fixtures.ts, withoutMap).
test.describe('without the map', () => {
  withoutMap();

  test('Escape closes the place list, and gives focus back to its button', async ({ explorer, page }) => {
    await explorer.open('/');
    await explorer.placesButton.click();
    await expect(explorer.placeFilter).toBeVisible();
    await explorer.placeFilter.focus();
    await page.keyboard.press('Escape');
    await expect(explorer.placeFilter).toBeHidden();
    await expect(explorer.placesButton).toBeFocused();
    await expect(explorer.placesButton).toHaveAttribute('aria-expanded', 'false');
  });

  test('Escape undoes the innermost layer first: filter, list, then panel', async ({ explorer, page }) => {
    await explorer.open('/?place=kunar');
    await expect(explorer.panelTitle).toHaveText('Kunar');
    await explorer.placesButton.click();
    await explorer.placeFilter.fill('tork');
    await page.keyboard.press('Escape');
    await expect(explorer.placeFilter).toHaveValue('');
    await expect(explorer.placeFilter).toBeVisible();
    await expect(explorer.panelTitle).toHaveText('Kunar');
    await page.keyboard.press('Escape');
    await expect(explorer.placeFilter).toBeHidden();
    await expect(explorer.panelTitle).toHaveText('Kunar');
    await page.keyboard.press('Escape');
    await expect(explorer.panel).toHaveCount(0);
  });

  test('closing the panel gives focus back to what opened it', async ({ explorer, page }) => {
    await explorer.open('/');
    const mention = explorer.mention('kunar', 6);
    await mention.click();
    await expect(explorer.panelTitle).toBeFocused();
    await explorer.closePanelButton.click();
    await expect(explorer.panel).toHaveCount(0);
    await expect(mention).toBeFocused();

    // From the place list (which closed on the choice): back to its button.
    await explorer.placesButton.click();
    await explorer.placeFilter.fill('chaman');
    await explorer.placeItem('chaman').click();
    await expect(explorer.panelTitle).toHaveText('Chaman');
    await page.keyboard.press('Escape');
    await expect(explorer.panel).toHaveCount(0);
    await expect(explorer.placesButton).toBeFocused();
  });
});

test('the place list comes before the map in tab order, as on screen', async ({ explorer, page }) => {
  await explorer.open('/');
  await explorer.mapIdle();
  const before = await page.evaluate(() => {
    const list = document.querySelector('#place-list .list-toggle')!;
    const zoom = document.querySelector('.maplibregl-ctrl-zoom-in')!;
    const canvas = document.querySelector('.maplibregl-canvas')!;
    const follows = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    return follows(list, zoom) && follows(list, canvas);
  });
  expect(before).toBe(true);
  // From the article's end, the next stop is the Places button.
  await explorer.articleLive();
  await explorer.article.evaluate((main) => {
    const stops = [...main.querySelectorAll<HTMLElement>('a[href], button')].filter((el) => el.checkVisibility());
    stops[stops.length - 1]!.focus();
  });
  await page.keyboard.press('Tab');
  await expect(explorer.placesButton).toBeFocused();
});
