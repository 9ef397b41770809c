// What the map draws and how it answers the pointer, at the views a reader reaches.
import { expect, test } from './fixtures.ts';
import { placePoint } from './explorer.ts';

test('the countries are labelled, and each province once however many parts it has', async ({ explorer }) => {
  await explorer.open('/');
  await explorer.mapIdle();
  const countries = await explorer.placedLabels('country-label', 'place');
  expect(countries).toEqual(expect.arrayContaining(['afghanistan', 'pakistan']));
  const provinces = await explorer.placedLabels('province-label', 'place');
  // Balochistan and Khyber Pakhtunkhwa are drawn in several parts; each is named once.
  expect(provinces).toEqual(expect.arrayContaining(['balochistan', 'khyber-pakhtunkhwa', 'paktika']));
  expect(provinces.length).toBe(new Set(provinces).size);
});

test('at zoom 3 the capitals keep their labels, before the provinces', async ({ explorer }) => {
  await explorer.open('/#3/33/69');
  await explorer.mapIdle();
  expect(await explorer.placedLabels('points-label')).toEqual(expect.arrayContaining(['kabul', 'islamabad']));
});

test('a turned and tilted view gets a compass that puts it back north and flat', async ({ explorer, page }) => {
  await explorer.open('/');
  await explorer.mapIdle();
  const compass = page.getByRole('button', { name: 'Reset the view to north, flat' });
  await expect(compass).toBeHidden();
  await explorer.open('/#6/33/70/45/60');
  await explorer.mapIdle();
  await expect(compass).toBeVisible();
  await compass.click();
  await expect
    .poll(async () => {
      const c = await explorer.mapCamera();
      return [Math.round(c.bearing), Math.round(c.pitch)];
    })
    .toEqual([0, 0]);
  await expect(page).toHaveURL(/#6\/33\/70$/);
  await expect(compass).toBeHidden();
});

test("a click on a town's dot beside a crossing's label selects no crossing", async ({ explorer, page }) => {
  // At this view the Torkham crossing's name runs over Peshawar's dot; only the crossing's icon counts.
  await explorer.open('/#6/34.0/71.6');
  await explorer.mapIdle();
  await explorer.clickMapAt([71.5785, 34.008]); // Peshawar, a town of the map's context
  // What lies under the dot (the province) is chosen, not the crossing whose name runs over it.
  await expect(explorer.panelTitle).toHaveText('Khyber Pakhtunkhwa');
  // The view may move to keep the choice clear of the panel: the crossing's point is read where it then is.
  await explorer.mapIdle();
  // The crossing itself still answers.
  await explorer.clickMapAt(placePoint('torkham'));
  await expect(explorer.panelTitle).toHaveText('Torkham');
  await expect(page).toHaveURL(/place=torkham/);
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width}×${viewport.height} the credits do not cover the scale`, async ({ explorer, page }) => {
    await page.setViewportSize(viewport);
    await explorer.open('/');
    await explorer.mapIdle();
    const credits = page.locator('.maplibregl-ctrl-attrib');
    const scale = (await page.locator('.maplibregl-ctrl-scale').boundingBox())!;
    const box = (await credits.boundingBox())!;
    const overlap =
      box.x < scale.x + scale.width &&
      scale.x < box.x + box.width &&
      box.y < scale.y + scale.height &&
      scale.y < box.y + box.height;
    expect(overlap).toBe(false);
    // The credits are one click away, in the map.
    await page.getByTitle('Toggle attribution').click();
    await expect(credits).toContainText('OpenStreetMap');
    await expect(credits.getByRole('link', { name: 'OpenStreetMap contributors' })).toBeVisible();
  });
}
