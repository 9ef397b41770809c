import { expect, test, type Page } from './fixtures.ts';
import { placePoint } from './explorer.ts';

test.describe('when the geodata fails to load', () => {
  const failures: [string, Parameters<import('@playwright/test').Route['fulfill']>[0]][] = [
    ['a 404', { status: 404, body: 'not found' }],
    ['a 500', { status: 500, body: 'oops' }],
    [
      'a truncated body',
      { status: 200, contentType: 'application/geo+json', body: '{"type":"FeatureCollection","features":[{"type":' },
    ],
    ['JSON that is not GeoJSON', { status: 200, contentType: 'application/json', body: '{"hello":"world"}' }],
  ];
  // One page meets each failure in turn, Retry bringing on the next: a page each paid a map's start four times.
  test('a 404, a 500, a truncated body, JSON that is not GeoJSON: the article, list and panel keep working, and Retry really retries', async ({
    explorer,
    page,
    guard,
  }) => {
    guard.allow.push(/Failed to load resource/);
    let response = failures[0]![1];
    let served = 0;
    await page.route('**/geo/places.topo.json', (r) => {
      served++;
      return r.fulfill(response);
    });
    await explorer.open('/');
    const alert = page.getByRole('alert');
    for (const [n, [what, failure]] of failures.entries()) {
      await test.step(what, async () => {
        response = failure;
        if (n > 0) await alert.getByRole('button', { name: 'Retry' }).click();
        // Retry asked for the data again, and this failure is what it got.
        await expect.poll(() => served).toBe(n + 1);
        await expect(explorer.map).toHaveAttribute('data-map-state', 'error');
        await expect(alert).toContainText('places.topo.json');
      });
    }
    await test.step('everything else works: mentions, panel, passages', async () => {
      await explorer.mention('spin-boldak', 20).click();
      await expect(explorer.panelTitle).toHaveText('Spin Boldak');
      await expect(explorer.passage(20)).toHaveClass(/is-active/);
      await explorer.chooseFromList('kunar');
      await expect(explorer.panelTitle).toHaveText('Kunar');
    });
    await test.step('the data comes back: Retry loads it and the selection shows on the map', async () => {
      await page.unroute('**/geo/places.topo.json');
      await explorer.placesButton.click(); // reopen the list: the alert stays usable
      await alert.getByRole('button', { name: 'Retry' }).click();
      await explorer.mapIdle();
      await expect(alert).toHaveCount(0);
      expect(await explorer.featureState('kunar')).toMatchObject({ selected: true });
    });
  });

  test('a response that takes 15 s: the map gives up with a clear message', async ({ explorer, page, guard }) => {
    // The app aborts the request it gave up on.
    guard.allow.push(/Failed to load resource/, /context\.geojson net::ERR_ABORTED/);
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    await page.route('**/geo/context.geojson', async (r) => {
      await Promise.race([released, new Promise((res) => setTimeout(res, 15_000))]);
      await r.fulfill({ status: 200, body: '{}' }).catch(() => {});
    });
    await explorer.open('/');
    await expect(explorer.article.locator('h1')).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('took longer than 10 s', { timeout: 20_000 });
    release();
    await explorer.mention('torkham', 20).click();
    await expect(explorer.panelTitle).toHaveText('Torkham');
  });
});

test("label glyphs that fail to load: labels fall back to the browser's font, nothing breaks", async ({
  explorer,
  page,
  guard,
}) => {
  guard.allow.push(/Failed to load resource/, /Unable to load glyph range/);
  let asked = false;
  await page.route('**/glyphs/**', (r) => {
    asked = true;
    return r.fulfill({ status: 404, body: '' });
  });
  await explorer.open('/');
  await explorer.mapIdle();
  const labels = await page.evaluate(() => window.__mapTest!.rendered(['points-label']).length);
  expect(labels).toBeGreaterThan(0);
  expect(asked).toBe(true);
  await explorer.clickMapAt(placePoint('torkham'));
  await expect(explorer.panelTitle).toHaveText('Torkham');
});

test('50 quick selections leave URL, panel, passage and map in agreement', async ({ explorer, page }) => {
  test.setTimeout(120_000);
  await explorer.open('/');
  await explorer.mapIdle();
  const box = (await explorer.map.boundingBox())!;
  const mentions = [
    ['kunar', 6],
    ['torkham', 20],
    ['bajaur', 54],
    ['balochistan', 4],
    ['qatar', 57],
  ] as const;
  const listIds = ['chitral', 'paktika', 'spin-boldak', 'durand-line', 'kabul'];
  for (let i = 0; i < 50; i++) {
    if (i % 3 === 0) {
      const [id, n] = mentions[i % mentions.length]!;
      await explorer.mention(id, n).click();
    } else if (i % 3 === 1) {
      await explorer.chooseFromList(listIds[i % listIds.length]!);
    } else {
      // Whatever lies in the open part of the map, mid-flight or not.
      await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.6);
    }
  }
  // The last action (i = 49, i % 3 === 1) chose a list entry.
  const last = listIds[49 % listIds.length]!;
  await explorer.mapIdle();
  await expect(explorer.panelTitle).toHaveText(/Chitral|Paktika|Spin Boldak|Durand Line|Kabul/);
  const title = await explorer.panelTitle.textContent();
  expect(title?.toLowerCase().replace(/ /g, '-')).toBe(last);
  await expect(page).toHaveURL(new RegExp(`\\?place=${last}(#|$)`));
  await expect(page.locator('.passage.is-active')).toHaveCount(0);
  await expect.poll(() => explorer.featureState(last)).toMatchObject({ selected: true });
  const selectedOnMap = await page.evaluate(
    (ids) => ids.filter((id) => window.__mapTest!.featureState(id).selected),
    [...listIds, ...mentions.map((m) => m[0]), 'islamabad'],
  );
  expect(selectedOnMap).toEqual([last]);
});

test('StrictMode leaves one map, and remounting leaks no map, canvas or listener', async ({ explorer, page }) => {
  await explorer.open('/');
  await explorer.mapIdle();
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(1);
  const cdp = await page.context().newCDPSession(page);
  const windowListeners = async () => {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    return listeners.length;
  };
  const first = await windowListeners();
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => window.__borderApp!.unmount());
    await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);
    expect(await page.evaluate(() => window.__mapTest)).toBeUndefined();
    await page.evaluate(() => window.__borderApp!.mount());
    await explorer.mapIdle();
    await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(1);
  }
  expect(await windowListeners()).toBe(first);
});

/** Lose the map's WebGL context, restore it, and wait until the style is rebuilt. */
async function loseAndRestoreContext(page: Page) {
  // Awaited through a value it resolves to: awaited bare, Debian's Chromium 150 reported the page's promise as
  // garbage-collected before the map restored its context (the map itself restores as before).
  expect(await page.evaluate(() => window.__mapTest!.loseAndRestoreContext().then(() => true))).toBe(true);
}

test('a lost WebGL context: once restored, the map has its data and selection back', async ({ explorer, page }) => {
  await explorer.open('/?place=torkham');
  await explorer.mapIdle();
  const drawn = () => page.evaluate(() => window.__mapTest!.rendered(['crossings-symbol']).length);
  expect(await drawn()).toBeGreaterThan(0);
  await loseAndRestoreContext(page);
  // The style is rebuilt without the data set at run time; the app puts it back.
  await expect.poll(drawn, { timeout: 20_000 }).toBeGreaterThan(0);
  await expect.poll(() => explorer.featureState('torkham')).toMatchObject({ selected: true });
  // And selection keeps moving the flag on the rebuilt map.
  await explorer.mention('chaman').click();
  await expect(explorer.panelTitle).toHaveText('Chaman');
  await expect.poll(() => explorer.featureState('chaman')).toMatchObject({ selected: true });
  expect(await explorer.featureState('torkham')).not.toMatchObject({ selected: true });
});
