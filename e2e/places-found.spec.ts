// Any article's places, found against the regional gazetteer: an evaluation
// text opened by file links its mentions and shows its places on the map.
import { readFileSync } from 'node:fs';
import { expect, test, withoutMap } from './fixtures.ts';

const KURRAM = readFileSync(new URL('../eval/places/texts/wikipedia-kurram.txt', import.meta.url), 'utf8');

test('a real border text opened by file: its districts, towns and rivers link, and show on the map', async ({
  explorer,
  page,
}) => {
  await explorer.open('/');
  await explorer.chooseFile('kurram.txt', KURRAM);
  await expect(explorer.article.locator('h1')).toHaveText('Kurram District');
  for (const id of ['kurram', 'parachinar', 'bannu', 'gardez', 'peiwar-pass', 'kurram-river', 'jalalabad']) {
    await expect(explorer.article.locator(`a[data-place="${id}"]`).first(), id).toBeVisible();
  }
  await explorer.article.locator('a[data-place="parachinar"]').first().click();
  await expect(explorer.panel.getByTestId('panel.place.title')).toHaveText('Parachinar');
  await expect(explorer.panel).toContainText('Town in Kurram district, Khyber Pakhtunkhwa, Pakistan.');
  await expect(explorer.panel).toContainText('GeoNames (CC BY 4.0)');
  await expect(page).toHaveURL(/[?&]place=parachinar/);
  await explorer.mapIdle();
  // Selected, its name is the selection's label, placed above the others.
  await expect.poll(() => explorer.placedLabels('selection-label')).toEqual(['parachinar']);
  // A district says where its point stands.
  await explorer.article.locator('a[data-place="kurram"]').first().click();
  await expect(explorer.panel).toContainText('a point at its headquarters town');
  await explorer.article.locator('a[data-place="jalalabad"]').first().click();
  // Other names, Arabic script among them, shaped by the browser.
  await expect(explorer.panel.getByTestId('panel.place.names')).toContainText('جلال آباد');
});

test('places no gazetteer knows: listed, put where the text says with a mark the key explains, or listed without a point; exported', async ({
  explorer,
  page,
}) => {
  await explorer.open('/');
  await explorer.pasteArticle(
    [
      'Families return to border villages',
      'Families began returning on Monday to Machas village near Miranshah, officials said.',
      'Troops had cleared the villages of Sarogha and Ladha earlier this month.',
      'Machas has no clinic yet. Schools in Bajour Agency reopened.',
    ].join('\n\n'),
  );
  // In the text, linked like any other place, and the same place where named again without its cue.
  await expect(explorer.article.locator('a[data-place="text-machas"]')).toHaveCount(2);
  await explorer.placesButton.click();
  const group = page.getByTestId('place-list').getByRole('region', { name: 'Places the map does not know' });
  await expect(group).toContainText('Machas');
  // Where the text does not say, the list says so before a click does.
  await expect(explorer.placeItem('text-sarogha')).toContainText('not on the map');
  await expect(explorer.placeItem('text-machas')).not.toContainText('not on the map');
  await explorer.placeItem('text-machas').click();
  await expect(explorer.panelTitle).toHaveText('Machas');
  await expect(explorer.panel).toContainText('Place the map does not know · Pakistan');
  await expect(explorer.panel).toContainText('The text puts it near Miranshah');
  await expect(explorer.panel).toContainText('“Machas village”');
  await expect(explorer.panel.getByTestId('panel.place.uncertain')).toContainText('the map does not know this place');
  await expect(page).toHaveURL(/[?&]place=text-machas/);
  // On the map at Miranshah, drawn as a ring (the key's entry), not as a known town's dot.
  await explorer.mapIdle();
  await expect
    .poll(() => page.evaluate(() => window.__mapTest!.rendered(['points-circle'], 'approx')))
    .toContain('true');
  expect(await page.evaluate(() => window.__mapTest!.rendered(['points-circle']))).toContain('text-machas');
  // Joined to Miranshah by a dashed line, and framed with it: put there, not found there.
  expect(await page.evaluate(() => window.__mapTest!.rendered(['approx-legs']))).toContain('text-machas');
  expect(await page.evaluate(() => window.__mapTest!.rendered(['points-circle']))).toContain('miranshah');
  await expect(page.getByTestId('map.not-on-map')).toHaveCount(0);
  await explorer.legendButton.click();
  await expect(explorer.legendEntry('approx-place')).toContainText('Place the map does not know');
  // Nothing says where Sarogha is: listed, without a point.
  await explorer.article.locator('a[data-place="text-sarogha"]').click();
  await expect(explorer.panel).toContainText('the text does not say where it is');
  // The map says so, rather than staying silently on the place chosen before.
  await expect(page.getByTestId('map.not-on-map')).toHaveText(
    'Sarogha is not on the map: the article does not say where it is closely enough to draw it.',
  );
  expect(await page.evaluate(() => window.__mapTest!.rendered(['points-circle']))).not.toContain('text-sarogha');
  // Another spelling of a gazetteer place: that place, saying how the text wrote it.
  await explorer.article.locator('a[data-place="bajaur"]').click();
  await expect(explorer.panel.getByTestId('panel.place.uncertain')).toContainText('written “Bajour Agency”');
  // Exported with the rest.
  const csv = (await explorer.exportFile('Places (CSV)')).body.toString();
  // Its point said to be approximate, and where it was drawn.
  expect(csv).toMatch(
    /"text-machas",.*"approximate: drawn beside Miranshah, where the article puts it; the map does not know this place"/,
  );
  expect(csv).toContain('text-sarogha');
});

test('a neighbour’s division the article names is drawn whole, framed by its bounds', async ({ explorer, page }) => {
  const shapes: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/geo/neighbours.topo.json')) shapes.push(r.url());
  });
  await explorer.open('/');
  await explorer.mapIdle();
  expect(shapes).toEqual([]); // the seed names none: nothing fetched
  await explorer.pasteArticle('Refugees in Xinjiang\n\nTraders crossed from Gilgit-Baltistan into China’s Xinjiang.');
  await explorer.article.locator('a[data-place="xinjiang"]').last().click();
  await expect(explorer.panelTitle).toHaveText('Xinjiang');
  await explorer.mapIdle();
  await expect.poll(() => page.evaluate(() => window.__mapTest!.rendered(['province-fill']))).toContain('xinjiang');
  expect(shapes).toHaveLength(1);
});

// These need no map: their pages run without WebGL (fixtures.ts, withoutMap).
test.describe('without the map', () => {
  withoutMap();

  test('a name that fits two places is linked to the best guess and marked uncertain', async ({ explorer }) => {
    await explorer.open('/');
    await explorer.pasteArticle('Clashes near Kandahar\n\nFighting was reported in Kandahar on Monday.');
    await explorer.article.locator('a[data-place="kandahar-city"]').first().click();
    await expect(explorer.panel.getByTestId('panel.place.uncertain')).toBeVisible();
    await explorer.pasteArticle('Kandahar province\n\nThe governor of Kandahar spoke in Kandahar province on Monday.');
    await explorer.article.locator('a[data-place="kandahar"]').first().click();
    await expect(explorer.panel.getByTestId('panel.place.uncertain')).toHaveCount(0);
  });

  test('a gazetteer that fails to load: a clear message, the text kept, and Open again works', async ({
    explorer,
    page,
    guard,
  }) => {
    guard.allow.push(/gazetteer\.json|status of 503/);
    await explorer.open('/');
    await page.route('**/geo/gazetteer.json', (route) => route.fulfill({ status: 503, body: '' }));
    await explorer.pasteArticle('Trade at Ghulam Khan\n\nLorries crossed at Ghulam Khan.');
    await expect(explorer.openDialog.getByRole('alert')).toContainText('could not be loaded: the server answered 503');
    expect(await explorer.articleId()).toBe('default');
    await expect(explorer.openDialog.getByLabel('Article text')).toHaveValue(/Lorries crossed at Ghulam Khan/);
    await page.unroute('**/geo/gazetteer.json');
    await explorer.openDialog.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(explorer.article.locator('h1')).toHaveText('Trade at Ghulam Khan');
    await expect(explorer.article.locator('a[data-place="ghulam-khan"]')).toHaveCount(2);
  });
});

test.describe('how a place no gazetteer knows was found, as the panel tells it', () => {
  withoutMap();

  test('a route, where a place lies, a list set out a line each, and a whole the map knows in parts', async ({
    explorer,
  }) => {
    await explorer.open('/');
    await explorer.pasteArticle(
      [
        'Jeeps to the high valleys',
        'Shared jeeps run from Chitral to Mastuj every morning, and on to the Kalash valleys via Ayun.',
        'Ayun lies on the Chitral river. Mastuj has a fort.',
        'The district has six tehsils:',
        'Barawal 3',
        'Chapar 3',
        'Dir 13',
        'Waziristan was quiet all week.',
      ].join('\n\n'),
    );
    // Named again where the text repeats it without its cue.
    await expect(explorer.article.locator('a[data-place="text-mastuj"]')).toHaveCount(2);
    await explorer.article.locator('a[data-place="text-mastuj"]').first().click();
    await expect(explorer.panelTitle).toHaveText('Mastuj');
    // "From Chitral to Mastuj" does not put Mastuj in Chitral district: the panel does not say it does.
    await expect(explorer.panel).toContainText(
      'The text names it in one sentence with Chitral district; the map shows it beside Chitral, approximately.',
    );
    await expect(explorer.panel).toContainText('named on a route or beside a place');
    await explorer.article.locator('a[data-place="text-ayun"]').first().click();
    await expect(explorer.panel).toContainText('named on a route or beside a place');
    await explorer.article.locator('a[data-place="text-chapar"]').click();
    await expect(explorer.panel).toContainText('listed one per line with places the map knows');
    await explorer.article.locator('a[data-place="text-waziristan"]').click();
    await expect(explorer.panel).toContainText('The map knows this place only in parts');
    await expect(explorer.panel.getByTestId('panel.place.uncertain')).toContainText(
      'the map knows this place only in parts',
    );
  });
});
