import AxeBuilder from '@axe-core/playwright';
import { PALETTES } from '../src/map/layers.ts';
import { expect, test, type Page } from './fixtures.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const [size, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 375, height: 667 }],
] as const) {
  test.describe(`axe at ${size} size`, () => {
    test.use({ viewport });

    // Checks of one page's state share that page: each step audits the state the
    // separate tests had (the same address, the map idle), then moves on.
    test('nothing selected, the place list filtered, then a correction in progress: the menu on a mention, then the place search', async ({
      explorer,
      page,
    }) => {
      await explorer.open('/');
      await explorer.mapIdle();
      await test.step('nothing selected', async () => {
        expect(await axe(page)).toEqual([]);
      });
      await test.step('the place list filtered', async () => {
        await explorer.placesButton.click();
        await explorer.placeFilter.fill('ch');
        await explorer.mapIdle();
        expect(await axe(page)).toEqual([]);
        await explorer.placesButton.click();
        await expect(explorer.placeFilter).toBeHidden();
      });
      await test.step('the correction menu on a mention', async () => {
        await explorer.correctMention('chaman', 20);
        expect(await axe(page)).toEqual([]);
      });
      await test.step('the place search', async () => {
        await explorer.correctionMenu.getByRole('menuitem', { name: 'A different place…' }).click();
        await expect(explorer.placeSearch.getByRole('combobox')).toBeVisible();
        expect(await axe(page)).toEqual([]);
      });
    });

    test('a crossing selected with a passage focused', async ({ explorer, page }) => {
      await explorer.open('/?place=torkham&passage=20');
      await expect(explorer.panelTitle).toHaveText('Torkham');
      await explorer.mapIdle();
      expect(await axe(page)).toEqual([]);
    });

    test('a province selected, then the map’s key open', async ({ explorer, page }) => {
      await explorer.open('/?place=kunar');
      await explorer.mapIdle();
      if (size === 'desktop')
        await test.step('landmarks: banner, main article, map region, complementary panel', async () => {
          await expect(page.getByRole('banner')).toBeVisible();
          await expect(page.getByRole('main')).toBeVisible();
          await expect(page.getByRole('region', { name: 'Map of the places in the article' })).toBeVisible();
          await expect(page.getByRole('complementary', { name: 'Kunar' })).toBeVisible();
        });
      await test.step('a province selected', async () => {
        expect(await axe(page)).toEqual([]);
      });
      await test.step('the map’s key open', async () => {
        await explorer.legendButton.click();
        await expect(explorer.legendEntry('border')).toBeVisible();
        expect(await axe(page)).toEqual([]);
      });
    });
  });
}

test('axe: the "Open an article" dialog, and a reader\'s article open', async ({ explorer, page }) => {
  await explorer.open('/');
  await explorer.startOpening();
  expect(await axe(page)).toEqual([]);
  await explorer.pasteArticle('Trade at Torkham\n\nSource: Desk\n\nLorries reached Peshawar.');
  await expect(explorer.article.locator('h1')).toHaveText('Trade at Torkham');
  await explorer.mapIdle();
  expect(await axe(page)).toEqual([]);
});

test('a skip link leads to the article; a selection is announced politely and focus moves to the panel heading', async ({
  explorer,
  page,
}) => {
  await explorer.open('/');
  await test.step('the skip link', async () => {
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the article' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(explorer.article).toBeFocused();
    // An in-page link: the address keeps no fragment of it (the fragment is the map view's).
    expect(new URL(page.url()).hash).not.toBe('#article');
  });
  await test.step('a selection from the article', async () => {
    await explorer.mention('torkham', 20).click();
    await expect(page.getByTestId('announcer')).toHaveText('Torkham, border crossing, 1 passage');
    await expect(explorer.panelTitle).toBeFocused();
  });
});

for (const viewport of [
  { width: 375, height: 667 },
  { width: 390, height: 844 },
])
  test.describe(`on a ${viewport.width}×${viewport.height} phone`, () => {
    test.use({ viewport, hasTouch: true, isMobile: true });
    test('no sideways scrolling; the panel is a dismissable bottom sheet', async ({ explorer, page }) => {
      await explorer.open('/');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await explorer.mention('spin-boldak', 20).tap();
      await expect(explorer.panelTitle).toHaveText('Spin Boldak');
      const box = (await explorer.panel.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(viewport.width - 5);
      expect(box.y + box.height).toBeGreaterThanOrEqual(viewport.height - 7);
      const close = explorer.panel.getByRole('button', { name: 'Close the place panel' });
      const cbox = (await close.boundingBox())!;
      expect(cbox.width).toBeGreaterThanOrEqual(44);
      expect(cbox.height).toBeGreaterThanOrEqual(44);
      await close.tap();
      await expect(explorer.panel).toHaveCount(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    });
  });

test.describe('in a dark room (prefers-color-scheme: dark)', () => {
  test.use({ colorScheme: 'dark' });

  test('axe: the place list filtered on a phone', async ({ explorer, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await explorer.open('/?place=kunar');
    await explorer.placesButton.click();
    await explorer.placeFilter.fill('ch');
    await explorer.mapIdle();
    expect(await axe(page)).toEqual([]);
  });

  test('axe: a crossing selected with a passage focused; the page and the map are dark, and follow a change of scheme keeping the selection', async ({
    explorer,
    page,
  }) => {
    const water = () => page.evaluate(() => window.__mapTest!.paint('background', 'background-color'));
    const pageBackground = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await explorer.open('/?place=torkham&passage=20');
    await expect(explorer.panelTitle).toHaveText('Torkham');
    await explorer.mapIdle();
    await test.step('axe', async () => {
      expect(await axe(page)).toEqual([]);
    });
    expect(await water()).toBe(PALETTES.dark.water);
    expect(await pageBackground()).toBe('rgb(22, 21, 20)');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(water).toBe(PALETTES.light.water);
    expect(await pageBackground()).toBe('rgb(251, 250, 247)');
    await explorer.mapIdle();
    expect(await explorer.featureState('torkham')).toMatchObject({ selected: true });
    await expect(explorer.panelTitle).toHaveText('Torkham');
  });
});
