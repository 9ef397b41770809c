// The detailed map, online on request (issue 30): off by default with nothing
// sent anywhere; on, the public style and terrain go under our layers,
// credited, and the choice is kept in this browser, never in a link; when the
// servers cannot be reached the map stays as it was and says so. The servers
// are stand-ins the test serves (e2e/online-fixture.ts).
import { expect, test } from './fixtures.ts';
import { Explorer } from './explorer.ts';
import { serveOnlineMap } from './online-fixture.ts';

const switchOf = (explorer: Explorer) => explorer.page.getByRole('switch', { name: /Detailed map \(online\)/ });

/** The map's layer ids, bottom to top. */
const layerIds = (explorer: Explorer) =>
  explorer.page.evaluate(() => window.__mapTest!.style().layers.map((l) => l.id));

async function turnOn(explorer: Explorer) {
  await switchOf(explorer).click();
  await expect(explorer.page.locator('.online-toggle')).toHaveAttribute('data-state', 'on');
  await explorer.mapIdle();
}

test('off, nothing leaves the browser; on, roads and relief lie under our layers, credited and kept for this browser only', async ({
  explorer,
  context,
}) => {
  const servers = await serveOnlineMap(context);
  const away: string[] = [];
  context.on('request', (r) => {
    if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(r.url())) away.push(r.url());
  });
  await explorer.open('/?place=torkham');
  await explorer.mapIdle();
  const toggle = switchOf(explorer);
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await expect(toggle).toHaveAccessibleDescription(/Off: nothing leaves this browser.*tiles\.openfreemap\.org/);
  expect(away).toEqual([]);

  await turnOn(explorer);
  const ids = await layerIds(explorer);
  const online = ids.filter((id) => id.startsWith('online:'));
  // The style's land, water, roads and their names, with relief over the land and under the roads;
  // its place labels are left out (ours are the gazetteer's).
  expect(online).toEqual([
    'online:background',
    'online:water',
    'online:hillshade',
    'online:road',
    'online:road-name',
    'online:road-shield',
  ]);
  const lastOnline = ids.indexOf(online.at(-1)!);
  for (const ours of [
    'country-fill',
    'durand-line',
    'detail-towns-label',
    'points-circle',
    'selection-point',
    'points-label',
    'selection-label',
  ])
    expect(ids.indexOf(ours), `${ours} above the detailed map`).toBeGreaterThan(lastOnline);
  // Our plain land and coarse rivers step aside; the road is drawn at Torkham.
  const visibility = await explorer.page.evaluate(() =>
    Object.fromEntries(window.__mapTest!.style().layers.map((l) => [l.id, l.layout?.visibility ?? 'visible'])),
  );
  expect(visibility['background']).toBe('none');
  expect(visibility['detail-water']).toBe('none');
  expect(visibility['durand-line']).toBe('visible');
  await expect
    .poll(() => explorer.page.evaluate(() => window.__mapTest!.rendered(['online:road'], 'class')))
    .toContain('trunk');
  // Credited: the style's data and the relief.
  const credits = explorer.page.locator('.maplibregl-ctrl-attrib');
  await expect(credits).toContainText('OpenFreeMap');
  await expect(credits).toContainText('OpenStreetMap');
  await expect(credits).toContainText('Mapzen Terrain Tiles');
  // Each resource from its own server: the style's font from its glyph server, ours from the app.
  expect(servers.requests).toContain('tiles.openfreemap.org/styles/positron');
  expect(servers.requests.some((r) => r.startsWith('tiles.openfreemap.org/fonts/Noto Sans Regular/'))).toBe(true);
  expect(
    servers.requests.some((r) => /^s3\.amazonaws\.com\/elevation-tiles-prod\/terrarium\/\d+\/\d+\/\d+\.png$/.test(r)),
  ).toBe(true);
  expect(servers.requests.some((r) => r.includes('NotoSans-Regular'))).toBe(false);
  // Not part of a link.
  expect(explorer.page.url()).not.toMatch(/online|detail/i);

  // A dark page gets the style's dark counterpart.
  await explorer.page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => servers.requests.includes('tiles.openfreemap.org/styles/dark')).toBe(true);
  await expect(explorer.page.locator('.online-toggle')).toHaveAttribute('data-state', 'on');

  // Kept in this browser: the next page opens with it, without a click (this one closes: one map at a time).
  await explorer.page.close();
  const next = new Explorer(await context.newPage());
  await next.open('/?place=torkham');
  await expect(next.page.locator('.online-toggle')).toHaveAttribute('data-state', 'on');
  await next.mapIdle();
  // Off again: the style leaves, ours come back, and nothing more is asked of the servers.
  await switchOf(next).click();
  await expect(switchOf(next)).toHaveAttribute('aria-checked', 'false');
  await next.mapIdle();
  expect((await layerIds(next)).filter((id) => id.startsWith('online:'))).toEqual([]);
  const asked = servers.requests.length;
  await next.page.evaluate(() => window.__mapTest!.jumpTo([70.5, 34.4], 9));
  await next.mapIdle();
  expect(servers.requests.length).toBe(asked);
});

test('a detailed map that cannot be reached leaves the map as it was, and says so', async ({
  explorer,
  context,
  guard,
}) => {
  // What an outage looks like from the page: failed requests, and the map's own warning on a tile.
  guard.allow.push(
    /request failed: https:\/\/tiles\.openfreemap\.org\//,
    /Failed to load resource/,
    /console warning: map:/,
  );
  const servers = await serveOnlineMap(context);
  servers.fail = { style: true };
  await explorer.open('/?place=chaman');
  await explorer.mapIdle();
  const before = await layerIds(explorer);
  await switchOf(explorer).click();
  await expect(explorer.notices).toContainText('The detailed map could not be reached');
  await expect(switchOf(explorer)).toHaveAttribute('aria-checked', 'false');
  await explorer.mapIdle();
  expect(await layerIds(explorer)).toEqual(before);
  expect(await explorer.page.evaluate(() => window.__mapTest!.rendered(['durand-line']).length)).toBeGreaterThan(0);

  // The style comes, its tiles do not: the style stays, and the reader is told part of it is missing.
  servers.fail = { tiles: true };
  await explorer.notices.getByRole('button', { name: 'Try again' }).click();
  await expect(explorer.page.locator('.online-toggle')).toHaveAttribute('data-state', 'on');
  await explorer.mapIdle();
  await expect(explorer.notices).toContainText('Part of the detailed map could not be loaded');
  await expect(explorer.notices).not.toContainText('could not be reached');
});
