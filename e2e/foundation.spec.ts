import { expect, test } from './fixtures.ts';

test('the map reaches idle and the article renders beside it', async ({ explorer, page }) => {
  await explorer.open('/');
  await expect(page.locator('.passage')).toHaveCount(66);
  await expect(explorer.article.locator('.source-line')).toHaveText('Source: Azad News HD');
  await explorer.mapIdle();
  // The geodata is on the map: the Durand Line and every layer's features are rendered.
  const rendered = await page.evaluate(() => [...new Set(window.__mapTest!.rendered())].sort());
  for (const id of [
    'durand-line',
    'torkham',
    'friendship-gate',
    'kunar',
    'khyber-pakhtunkhwa',
    'balochistan',
    'islamabad',
    'kabul',
  ]) {
    expect(rendered).toContain(id);
  }
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('OpenStreetMap contributors');
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('GeoNames');
});
