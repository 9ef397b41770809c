// Any article on the map: its places drawn on the same map, and its link in a
// fresh browser applying once the text is given.
import { expect, test } from './fixtures.ts';
import { STORY } from './stories.ts';

test('a pasted article opens with its places linked, on the same map, and its own link', async ({ explorer, page }) => {
  await explorer.open('/');
  await explorer.mapIdle();
  const mapsBefore = await page.evaluate(() => document.querySelectorAll('canvas.maplibregl-canvas').length);
  await explorer.pasteArticle(STORY);
  await expect(explorer.openDialog).toBeHidden();
  await expect(explorer.article.locator('h1')).toHaveText('Trade resumes at Torkham');
  await expect(explorer.article.locator('.source-line')).toHaveText('Source: Test Desk');
  await expect(page).toHaveURL(/\?article=[0-9a-f]{12}(#|$)/);
  const id = new URL(page.url()).searchParams.get('article')!;
  // Passages numbered from 1, mentions linked as the seed's are.
  const chaman = explorer.mention('chaman', 4);
  await expect(chaman).toHaveAttribute('href', `?article=${id}&place=chaman&passage=4`);
  await expect(explorer.passage(2)).toContainText('Lorries crossed');
  // The list holds the places it names, with their counts.
  // Peshawar and Jalalabad come from the regional gazetteer.
  await expect(explorer.placesButton).toHaveText('Places (7)');
  await explorer.placesButton.click();
  await expect(explorer.placeItem('chaman').locator('.n')).toHaveText('2');
  // Kunar is on the map, not in the article: listed apart, with no passage.
  const others = page.getByRole('region', { name: 'On the map, not in the article' });
  await expect(others.locator('[data-place="kunar"] .n')).toHaveText('0');
  await expect(page.getByRole('region', { name: 'Border towns' }).locator('[data-place="kunar"]')).toHaveCount(0);
  await explorer.placesButton.click();
  await chaman.click();
  await expect(explorer.panelTitle).toHaveText('Chaman');
  expect(await explorer.panelPassageNumbers()).toEqual([3, 4]);
  await expect(page).toHaveURL(new RegExp(`\\?article=${id}&place=chaman&passage=4`));
  await explorer.mapIdle();
  expect(await page.evaluate(() => document.querySelectorAll('canvas.maplibregl-canvas').length)).toBe(mapsBefore);
  // The places it names are styled as the article's: Kunar is not among them.
  const provinceLabels = await explorer.placedLabels('province-label', 'place');
  expect(provinceLabels).not.toContain('kunar');
});

test('an article is kept: reload shows it, and its link in a fresh browser asks for the text, then applies', async ({
  explorer,
  page,
  fresh,
}) => {
  await explorer.open('/');
  await explorer.pasteArticle(STORY);
  await explorer.mention('spin-boldak', 4).click();
  await expect(explorer.panelTitle).toHaveText('Spin Boldak');
  await explorer.mapIdle();
  const link = page.url();
  await page.reload();
  await expect(explorer.article.locator('h1')).toHaveText('Trade resumes at Torkham');
  await expect(explorer.panelTitle).toHaveText('Spin Boldak');

  const { page: there } = await fresh();
  await there.goto(link);
  await expect(there.getByTestId('notices')).toContainText('not in this browser’s library');
  const dialog = there.getByRole('dialog', { name: 'Open an article' });
  await expect(dialog).toBeVisible();
  // Nothing of the link is dropped while it waits.
  expect(there.url()).toBe(link);
  await dialog.getByLabel('Article text').fill(STORY);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(there.getByTestId('panel.place.title')).toHaveText('Spin Boldak');
  await expect(there.locator('#passage-4')).toHaveClass(/is-active/);
  await expect(there.getByTestId('map.canvas')).toHaveAttribute('data-map-state', 'idle');
  const view = new URL(link).hash;
  await expect.poll(() => new URL(there.url()).hash).toBe(view);
});
