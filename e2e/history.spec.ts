// Back, Forward and the links a reader types: each entry shows its own place at its own view.
import { expect, test } from './fixtures.ts';
import { placeBounds } from './explorer.ts';

/** The view a URL's hash names, if any. */
const hashView = (url: string) => {
  const h = new URL(url).hash.slice(1);
  if (!h) return null;
  const [zoom, lat, lon] = h.split('/').map(Number) as [number, number, number];
  return { zoom, lat, lon };
};

test.describe('with motion', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('choices made while the map flies: Back shows each place at its own view', async ({ explorer, page }) => {
    await explorer.open('/');
    await explorer.mapIdle();
    // Each choice while the map still flies to the one before (a flight takes a second).
    await explorer.andMapStartsMoving(() => explorer.mention('torkham', 20).click());
    await explorer.mention('chaman', 20).click();
    await expect(page).toHaveURL(/place=chaman&passage=20/);
    await explorer.mention('china', 29).click();
    await expect(explorer.panelTitle).toHaveText('China');
    await explorer.mapIdle();

    await page.goBack();
    await expect(explorer.panelTitle).toHaveText('Chaman');
    await explorer.mapIdle();
    await expect.poll(() => explorer.placeInView(placeBounds('chaman'))).toBe(true);
    expect(await explorer.mapZoom()).toBeGreaterThan(9);
    // The entry's link shows Chaman too: no view yet, or the view the map shows now.
    const camera = await explorer.mapCamera();
    await expect
      .poll(() => {
        const v = hashView(page.url());
        return (
          v === null ||
          (Math.abs(v.zoom - camera.zoom) < 0.01 &&
            Math.abs(v.lat - camera.lat) < 0.01 &&
            Math.abs(v.lon - camera.lon) < 0.01)
        );
      })
      .toBe(true);
    await expect(page).toHaveURL(/place=chaman&passage=20/);

    await page.goBack();
    await expect(explorer.panelTitle).toHaveText('Torkham');
    await explorer.mapIdle();
    await expect.poll(() => explorer.placeInView(placeBounds('torkham'))).toBe(true);
  });
});

test('a view beyond what the map shows is brought within it, and the notice says how', async ({ explorer, page }) => {
  await explorer.open('/#5/33/67/400/90');
  await expect(explorer.notices).toContainText('bearing 400 → 40');
  await expect(explorer.notices).toContainText('pitch 90 → 60');
  await explorer.mapIdle();
  const c = await explorer.mapCamera();
  expect([c.zoom, Math.round(c.bearing), Math.round(c.pitch)]).toEqual([5, 40, 60]);
  await expect(page).toHaveURL(/#5\/33\/67\/40\/60$/);
});

test('a place id in capitals, or with spaces around it, is the place, written back canonical', async ({
  explorer,
  page,
}) => {
  await explorer.open('/?place=%20TORKHAM%20');
  await expect(explorer.panelTitle).toHaveText('Torkham');
  await expect(page).toHaveURL(/\?place=torkham(#|$)/);
  await expect(explorer.notices).toBeEmpty();
});

test("the skip links move focus and keep the link's view", async ({ explorer, page }) => {
  await explorer.open('/?place=torkham#9/34.1/71.1');
  await explorer.mapIdle();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the article' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(explorer.article).toBeFocused();
  await page.getByRole('link', { name: 'Skip to the places' }).focus();
  await page.keyboard.press('Enter');
  await expect(explorer.placesButton).toBeFocused();
  await explorer.mapIdle();
  await expect(page).toHaveURL(/\?place=torkham#9\/34\.1\/71\.1$/);
  await expect(explorer.notices).toBeEmpty();
  const c = await explorer.mapCamera();
  expect([c.zoom, c.lat, c.lon]).toEqual([9, 34.1, 71.1]);
});

test('an in-page link followed without script keeps the page as it is', async ({ explorer, page }) => {
  await explorer.open('/?place=torkham#9/34.1/71.1');
  await explorer.mapIdle();
  // The address bar's own fragment navigation, as a link does before any script answers it.
  await page.evaluate(() => {
    location.hash = 'article';
  });
  await expect(page).toHaveURL(/\?place=torkham#9\/34\.1\/71\.1$/);
  await expect(explorer.notices).toBeEmpty();
  await expect(explorer.panelTitle).toHaveText('Torkham');
  expect((await explorer.mapCamera()).zoom).toBe(9);
});
