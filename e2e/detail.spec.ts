// The map at the scale of a story (issue 30): rivers, towns, passes and ranges
// from the detail archive, read by ranges only where the view needs them.
import { readFileSync } from 'node:fs';
import { preview } from 'vite';
import { expect, test } from './fixtures.ts';
import { Explorer } from './explorer.ts';

const gazetteer = JSON.parse(readFileSync(new URL('../public/geo/gazetteer.json', import.meta.url), 'utf8')) as {
  places: { i: string; x: number; y: number }[];
};
const point = (id: string) => {
  const p = gazetteer.places.find((e) => e.i === id)!;
  return [p.x, p.y] as [number, number];
};

test('the home view reads nothing of the detail; each story’s view draws its rivers, towns and passes', async ({
  explorer,
  context,
}) => {
  const reads: string[] = [];
  context.on('request', (r) => {
    if (r.url().endsWith('/geo/detail.pmtiles')) reads.push(r.headers().range ?? 'whole');
  });
  await explorer.open('/');
  await explorer.mapIdle();
  expect(reads).toEqual([]);

  // Each view in a page of its own (a page left while its idle preloads run would cut them short).
  // Angoor Adda's framed view, in the Waziristan hills, holds no river of the data.
  for (const [place, rivers] of [
    ['torkham', true],
    ['angoor-adda', false],
    ['kunar', true],
  ] as const) {
    const view = await context.newPage();
    await view.goto(`/?place=${place}`);
    await new Explorer(view).mapIdle();
    const count = (layer: string) => view.evaluate((l) => new Set(window.__mapTest!.rendered([l], 'name')).size, layer);
    const water = await view.evaluate(
      () => window.__mapTest!.rendered(['detail-water', 'detail-water-seasonal'], 'kind').length,
    );
    const named =
      (await count('detail-towns-label')) + (await count('detail-labels')) + (await count('detail-river-labels'));
    if (rivers) expect(water, `rivers at ${place}`).toBeGreaterThan(0);
    expect(named, `towns, passes and ranges at ${place}`).toBeGreaterThan(0);
  }
  // Tiles come as byte ranges of the one archive, never the whole of it.
  expect(reads.length).toBeGreaterThan(0);
  expect(reads.every((r) => /^bytes=\d+-\d+$/.test(r))).toBe(true);
});

test('a town of the detail opens its panel, and its link opens it in a fresh page', async ({
  explorer,
  page,
  context,
}) => {
  await explorer.open('/#10/34.02/71.3');
  await explorer.mapIdle();
  await explorer.clickMapAt(point('jamrud'));
  await expect(explorer.panelTitle).toHaveText('Jamrud');
  await expect(explorer.panel).toContainText('The article does not name it');
  await expect(explorer.panel).toContainText(/From the border\s*\d+(\.\d)? km/);
  await expect(explorer.panel).toContainText(/Nearest crossing\s*Torkham, \d+ km/);
  await expect(page).toHaveURL(/\?place=jamrud#/);
  // A link to a place of the regional gazetteer, opened cold (in a page of its own: see above).
  const cold = new Explorer(await context.newPage());
  await cold.open('/?place=jamrud');
  await expect(cold.panelTitle).toHaveText('Jamrud');
  await expect(cold.notices).not.toContainText('No place called');
});

test('the archive is served by ranges', async ({ request }) => {
  const r = await request.get('/geo/detail.pmtiles', { headers: { Range: 'bytes=0-6' } });
  expect(r.status()).toBe(206);
  expect((await r.body()).toString()).toBe('PMTiles');
});

test('vite preview serves the archive by ranges too', async () => {
  const server = await preview({ logLevel: 'silent', preview: { port: 4199, host: '127.0.0.1' } });
  try {
    const base = server.resolvedUrls!.local[0]!;
    const r = await fetch(new URL('geo/detail.pmtiles', base), { headers: { Range: 'bytes=0-6' } });
    expect(r.status).toBe(206);
    expect(await r.text()).toBe('PMTiles');
  } finally {
    await server.close();
  }
});
