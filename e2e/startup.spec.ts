// Start-up order: the article is painted from the build's HTML, React hydrates
// it before the map code is here (the same elements, so nothing the reader had
// is lost), and the map region works before the map.
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

/** Hold the app's own entry script (and with it every script) back until the test releases it. */
const holdScripts = (page: Page) => hold(page, '**/assets/index-*.js');

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
  await explorer.articleLive();
  await explorer.mention('torkham', 20).click();
  await expect(page).toHaveURL(/\?place=torkham&passage=20/);
  // The list and the panel do not wait for the map.
  await expect(explorer.panelTitle).toHaveText('Torkham');
  await expect(explorer.map).toHaveAttribute('data-map-state', 'loading');
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

  release();
  await explorer.mapIdle();
  await expect(explorer.passage(20)).toHaveClass(/is-active/);
  expect(await explorer.featureState('torkham')).toMatchObject({ selected: true });
});

test("a shared link's passage is marked and in view before the map code is here", async ({ explorer, page }) => {
  const release = await holdMapCode(page);
  await explorer.open('/?place=torkham&passage=20');
  await expect(explorer.passage(20)).toHaveClass(/is-active/);
  await expect(explorer.passage(20)).toBeInViewport();
  // A click moves the mark.
  await explorer.mention('chaman', 20).scrollIntoViewIfNeeded();
  await page.locator('#passage-3 a.mention').first().click();
  await expect(explorer.passage(3)).toHaveClass(/is-active/);
  await expect(explorer.passage(20)).not.toHaveClass(/is-active/);
  release();
  await explorer.mapIdle();
  await expect(explorer.passage(3)).toHaveClass(/is-active/);
  await expect(explorer.passage(3)).toBeInViewport();
});

test('React hydrates the painted article: the same elements, a link focused before the scripts ran stays focused and lights its place', async ({
  explorer,
  page,
}) => {
  const release = await holdScripts(page);
  await explorer.open('/', 'painted');
  const link = await explorer.mention('chaman', 20).elementHandle();
  await link!.focus();
  await explorer.articleStatic();
  release();
  await explorer.articleLive();
  // Drawn anew (not hydrated), the article would hold other elements, and the focus would be lost.
  expect(await link!.evaluate((el) => el.isConnected && el === document.activeElement)).toBe(true);
  expect(await page.evaluate(() => performance.getEntriesByName('article:hydration-failed').length)).toBe(0);
  await expect(page.locator('.passage-copy').first()).toBeAttached();
  await explorer.mapIdle();
  await expect.poll(() => explorer.featureState('chaman')).toMatchObject({ hover: true });
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
  // (The selection's label source starts empty and loads once too; the detail's tiles are in the
  // style as a template, so its source is ready at once and reads nothing at this view.)
  expect(await loads()).toEqual({ places: 1, context: 1, selection: 1, detail: 1 });
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

test('a shared link lights its place’s mentions before the map has its code or data, and a hover waits for the map', async ({
  explorer,
  page,
}) => {
  const release = await holdMapCode(page);
  const releaseGeo = await holdGeodata(page);
  await explorer.open('/?place=torkham');
  await explorer.articleLive();
  await expect.poll(() => explorer.isLit('torkham', 20)).toBe(true);
  expect(await explorer.isLit('chaman', 20)).toBe(false);

  release();
  await page.waitForFunction(() => performance.getEntriesByName('map:created').length > 0);
  await explorer.mention('chaman', 20).hover();
  releaseGeo();
  await explorer.mapIdle();
  await expect.poll(() => explorer.featureState('torkham')).toMatchObject({ selected: true });
  await expect.poll(() => explorer.featureState('chaman')).toMatchObject({ hover: true });
});

test('a pointer resting on a mention before the scripts ran lights its place once React has the article', async ({
  explorer,
  page,
}) => {
  const release = await holdScripts(page);
  await explorer.open('/?place=torkham', 'painted');
  // Fonts first: a late font would reflow the text from under the pointer.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await explorer.mention('chaman', 20).hover();
  await explorer.articleStatic();
  release();
  await explorer.articleLive();
  // Hydrating keeps the article where the reader scrolled it.
  await expect(explorer.mention('chaman', 20)).toBeInViewport();
  await explorer.mapIdle();
  await expect.poll(() => explorer.featureState('chaman')).toMatchObject({ hover: true });
});
