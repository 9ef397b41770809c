// Export: the article's places to a GIS (GeoJSON) and a spreadsheet (CSV), the
// article bundle into a fresh browser, the whole library (the map as a picture: export-picture.spec.ts).
import { check } from '@placemarkio/check-geojson';
import { booleanClockwise } from '@turf/turf';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { expect, test, withoutMap } from './fixtures.ts';

// Exports of the article and the library need no map (export-picture.spec.ts has the map's picture).
withoutMap();

const rings = (g: Geometry): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];

test('the Export menu works from the keyboard, and Escape returns to its button', async ({ explorer, page }) => {
  await explorer.open('/');
  await explorer.exportButton.focus();
  await page.keyboard.press('Enter');
  await expect(explorer.exportMenu).toBeVisible();
  await expect(explorer.exportButton).toHaveAttribute('aria-expanded', 'true');
  const items = explorer.exportMenu.getByRole('menuitem');
  await expect(items).toHaveCount(6);
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(explorer.exportMenu).toBeHidden();
  await expect(explorer.exportButton).toBeFocused();
  await expect(explorer.exportButton).toHaveAttribute('aria-expanded', 'false');
});

test('places as GeoJSON: valid, right-hand rule, one feature per place with its mentions', async ({ explorer }) => {
  await explorer.open('/');
  const { name, body } = await explorer.exportFile('Places (GeoJSON)');
  expect(name).toMatch(/^islamabad-and-kabul-in-a-diplomatic-tug-of-war-last-ditch-[0-9a-f]{12}-places\.geojson$/);
  const text = body.toString('utf8');
  expect(() => check(text)).not.toThrow();
  const fc = JSON.parse(text) as FeatureCollection;
  expect(fc.features.length).toBeGreaterThan(20);
  const torkham = fc.features.find((f) => f.id === 'torkham')!;
  expect(torkham.geometry.type).toBe('Point');
  const [lon, lat] = (torkham.geometry as { coordinates: number[] }).coordinates;
  expect([lon!.toFixed(2), lat!.toFixed(2)]).toEqual(['71.08', '34.11']);
  // The Durand Line as a line, a province as its polygon.
  expect(fc.features.find((f) => f.id === 'durand-line')!.geometry.type).toMatch(/LineString$/);
  expect(fc.features.find((f) => f.id === 'kunar')!.geometry.type).toMatch(/Polygon$/);
  expect(torkham.properties).toMatchObject({ name: 'Torkham', kind: 'crossing', country: 'PK', corrected: false });
  expect(torkham.properties!.mentions[0]).toEqual({ passage: 20, text: 'Torkham', corrected: false });
  const wrong = fc.features.flatMap((f) =>
    rings(f.geometry).flatMap((poly) => poly.filter((ring, i) => booleanClockwise(ring) !== i > 0).map(() => f.id)),
  );
  expect(wrong).toEqual([]);
});

test('places as CSV: a byte order mark, a row per mention, formulas neutralised, numbers bare', async ({
  explorer,
}) => {
  await explorer.open('/');
  await explorer.pasteArticle('Head\n\n=HYPERLINK("x") at Torkham\n\n@Chaman closed; -Kabul talks.');
  await expect(explorer.mention('torkham', 2)).toBeVisible();
  const { name, body } = await explorer.exportFile('Places (CSV)');
  expect(name).toMatch(/-[0-9a-f]{12}-places\.csv$/);
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = body.toString('utf8').slice(1).trim().split('\r\n');
  expect(lines[0]).toBe(
    '"place_id","name","kind","country","geonames_id","passage","mention","longitude","latitude","uncertain","corrected","position"',
  );
  const torkham = lines.find((l) => l.startsWith('"torkham"'))!;
  expect(torkham).toMatch(/^"torkham","Torkham","crossing","PK",\d*,2,"Torkham",71\.085,34\.115,false,false,$/);
  // The title is not a mention cell; the file holds no cell a spreadsheet would run.
  expect(lines.slice(1).every((l) => !/(^|,)"?[=+@-]/.test(l.replace(/,-?\d+(\.\d+)?/g, ',0')))).toBe(true);
});

test('an article bundle opens in a fresh browser with its title, source and id', async ({ explorer, fresh }) => {
  await explorer.open('/');
  await explorer.pasteArticle('Reopened at Torkham\n\nTrucks crossed at Torkham and Chaman on Monday.');
  await expect(explorer.mention('torkham', 2)).toBeVisible();
  const id = await explorer.articleId();
  await explorer.article.getByRole('button', { name: 'Edit title, source and date' }).click();
  await explorer.article.getByLabel('Source', { exact: true }).fill('Wikinews');
  await explorer.article.getByRole('button', { name: 'Save' }).click();
  const { name, body } = await explorer.exportFile('Article bundle (JSON)');
  expect(name).toBe(`reopened-at-torkham-${id}-article.json`);
  const bundle = JSON.parse(body.toString('utf8'));
  expect(bundle).toMatchObject({ format: 'border-explorer/article@1', id, source: 'Wikinews', corrections: [] });

  const { explorer: other } = await fresh();
  await other.open('/');
  await other.chooseFile(name, body, 'application/json');
  await expect(other.mention('chaman', 2)).toBeVisible();
  expect(await other.articleId()).toBe(id);
  await expect(other.article.locator('.source-line')).toHaveText('Source: Wikinews');

  // Once more, after the reader there changed the source: they choose.
  await other.article.getByRole('button', { name: 'Edit title, source and date' }).click();
  await other.article.getByLabel('Source', { exact: true }).fill('Mine');
  await other.article.getByRole('button', { name: 'Save' }).click();
  await other.chooseFile(name, body, 'application/json');
  await expect(other.openDialog.getByRole('group')).toContainText('already in your library');
  await other.openDialog.getByRole('button', { name: 'Keep mine' }).click();
  await expect(other.openDialog).toBeHidden();
  await expect(other.article.locator('.source-line')).toHaveText('Source: Mine');
});

test('a bundle that was changed, or of another version, is refused and the library is unchanged', async ({
  explorer,
}) => {
  await explorer.open('/');
  const { name, body } = await explorer.exportFile('Article bundle (JSON)');
  const bundle = JSON.parse(body.toString('utf8'));
  await explorer.chooseFile(name, JSON.stringify({ ...bundle, text: `${bundle.text} More.` }), 'application/json');
  await expect(explorer.openDialog.getByRole('alert')).toHaveText(
    `“${name}” has been changed: its text does not match its id.`,
  );
  await explorer.chooseFile(
    'v2.json',
    JSON.stringify({ ...bundle, format: 'border-explorer/article@2' }),
    'application/json',
  );
  await expect(explorer.openDialog.getByRole('alert')).toContainText('a bundle of another version');
  await expect(explorer.openDialog.getByTestId('library.list').locator('li')).toHaveCount(1);
  expect(await explorer.articleId()).toBe('default');
});

test('the whole library goes to a new browser, and importing asks before it replaces', async ({ explorer, fresh }) => {
  await explorer.open('/');
  await explorer.pasteArticle('One at Torkham\n\nTrucks at Torkham.');
  await expect(explorer.mention('torkham', 2)).toBeVisible();
  await explorer.pasteArticle('Two at Chaman\n\nTrucks at Chaman.');
  await expect(explorer.mention('chaman', 2)).toBeVisible();
  const { name, body } = await explorer.exportFile('Whole library (JSON)');
  expect(name).toMatch(/^border-explorer-library-\d{4}-\d\d-\d\d\.json$/);

  const { explorer: other } = await fresh();
  await other.open('/');
  await other.chooseFile(name, body, 'application/json');
  await expect(other.openDialog.getByRole('status').filter({ hasText: 'Added' })).toHaveText(
    'Added 2 articles to your library.',
  );
  await expect(other.openDialog.getByTestId('library.list').locator('li')).toHaveCount(3);
  await expect(other.openDialog.getByTestId('library.list')).toContainText('not opened here yet');
  await other.chooseFile(name, body, 'application/json');
  await expect(other.openDialog.getByRole('status').filter({ hasText: 'Added' })).toHaveText(
    'Added 0 articles to your library; 2 already there as they are.',
  );
});
