// The explorer at the sizes readers use: the panel never hides what it opened
// for, the shell never scrolls, and messages cover nothing a reader needs.
import { expect, test, withoutMap } from './fixtures.ts';
import { placeBounds, placePoint } from './explorer.ts';

/** Whether two boxes overlap. */
const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('a place chosen on the map under the panel is brought into sight', async ({ explorer }) => {
  await explorer.open('/');
  await explorer.mapIdle();
  const islamabad = placePoint('islamabad');
  await explorer.clickMapAt(islamabad);
  await expect(explorer.panelTitle).toHaveText('Islamabad');
  await explorer.mapIdle();
  await expect.poll(() => explorer.pointInSight(islamabad)).toBe(true);
});

test('a place chosen on the map in sight stays where it is', async ({ explorer }) => {
  await explorer.open('/');
  await explorer.mapIdle();
  const before = await explorer.mapCamera();
  await explorer.clickMapAt([62.2, 34.35]); // Herat, far from the panel
  await expect(explorer.panel).toBeVisible();
  await explorer.mapIdle();
  expect(await explorer.mapCamera()).toEqual(before);
});

test('a narrower window keeps the selected place in sight', async ({ explorer, page }) => {
  await explorer.open('/?place=chitral');
  await explorer.mapIdle();
  await page.setViewportSize({ width: 800, height: 800 });
  await expect.poll(() => explorer.pointInSight(placePoint('chitral'))).toBe(true);
});

for (const viewport of [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
  { width: 820, height: 1180 },
]) {
  test(`on a ${viewport.width}×${viewport.height} tablet the panel leaves the place, the Places button, the key and the switches in sight`, async ({
    explorer,
    page,
  }) => {
    await page.setViewportSize(viewport);
    await explorer.open('/?place=pakistan');
    await expect(explorer.panelTitle).toHaveText('Pakistan');
    await explorer.mapIdle();
    const button = (await explorer.placesButton.boundingBox())!;
    const panel = (await explorer.panel.boundingBox())!;
    expect(overlaps(button, panel)).toBe(false);
    // Nor the map's key and switches: following the text and the detailed map.
    for (const control of [page.locator('.legend'), page.locator('.map-switches')])
      expect(overlaps((await control.boundingBox())!, panel)).toBe(false);
    await expect.poll(() => explorer.placeInView(placeBounds('pakistan'))).toBe(true);
    // Framed large enough to read: its bounds span at least 220 px each way.
    const [w, s, e, n] = placeBounds('pakistan');
    const a = await explorer.pagePoint([w, n]);
    const b = await explorer.pagePoint([e, s]);
    expect(Math.min(b.x - a.x, b.y - a.y)).toBeGreaterThanOrEqual(220);
  });
}

test('on a phone, the map’s note of a place without a point stands clear of the Places button and the zoom buttons', async ({
  explorer,
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await explorer.open('/');
  // Ten places and more: the Places button is at its widest for most articles.
  await explorer.pasteArticle(
    [
      'Posts on the Tochi road',
      'The brigade bivouacked at Lundkwar before dawn, then marched past Bannu and Kohat to Peshawar.',
      'The chief posts are Saidgi, Idak, Miranshah, Datta Khel and Sheranni, near Parachinar and Wana.',
    ].join('\n\n'),
  );
  await expect(explorer.placesButton).toHaveText(/Places \(\d\d\)/);
  await explorer.article.locator('a[data-place="text-lundkwar"]').click();
  const note = page.getByTestId('map.not-on-map');
  await expect(note).toContainText('Lundkwar is not on the map');
  const box = (await note.boundingBox())!;
  expect(overlaps(box, (await explorer.placesButton.boundingBox())!)).toBe(false);
  expect(overlaps(box, (await page.locator('.maplibregl-ctrl-zoom-in').boundingBox())!)).toBe(false);
  expect(overlaps(box, (await page.locator('.maplibregl-ctrl-zoom-out').boundingBox())!)).toBe(false);
});

test('an article’s places are framed clear of the map’s switches in the bottom corner', async ({ explorer, page }) => {
  await explorer.open('/');
  // Chitral in the north, Bajaur in the west, and the Malakand Pass in the south-east corner of their frame.
  await explorer.pasteArticle(
    [
      'The road to Chitral',
      'The column marched by the Malakand Pass, with Bajaur to the west, on the way to Chitral.',
    ].join('\n\n'),
  );
  await expect(explorer.article.locator('a[data-place="text-malakand-pass"]')).toBeVisible();
  await explorer.mapIdle();
  const switches = (await page.locator('.map-switches').boundingBox())!;
  // The pass is drawn a few kilometres from Malakand's point: within 15 px at the zoom that frames all three.
  const pass = await explorer.pagePoint([71.93, 34.566]); // Malakand, in the regional gazetteer
  const near = { x: pass.x - 15, y: pass.y - 15, width: 30, height: 30 };
  expect(overlaps(near, switches)).toBe(false);
});

test('the page never scrolls as a whole, even under the wheel', async ({ explorer, page }) => {
  await explorer.open('/?place=kunar');
  await explorer.mapIdle();
  const sizes = () => page.evaluate(() => [document.documentElement.scrollHeight, window.innerHeight]);
  const [scrollHeight, height] = await sizes();
  expect(scrollHeight).toBe(height);
  await page.getByRole('banner').hover();
  await page.mouse.wheel(0, 400);
  await expect(page.getByRole('banner')).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

// These need no map: their pages run without WebGL (fixtures.ts, withoutMap).
test.describe('without the map', () => {
  withoutMap();

  test('a notice covers none of the article, and goes when dismissed', async ({ explorer, page }) => {
    await explorer.open('/?place=nowhere');
    const notice = explorer.notices.locator('.notice');
    await expect(notice).toContainText('No place called');
    expect(overlaps((await notice.boundingBox())!, (await explorer.article.boundingBox())!)).toBe(false);
    await page.getByRole('button', { name: 'Dismiss this notice' }).click();
    await expect(notice).toHaveCount(0);
  });

  test('the panel keeps its title and close button in view however far it scrolls', async ({ explorer }) => {
    await explorer.open('/?place=islamabad');
    await expect(explorer.panelTitle).toHaveText('Islamabad');
    await explorer.panel.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect.poll(() => explorer.panel.evaluate((el) => el.scrollTop)).toBeGreaterThan(200);
    await expect(explorer.panelTitle).toBeInViewport({ ratio: 1 });
    await expect(explorer.closePanelButton).toBeInViewport({ ratio: 1 });
    const panel = (await explorer.panel.boundingBox())!;
    const title = (await explorer.panelTitle.boundingBox())!;
    expect(title.y).toBeGreaterThanOrEqual(panel.y);
    expect(title.y).toBeLessThan(panel.y + 40);
  });

  test('a long filter stays inside the place list', async ({ explorer, page }) => {
    await explorer.open('/');
    await explorer.placesButton.click();
    await explorer.placeFilter.fill('x'.repeat(500));
    const body = page.locator('#place-list-body');
    await expect(body).toContainText('No place matches');
    const [scrollWidth, clientWidth] = await body.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('"Read passage" folds the sheet and shows the passage', async ({ explorer, page }) => {
    await explorer.open('/?place=torkham');
    await expect(explorer.panelTitle).toHaveText('Torkham');
    await explorer.panel.getByRole('link', { name: 'Read passage 20' }).tap();
    await expect(explorer.passage(20)).toHaveClass(/is-active/);
    await expect(page.getByRole('button', { name: 'Show the details of Torkham' })).toBeVisible();
    await expect(explorer.panelPassages.first()).toBeHidden();
    // The passage is in sight, above the folded sheet.
    await expect
      .poll(async () => {
        const p = (await explorer.passage(20).boundingBox())!;
        const sheet = (await explorer.panel.boundingBox())!;
        return p.y >= 0 && p.y < sheet.y;
      })
      .toBe(true);
    await page.getByRole('button', { name: 'Show the details of Torkham' }).tap();
    await expect(explorer.panelPassages.first()).toBeVisible();
  });
});
