import { expect, test, withoutMap, type Page } from './fixtures.ts';
import type { Explorer } from './explorer.ts';

test('a link with a view keeps that view exactly; one without frames the place', async ({ explorer, page }) => {
  await explorer.open('/?place=torkham&passage=20#7.25/33.5/69.75');
  await explorer.mapIdle();
  expect(await explorer.mapZoom()).toBeCloseTo(7.25, 5);
  const [lon, lat] = await explorer.mapCenter();
  expect(lon).toBeCloseTo(69.75, 5);
  expect(lat).toBeCloseTo(33.5, 5);
  await expect(explorer.passage(20)).toHaveClass(/is-active/);
  await expect(explorer.passage(20)).toBeInViewport();
  await expect(page).toHaveURL(/\?place=torkham&passage=20#7\.25\/33\.5\/69\.75$/);
});

test.describe('a shared link opens where it points, without a detour through the home view', () => {
  for (const [path, zoom] of [
    ['/?place=torkham', 9],
    ['/?place=kunar&passage=6', 7],
    ['/?place=torkham&passage=20#10.5/34.1/71.1', 10.5],
  ] as const) {
    test(`${path}: the map is created there and does not move before it is idle`, async ({ explorer, page }) => {
      await explorer.open(path);
      await page.waitForFunction(() => window.__mapTest !== undefined);
      const first = await page.evaluate(() => window.__mapTest!.camera());
      // The home view (the whole border) is below zoom 6.
      expect(first.zoom).toBeGreaterThanOrEqual(zoom);
      await explorer.mapIdle();
      expect(await page.evaluate(() => window.__mapTest!.count('movestart'))).toBe(0);
      const settled = await page.evaluate(() => window.__mapTest!.camera());
      expect(settled.zoom).toBeCloseTo(first.zoom, 5);
      // The view is the link's request's: it is written to the address as the framing's.
      if (!path.includes('#')) await expect(page).toHaveURL(/#\d+(\.\d+)?\/[\d.]+\/[\d.]+$/);
    });
  }
});

test('back and forward walk through selections; panning adds no history', async ({ explorer, page }) => {
  await explorer.open('/');
  await explorer.mapIdle();
  await explorer.mention('kunar', 6).click();
  await expect(page).toHaveURL(/place=kunar&passage=6/);
  await explorer.mention('torkham', 20).click();
  await expect(page).toHaveURL(/place=torkham&passage=20/);
  await explorer.mention('bajaur', 54).click();
  await expect(page).toHaveURL(/place=bajaur&passage=54/);
  await explorer.mapIdle();

  await page.goBack();
  await expect(explorer.panelTitle).toHaveText('Torkham');
  await expect(explorer.passage(20)).toHaveClass(/is-active/);
  await expect.poll(() => explorer.featureState('torkham')).toMatchObject({ selected: true });
  await page.goBack();
  await expect(explorer.panelTitle).toHaveText('Kunar');
  await expect(explorer.passage(6)).toHaveClass(/is-active/);
  await page.goBack();
  await expect(explorer.panel).toHaveCount(0);
  await page.goForward();
  await expect(explorer.panelTitle).toHaveText('Kunar');
  await page.goForward();
  await expect(explorer.panelTitle).toHaveText('Torkham');

  await test.step('panning replaces the view in the URL without adding history', async () => {
    const before = await page.evaluate(() => history.length);
    await page.evaluate(() => window.__mapTest!.jumpTo([70, 33], 6));
    await expect(page).toHaveURL(/\?place=torkham&passage=20#6\/33\.00\/70\.00$|\?place=torkham&passage=20#6\/33\/70$/);
    expect(await page.evaluate(() => history.length)).toBe(before);
  });
});

test('a copied link opened elsewhere shows the same place, passage and view', async ({
  explorer,
  page,
  fresh,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await explorer.open('/');
  await explorer.mapIdle();
  await explorer.mention('spin-boldak', 20).click();
  await explorer.mapIdle();
  await explorer.panel.getByRole('button', { name: 'Copy link' }).click();
  await expect(explorer.panel.getByRole('status')).toHaveText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\?place=spin-boldak&passage=20#\d/);

  const { page: there } = await fresh();
  await there.goto(link);
  await expect(there.getByTestId('panel.place.title')).toHaveText('Spin Boldak');
  await expect(there.locator('#passage-20')).toHaveClass(/is-active/);
  await expect(there.getByTestId('map.canvas')).toHaveAttribute('data-map-state', 'idle');
  const view = await there.evaluate(() => {
    const c = window.__mapTest!.camera();
    return { z: c.zoom, c: { lng: c.lon, lat: c.lat } };
  });
  const hash = new URL(link).hash.slice(1).split('/').map(Number);
  expect(view.z).toBeCloseTo(hash[0]!, 2);
  expect(view.c.lat).toBeCloseTo(hash[1]!, 3);
  expect(view.c.lng).toBeCloseTo(hash[2]!, 3);
});

// These need no map: their pages run without WebGL (fixtures.ts, withoutMap).
test.describe('without the map', () => {
  withoutMap();

  test('a passage alone focuses the passage only', async ({ explorer }) => {
    await explorer.open('/?passage=54');
    await expect(explorer.passage(54)).toHaveClass(/is-active/);
    await expect(explorer.passage(54)).toBeInViewport();
    await expect(explorer.panel).toHaveCount(0);
  });

  test('without a clipboard the link is shown to copy by hand', async ({ explorer, page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
    });
    await explorer.open('/?place=kunar');
    await explorer.panel.getByRole('button', { name: 'Copy link' }).click();
    const field = explorer.panel.getByLabel('Copy this link:');
    await expect(field).toHaveValue(/\?place=kunar/);
    await expect(field).toBeFocused();
  });
});

test.describe('bad links', () => {
  const cases: [string, RegExp][] = [
    ['/?place=atlantis', /No place called “atlantis”/],
    ['/?place=__proto__', /No place called “__proto__”/],
    ['/?place=constructor&passage=20', /No place called “constructor”/],
    ['/?passage=999', /no passage “999”/],
    ['/?place=kunar&place=torkham', /more than one place/],
    ['/#abc/def', /map view in the link could not be read/],
    ['/#99/1/1', /brought within what this map shows: zoom 99 → 14/],
    ['/?place=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', /No place called “<img src=x onerror=alert\(1\)>”/],
    ['/?place=javascript%3Aalert(1)', /No place called “javascript:alert\(1\)”/],
  ];
  const check = (url: string, message: RegExp, page: Page, explorer: Explorer) =>
    test.step(`${url} shows a notice and keeps the rest`, async () => {
      await explorer.open(url);
      await expect(explorer.notices).toContainText(message);
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
      await expect(page.locator('.passage')).toHaveCount(66);
    });
  // A bad map view is given to the map: those links run with it.
  for (const [url, message] of cases)
    if (url.includes('#'))
      test(`${url} shows a notice and keeps the rest`, ({ page, explorer }) => check(url, message, page, explorer));

  // The rest (a place or passage the article lacks) needs no map: one page loads each in turn.
  test.describe('without the map', () => {
    withoutMap();
    test('a place or passage the article lacks shows a notice and keeps the rest', async ({ page, explorer }) => {
      for (const [url, message] of cases) if (!url.includes('#')) await check(url, message, page, explorer);
    });
  });

  test('the rest of a partly bad link still applies', async ({ explorer }) => {
    await explorer.open('/?place=torkham&passage=9999#not/a/view');
    await expect(explorer.panelTitle).toHaveText('Torkham');
    await expect(explorer.notices).toContainText('no passage');
    await expect(explorer.notices).toContainText('map view');
  });
});
