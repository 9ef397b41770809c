import { expect, test, withoutMap } from './fixtures.ts';
import { placeBounds, placePoint } from './explorer.ts';

test.describe('clicking the map', () => {
  test.beforeEach(async ({ explorer }) => {
    await explorer.open('/');
    await explorer.mapIdle();
  });

  for (const [id, name] of [
    ['torkham', 'Torkham'],
    ['friendship-gate', 'Friendship Gate'],
    ['chaman', 'Chaman'],
    ['spin-boldak', 'Spin Boldak'],
  ] as const) {
    test(`selects the ${name} crossing point and opens its panel`, async ({ explorer, page }) => {
      await explorer.clickMapAt(placePoint(id));
      await expect(explorer.panelTitle).toHaveText(name);
      await expect(page).toHaveURL(new RegExp(`[?&]place=${id}(&|#|$)`));
      expect(await explorer.featureState(id)).toMatchObject({ selected: true });
    });
  }

  test('selects the most specific area: a province inside its country', async ({ explorer, page }) => {
    await explorer.clickMapAt([68.73045, 33.17568]); // Sharan, in Paktika
    await expect(explorer.panelTitle).toHaveText('Paktika');
    await expect(explorer.panel).toContainText('Province of Afghanistan');
    await expect(explorer.panel).toContainText('On the Durand Line');
    expect(await explorer.panelPassageNumbers()).toEqual([6]);
    await page.keyboard.press('Escape'); // the panel covers the east of the map
    await explorer.clickMapAt([71.57849, 34.008]); // Peshawar
    await expect(explorer.panelTitle).toHaveText('Khyber Pakhtunkhwa');
  });

  test('keeps the selection highlighted while the reader pans', async ({ explorer, page }) => {
    await explorer.clickMapAt(placePoint('torkham'));
    await expect(explorer.panelTitle).toHaveText('Torkham');
    const box = (await explorer.map.boundingBox())!;
    await page.mouse.move(box.x + 100, box.y + box.height - 100);
    await page.mouse.down();
    await page.mouse.move(box.x + 160, box.y + box.height - 140, { steps: 5 });
    await page.mouse.up();
    await explorer.mapIdle();
    expect(await explorer.featureState('torkham')).toMatchObject({ selected: true });
  });
});

test.describe('with motion', () => {
  test.use({ reducedMotion: 'no-preference' });
  test('clicking a mention selects the place, marks the passage and flies the map there', async ({
    explorer,
    page,
  }) => {
    await explorer.open('/');
    await explorer.mapIdle();
    await explorer.mention('kunar', 6).click();
    await expect(explorer.panelTitle).toHaveText('Kunar');
    await expect(explorer.passage(6)).toHaveClass(/is-active/);
    await expect(page).toHaveURL(/\?place=kunar&passage=6/);
    await expect.poll(() => explorer.placeInView(placeBounds('kunar'))).toBe(true);
    await explorer.mapIdle();
    // Framed, not just passed over: in view, clear of the panel, and zoomed in on it.
    expect(await explorer.placeInView(placeBounds('kunar'))).toBe(true);
    expect(await explorer.mapZoom()).toBeGreaterThan(7);
  });
});

test('with reduced motion the map jumps to the place at once; a point is shown at a zoom where its surroundings are legible', async ({
  explorer,
  page,
}) => {
  await explorer.open('/');
  await explorer.mapIdle();
  await test.step('a jump', async () => {
    const movesBefore = await page.evaluate(() => window.__mapTest!.count('move'));
    await explorer.mention('paktika', 6).click();
    await expect(explorer.panelTitle).toHaveText('Paktika');
    await expect.poll(() => explorer.placeInView(placeBounds('paktika'))).toBe(true);
    await explorer.mapIdle();
    expect(await explorer.mapZoom()).toBeGreaterThan(6);
    // A jump moves the camera once; a flight moves it every frame.
    expect((await page.evaluate(() => window.__mapTest!.count('move'))) - movesBefore).toBe(1);
  });
  await test.step('a point, framed close', async () => {
    await explorer.mention('torkham', 20).click();
    await expect(explorer.panelTitle).toHaveText('Torkham');
    // Zoom 9.5 for a crossing: close, and wide enough for the towns, river and pass behind it.
    await expect(async () => {
      expect(await explorer.mapZoom()).toBeGreaterThanOrEqual(9.5);
    }).toPass();
  });
});

test('hovering links text and map both ways', async ({ explorer }) => {
  await explorer.open('/');
  await explorer.mapIdle();
  await explorer.articleLive();
  await explorer.mention('balochistan', 4).hover();
  await expect.poll(() => explorer.featureState('balochistan')).toMatchObject({ hover: true });
  await explorer.hoverMapAt(placePoint('torkham'));
  await expect.poll(() => explorer.isLit('torkham', 20)).toBe(true);
  await expect.poll(() => explorer.featureState('balochistan')).toMatchObject({ hover: false });
});

test('places far from the border open their panel and are framed whole on the map', async ({ explorer }) => {
  await explorer.open('/');
  await explorer.mapIdle();
  await explorer.mention('united-states', 40).click();
  await expect(explorer.panelTitle).toHaveText('United States');
  await explorer.mapIdle();
  expect(await explorer.placeInView(placeBounds('united-states'))).toBe(true);
  await explorer.mention('central-asia', 23).click();
  await expect(explorer.panelTitle).toHaveText('Central Asia');
  expect(await explorer.panelPassageNumbers()).toEqual([23, 38]);
  await explorer.mapIdle();
  expect(await explorer.placeInView(placeBounds('central-asia'))).toBe(true);
});

// These need no map: their pages run without WebGL (fixtures.ts, withoutMap).
test.describe('without the map', () => {
  withoutMap();

  test('the place list filters and works by keyboard', async ({ explorer, page }) => {
    await explorer.open('/');
    await explorer.placesButton.click();
    const filter = explorer.placeFilter;
    await filter.fill('chitr');
    const items = explorer.placeItems;
    await expect(items).toHaveCount(1);
    await expect(items.first()).toContainText('Chitral');
    await expect(explorer.placeCount).toHaveText('1 of 27 places named · 0 more on the map');
    // Aliases count: the Friendship Gate is also the "Chaman–Spin Boldak crossing".
    await filter.fill('spin bold');
    await expect(items).toHaveCount(2);
    await filter.fill('');
    // The places it names, then every other place the map draws.
    await expect(items).toHaveCount(68);
    await expect(explorer.placeCount).toHaveText('27 of 27 places named · 41 more on the map');
    // Keyboard only: type, Tab to the first entry, arrows to the next, Enter.
    await filter.focus();
    await page.keyboard.type('wazir');
    await page.keyboard.press('Tab');
    await expect(items.first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(explorer.panelTitle).toHaveText('North Waziristan');
    await expect(explorer.panel).toContainText('no district outline');
    expect(await explorer.panelPassageNumbers()).toEqual([54]);
    await explorer.placesButton.click(); // the list closed on the choice
    await filter.fill('');
    await items.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(items.nth(1)).toBeFocused();
  });

  test('the panel lists every passage that names the place, and its links scroll to them', async ({
    explorer,
    page,
  }) => {
    await explorer.open('/?place=durand-line');
    await expect(explorer.panelTitle).toHaveText('Durand Line');
    expect(await explorer.panelPassageNumbers()).toEqual([18, 19]);
    await expect(explorer.panel).toContainText('2,654 km');
    await explorer.panel.getByRole('link', { name: 'Read passage 19' }).click();
    await expect(explorer.passage(19)).toHaveClass(/is-active/);
    await expect(explorer.passage(19)).toBeInViewport();
    await expect(page).toHaveURL(/\?place=durand-line&passage=19/);
  });

  test('the article’s 2,600 km border stands beside the map’s measurement, in the panel and in passage 4', async ({
    explorer,
    page,
  }) => {
    await explorer.open('/?place=durand-line');
    const figures = explorer.panel.getByTestId('panel.place.claims');
    await expect(figures).toContainText('The article says 2,600 km.');
    await expect(figures).toContainText(
      'On this map: 2,654 km along the line as drawn (OpenStreetMap contributors); commonly cited: 2,640 km',
    );
    const mark = explorer.passage(4).locator('.claim');
    await expect(mark).toHaveText('2,600-kilometer');
    await expect(mark).toHaveAttribute('title', /^The article says 2,600 km\. On this map: 2,654 km/);
    await figures.getByRole('link', { name: 'Passage 4' }).click();
    await expect(explorer.passage(4)).toHaveClass(/is-active/);
    await expect(page).toHaveURL(/\?place=durand-line&passage=4/);
  });

  test('Escape and the close button clear the selection', async ({ explorer, page }) => {
    await explorer.open('/?place=torkham');
    await expect(explorer.panel).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(explorer.panel).toHaveCount(0);
    await explorer.mention('kunar', 6).click();
    await explorer.panel.getByRole('button', { name: 'Close the place panel' }).click();
    await expect(explorer.panel).toHaveCount(0);
    await expect(page).not.toHaveURL(/place=/);
  });
});
