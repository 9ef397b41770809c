// Correcting the machine: a mention that is not a place, one that is another
// place, words it missed, and a place the gazetteer lacks; kept with the
// article, undone, and carried by the article bundle.
import { expect, test, withoutMap } from './fixtures.ts';

test('a mention is not a place: gone at once, kept over a reload, undone with the button and with Ctrl+Z', async ({
  explorer,
  page,
}) => {
  await explorer.open('/');
  await explorer.mapIdle();
  await explorer.correctMention('chaman', 20);
  await explorer.correctionMenu.getByRole('menuitem', { name: 'Not a place' }).click();
  await expect(explorer.page.locator('#passage-20 a.mention[data-place="chaman"]')).toHaveCount(0);
  await expect(explorer.undoBar).toContainText('“Chaman” is not a place in passage 20.');
  // Only that mention: the passage's other places are still linked.
  await expect(explorer.mention('spin-boldak', 20)).toBeVisible();

  await page.reload();
  await explorer.mapIdle();
  await expect(explorer.page.locator('#passage-20 a.mention[data-place="chaman"]')).toHaveCount(0);

  // A new correction, then Undo by button and by keyboard (focus not in a text field).
  await explorer.correctMention('torkham', 20);
  await explorer.correctionMenu.getByRole('menuitem', { name: 'Not a place' }).click();
  await expect(explorer.page.locator('#passage-20 a.mention[data-place="torkham"]')).toHaveCount(0);
  await explorer.undoBar.getByRole('button', { name: 'Undo' }).click();
  await expect(explorer.mention('torkham', 20)).toBeVisible();
  await explorer.article.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(explorer.mention('chaman', 20)).toBeVisible();
});

test('words the finder missed are marked as a new place at typed coordinates, on the map and in the bundle', async ({
  explorer,
  page,
  fresh,
}) => {
  await explorer.open('/');
  await explorer.pasteArticle('Ghulam Khan reopens\n\nTrucks crossed at Ghulam Khan and at Torkham on Monday.');
  await expect(explorer.mention('torkham', 2)).toBeVisible();
  await explorer.mapIdle();
  await explorer.selectWords(2, 'Ghulam Khan');
  await page.getByTestId('mark-place').click();
  await expect(explorer.placeSearch.getByRole('heading')).toHaveText('Mark “Ghulam Khan” as a place');
  await explorer.placeSearch.getByLabel('Search the places').fill('Zzzz');
  await expect(explorer.placeSearch).toContainText('No place of that name');
  await explorer.placeSearch.getByLabel('Latitude, longitude').fill('33.2, 70.1');
  await explorer.placeSearch.getByRole('button', { name: 'Add the place' }).click();
  const added = page.locator('#passage-2 a.mention[data-place^="user-"]');
  await expect(added).toHaveText('Ghulam Khan');
  const id = (await added.getAttribute('data-place'))!;
  expect(id).toMatch(/^user-[0-9a-f]{8}$/);
  await added.click();
  await expect(explorer.panelTitle).toHaveText('Ghulam Khan');
  await expect.poll(() => explorer.featureState(id)).toMatchObject({ selected: true });

  // The bundle carries the correction and the place to a fresh browser.
  const { name, body } = await explorer.exportFile('Article bundle (JSON)');
  const bundle = JSON.parse(body.toString('utf8'));
  expect(bundle.userPlaces).toEqual([{ id, name: 'Ghulam Khan', point: [70.1, 33.2] }]);
  expect(bundle.corrections).toEqual([{ passage: 2, words: 'Ghulam Khan', occurrence: 1, placeId: id }]);
  const { explorer: other } = await fresh({ map: false });
  await other.open('/');
  await other.chooseFile(name, body, 'application/json');
  await expect(other.page.locator(`#passage-2 a.mention[data-place="${id}"]`)).toHaveText('Ghulam Khan');
});

test('a new place’s point is picked by clicking the map, and the place is drawn there', async ({ explorer, page }) => {
  await explorer.open('/');
  await explorer.pasteArticle('Angoor Adda shut\n\nThe gate at Angoor Adda and the one at Torkham were shut.');
  await expect(explorer.mention('torkham', 2)).toBeVisible();
  await explorer.mapIdle();
  await explorer.selectWords(2, 'Angoor Adda');
  await page.getByTestId('mark-place').click();
  await explorer.placeSearch.getByRole('button', { name: 'Pick the point on the map' }).click();
  await expect(explorer.placeSearch).toBeHidden();
  await expect(page.getByTestId('correction.picking')).toContainText('Click the map where “Angoor Adda” is.');
  const spot = await explorer.pagePoint([69.6, 32.6]);
  await page.mouse.click(spot.x, spot.y);
  // Back in the search, the point filled in, the name kept; no place was selected by the click.
  await expect(explorer.placeSearch).toBeVisible();
  const typed = await explorer.placeSearch.getByLabel('Latitude, longitude').inputValue();
  const [lat, lon] = typed.split(',').map(Number);
  expect(Math.abs(lat! - 32.6)).toBeLessThan(0.05);
  expect(Math.abs(lon! - 69.6)).toBeLessThan(0.05);
  await expect(explorer.panel).toBeHidden();
  await explorer.placeSearch.getByRole('button', { name: 'Add the place' }).click();
  const added = page.locator('#passage-2 a.mention[data-place^="user-"]');
  await expect(added).toHaveText('Angoor Adda');
  const id = (await added.getAttribute('data-place'))!;
  await explorer.mapIdle();
  await expect.poll(() => page.evaluate(() => window.__mapTest!.sourceFeatureCount('places'))).toBeGreaterThan(0);
  await expect.poll(() => page.evaluate((x) => window.__mapTest!.rendered().includes(x), id)).toBe(true);
});

test('a link to a place the reader added to the default article opens it here, and elsewhere says where it came from', async ({
  explorer,
  page,
  fresh,
}) => {
  await explorer.open('/');
  await explorer.mapIdle();
  await explorer.selectWords(11, 'Afghan jails');
  await page.getByTestId('mark-place').click();
  await explorer.placeSearch.getByLabel('Name', { exact: true }).fill('Pul-e-Charkhi prison');
  await explorer.placeSearch.getByLabel('Latitude, longitude').fill('34.55, 69.33');
  await explorer.placeSearch.getByRole('button', { name: 'Add the place' }).click();
  const added = page.locator('#passage-11 a.mention[data-place^="user-"]');
  await added.click();
  await expect(explorer.panelTitle).toHaveText('Pul-e-Charkhi prison');
  const link = page.url();
  expect(link).toMatch(/\?place=user-[0-9a-f]{8}&passage=11/);

  await page.goto(link);
  await expect(explorer.panelTitle).toHaveText('Pul-e-Charkhi prison');

  const { explorer: other } = await fresh({ map: false });
  await other.open(link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(other.notices).toContainText('a place its sender added');
  await expect(other.panel).toBeHidden();
});

// These need no map: their pages run without WebGL (fixtures.ts, withoutMap).
test.describe('without the map', () => {
  withoutMap();

  test('a different place, for every mention of the same words, chosen from the gazetteer by keyboard', async ({
    explorer,
    page,
  }) => {
    await explorer.open('/');
    await explorer.correctMention('kunar', 6);
    await explorer.correctionMenu.getByRole('menuitemcheckbox', { name: /Every “Kunar”/ }).click();
    await explorer.correctionMenu.getByRole('menuitem', { name: 'A different place…' }).click();
    await expect(explorer.placeSearch).toBeVisible();
    await expect(explorer.placeSearch.getByRole('heading')).toHaveText('Which place is “Kunar”?');
    const input = explorer.placeSearch.getByRole('combobox');
    await input.fill('Asadab');
    // Two places have the name: the list says which is which.
    const options = explorer.placeSearch.getByRole('option');
    await expect(options.filter({ hasText: 'Asadabad' })).toHaveCount(2);
    const kinds = await options.evaluateAll((os) => os.map((o) => o.textContent));
    const town = kinds.findIndex((k) => /^Asadabadtown · Afghanistan$/.test(k ?? ''));
    expect(town).toBeGreaterThanOrEqual(0);
    await explorer.placeSearch.getByRole('checkbox', { name: /Every “Kunar”/ }).check();
    await input.focus();
    for (let i = 0; i < town; i++) await input.press('ArrowDown');
    await expect(options.nth(town)).toHaveAttribute('aria-selected', 'true');
    await input.press('Enter');
    await expect(explorer.placeSearch).toBeHidden();
    await expect(page.locator('a.mention[data-place="kunar"]')).toHaveCount(0);
    const asadabad = explorer.mention('asadabad', 6);
    await expect(asadabad).toHaveText('Kunar');
    // Corrected mentions look like found ones; the panel says who corrected them.
    await asadabad.click();
    await expect(explorer.panelTitle).toHaveText('Asadabad');
    await expect(explorer.panel.getByTestId('panel.place.corrected').first()).toHaveText('Corrected by you');
  });

  test('correcting the selected place’s mention moves the selection to the place chosen', async ({ explorer }) => {
    await explorer.open('/?place=kunar&passage=6');
    await expect(explorer.panelTitle).toHaveText('Kunar');
    await explorer.panel.getByRole('button', { name: 'Wrong place?' }).click();
    await explorer.correctionMenu.getByRole('menuitem', { name: 'A different place…' }).click();
    await explorer.placeSearch.getByRole('combobox').fill('Nangarhar');
    await explorer.placeSearch.getByRole('option').filter({ hasText: 'province' }).first().click();
    await expect(explorer.panelTitle).toHaveText('Nangarhar');
    await expect(explorer.page).toHaveURL(/\?place=nangarhar&passage=6/);
  });

  test('a correction whose place a newer gazetteer no longer has is skipped and named', async ({ explorer, fresh }) => {
    await explorer.open('/');
    await explorer.pasteArticle('Torkham reopens\n\nTrucks crossed at Torkham on Monday.');
    await expect(explorer.mention('torkham', 2)).toBeVisible();
    const { name, body } = await explorer.exportFile('Article bundle (JSON)');
    const bundle = JSON.parse(body.toString('utf8'));
    bundle.corrections = [{ passage: 2, words: 'Torkham', occurrence: 1, placeId: 'a-place-since-removed' }];
    const { explorer: other } = await fresh();
    await other.open('/');
    await other.chooseFile(name, JSON.stringify(bundle), 'application/json');
    await expect(other.notices).toContainText(
      'One of your corrections no longer applies: “Torkham” (passage 2): its place is gone from the list of places.',
    );
    // The finder's own mention stands.
    await expect(other.mention('torkham', 2)).toBeVisible();
  });

  test('Escape closes the innermost first: the menu, then the search, then the selection', async ({
    explorer,
    page,
  }) => {
    await explorer.open('/?place=torkham&passage=20');
    await expect(explorer.panelTitle).toHaveText('Torkham');
    await explorer.correctMention('chaman', 20);
    await page.keyboard.press('Escape');
    await expect(explorer.correctionMenu).toBeHidden();
    await expect(explorer.panelTitle).toHaveText('Torkham');
    await explorer.panel.getByRole('button', { name: 'Wrong place?' }).click();
    await explorer.correctionMenu.getByRole('menuitem', { name: 'A different place…' }).click();
    await expect(explorer.placeSearch).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(explorer.placeSearch).toBeHidden();
    await expect(explorer.panelTitle).toHaveText('Torkham');
    await page.keyboard.press('Escape');
    await expect(explorer.panel).toBeHidden();
  });
});
