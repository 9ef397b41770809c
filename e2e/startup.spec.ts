// Start-up order: the static article answers before the map code is here, the
// map region works before the map, and React's article takes over without
// losing the reader's place.
import { expect, test, type Page } from './fixtures.ts';

/** Hold requests for these URLs back until the test releases them. */
async function hold(page: Page, url: string | RegExp): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await page.route(url, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Hold the map's code back until the test releases it. */
const holdMapCode = (page: Page) => hold(page, '**/assets/MapView-*.js');

/** Hold the geodata back until the test releases it. */
const holdGeodata = (page: Page) => hold(page, /\/geo\/(places\.topo\.json|context\.geojson)$/);

test('before the map code arrives, a mention click selects the place without loading the page again', async ({
  explorer,
  page,
}) => {
  const release = await holdMapCode(page);
  await explorer.open('/');
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await explorer.articleStatic();
  await explorer.mention('torkham', 20).click();
  await expect(page).toHaveURL(/\?place=torkham&passage=20/);
  // The list and the panel do not wait for the map.
  await expect(explorer.panelTitle).toHaveText('Torkham');
  await expect(explorer.map).toHaveAttribute('data-map-state', 'loading');
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  await explorer.articleStatic();

  release();
  await explorer.mapIdle();
  await explorer.articleLive();
  await expect(explorer.passage(20)).toHaveClass(/is-active/);
  expect(await explorer.featureState('torkham')).toMatchObject({ selected: true });
});

test("a shared link's passage is marked and in view before React takes the article over", async ({
  explorer,
  page,
}) => {
  const release = await holdMapCode(page);
  await explorer.open('/?place=torkham&passage=20');
  await expect(explorer.passage(20)).toHaveClass(/is-active/);
  await expect(explorer.passage(20)).toBeInViewport();
  await explorer.articleStatic();
  // A click in the static article moves the mark.
  await explorer.mention('chaman', 20).scrollIntoViewIfNeeded();
  await page.locator('#passage-3 a.mention').first().click();
  await expect(explorer.passage(3)).toHaveClass(/is-active/);
  await expect(explorer.passage(20)).not.toHaveClass(/is-active/);
  release();
  await explorer.articleLive();
  await expect(explorer.passage(3)).toHaveClass(/is-active/);
  await expect(explorer.passage(3)).toBeInViewport();
});

test('a link focused in the static article is focused again after React takes it over', async ({ explorer, page }) => {
  const release = await holdMapCode(page);
  await explorer.open('/');
  await explorer.mention('chaman', 20).focus();
  await explorer.articleStatic();
  release();
  await explorer.articleLive();
  await expect(page.locator('.passage-copy').first()).toBeAttached();
  await expect(explorer.mention('chaman', 20)).toBeFocused();
});

test('map code that fails to load: a clear message, and the article and list still work', async ({
  explorer,
  page,
  guard,
}) => {
  guard.allow.push(/Failed to load resource/, /MapView-.*\.js/);
  await page.route('**/assets/MapView-*.js', (route) => route.abort());
  await explorer.open('/');
  await expect(explorer.map).toHaveAttribute('data-map-state', 'error');
  await expect(page.getByRole('alert')).toContainText('The map could not be loaded');
  await explorer.articleLive();
  await explorer.mention('kunar', 6).click();
  await expect(explorer.panelTitle).toHaveText('Kunar');
  await expect(explorer.passage(6)).toHaveClass(/is-active/);
});

/** The data loads each source of the map has finished since the map was created ("content" events). */
const dataLoads = (page: Page) => () => page.evaluate(() => window.__mapTest!.dataLoads());

test('geodata that is here before the map starts goes into its style: every source loads once', async ({
  explorer,
  page,
}) => {
  const loads = dataLoads(page);
  const release = await holdMapCode(page);
  await explorer.open('/');
  await page.waitForFunction(() => performance.getEntriesByName('geo:arrived').length > 0);
  release();
  await explorer.mapIdle();
  // Set after the style's empty data, the data would load twice, and every first tile be built twice.
  expect(await loads()).toEqual({ places: 1, context: 1 });
  await explorer.mention('torkham', 20).click();
  await expect.poll(() => explorer.featureState('torkham')).toMatchObject({ selected: true });
});

test('geodata that arrives after the map has started is drawn when it comes', async ({ explorer, page }) => {
  const loads = dataLoads(page);
  const release = await holdGeodata(page);
  await explorer.open('/?place=torkham');
  await page.waitForFunction(() => performance.getEntriesByName('map:created').length > 0);
  await expect(explorer.map).toHaveAttribute('data-map-state', 'loading');
  release();
  await explorer.mapIdle();
  expect(await loads()).toMatchObject({ places: 2, context: 2 });
  expect(await explorer.featureState('torkham')).toMatchObject({ selected: true });
  const drawn = await page.evaluate(() => window.__mapTest!.sourceFeatureCount('places'));
  expect(drawn).toBeGreaterThan(0);
});

test('before React takes the article over, the selected place is lit, and a hover keeps the article static until the map has data', async ({
  explorer,
  page,
}) => {
  const release = await holdMapCode(page);
  const releaseGeo = await holdGeodata(page);
  await explorer.open('/?place=torkham');
  await explorer.articleStatic();
  await expect(explorer.mention('torkham', 20)).toHaveClass(/is-lit/);
  await expect(explorer.mention('chaman', 20)).not.toHaveClass(/is-lit/);

  // The map starts without its data, so the article stays the static one.
  release();
  await page.waitForFunction(() => performance.getEntriesByName('map:created').length > 0);
  await explorer.mention('chaman', 20).hover();
  await explorer.articleStatic();
  releaseGeo();
  await explorer.mapIdle();
  await explorer.articleLive();
  await expect.poll(() => explorer.featureState('torkham')).toMatchObject({ selected: true });
});

// A known defect, seen in two of three full runs after the places became TopoJSON: when React
// replaces the static mention under a still pointer, the hover is sometimes dropped (the map's
// hover state stays false until the pointer moves). Kept as a failing case to fix, not asserted in CI.
test.fixme('the hover of a mention under a still pointer survives React taking the article over', async ({
  explorer,
  page,
}) => {
  const release = await holdMapCode(page);
  const releaseGeo = await holdGeodata(page);
  await explorer.open('/?place=torkham');
  await explorer.articleStatic();
  release();
  await page.waitForFunction(() => performance.getEntriesByName('map:created').length > 0);
  await explorer.mention('chaman', 20).hover();
  releaseGeo();
  await explorer.mapIdle();
  await explorer.articleLive();
  await expect.poll(() => explorer.featureState('chaman')).toMatchObject({ hover: true });
});
