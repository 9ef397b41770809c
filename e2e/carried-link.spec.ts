// A link that carries its article (issue 29): sent from one browser, opened in
// another that has never seen the text; cut short or tampered with on the way.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test, withoutWebGl } from './fixtures.ts';
import { Explorer } from './explorer.ts';

const NAME = 'voa-torkham-closure.txt';
const TEXT = readFileSync(new URL(`../eval/places/texts/${NAME}`, import.meta.url), 'utf8');
const TITLE = TEXT.split('\n')[0]!;

/** A fresh browser: an empty library, its own page, the clipboard allowed; a map unless `map` is false. */
async function freshBrowser(
  browser: Browser,
  { map = true } = {},
): Promise<{ context: BrowserContext; page: Page; explorer: Explorer }> {
  const { baseURL } = test.info().project.use;
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  if (!map) await withoutWebGl(context);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  return { context, page, explorer: new Explorer(page) };
}

/** What the library of a page holds, by title (the default article aside). */
async function libraryTitles(explorer: Explorer): Promise<string[]> {
  await explorer.startOpening();
  const items = explorer.openDialog.getByTestId('library.list').getByRole('listitem');
  // The list has loaded once it shows the default article, which is always there.
  await expect(items.filter({ hasText: 'Default article' })).toHaveCount(1);
  const titles = await items.allTextContents();
  await explorer.openDialog.getByRole('button', { name: 'Close', exact: true }).click();
  return titles;
}

/** The sender: a text from a file, a correction, a place and passage chosen, the link with the article copied. */
async function sendersLink(browser: Browser): Promise<string> {
  const { context, page, explorer } = await freshBrowser(browser);
  await explorer.open('/');
  await explorer.chooseFile(NAME, TEXT);
  await expect(explorer.article.locator('h1')).toHaveText(TITLE);
  // The default article's links never carry it; a reader's own article offers it.
  await explorer.correctMention('afghanistan', 2);
  await explorer.correctionMenu.getByRole('menuitem', { name: 'Not a place' }).click();
  await expect(explorer.passage(2).locator('a.mention[data-place="afghanistan"]')).toHaveCount(0);
  await explorer.mention('torkham', 4).click();
  await expect(explorer.panel.getByTestId('panel.place.title')).toHaveText('Torkham');
  await explorer.mapIdle();
  const carry = page.getByRole('button', { name: 'Copy link with the article' });
  await explorer.panel.locator(carry).click();
  await expect(explorer.panel.locator('.copy-link', { has: carry }).getByRole('status')).toHaveText(
    /^Link with the article copied: [\d,]+ characters\. Short enough for email, Outlook and X\.$/,
  );
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await context.close();
  return link;
}

test.describe('a link that carries its article', () => {
  // One worker: the sender's link is made once.
  test.describe.configure({ mode: 'serial' });
  let link = '';
  test.beforeAll(async ({ browser }) => {
    link = await sendersLink(browser);
  });

  test('opens in a browser that never saw the text: article, place, passage, view and correction', async ({
    browser,
  }) => {
    const url = new URL(link);
    expect(url.search).toMatch(/^\?article=[0-9a-f]{12}&place=torkham&passage=4$/);
    // The text travels in the fragment only, after the view.
    expect(url.hash).toMatch(/^#[\d.]+\/[\d.]+\/[\d.]+~a1\.[A-Za-z0-9_-]+$/);
    expect(url.search).not.toContain('Taliban');

    const { context, page, explorer } = await freshBrowser(browser);
    await explorer.open('/');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(link);
    await expect(explorer.article.locator('h1')).toHaveText(TITLE);
    await expect(explorer.panel.getByTestId('panel.place.title')).toHaveText('Torkham');
    await expect(explorer.passage(4)).toHaveClass(/is-active/);
    await expect(explorer.passage(2).locator('a.mention[data-place="afghanistan"]')).toHaveCount(0);
    await expect(explorer.notices).toContainText(`Added to your library: “${TITLE}”, with the sender’s corrections.`);
    // No request carried the text.
    expect(requests.filter((r) => r.includes('~') || r.includes('a1.'))).toEqual([]);
    // The address is the ordinary link, and the history never holds the long one.
    const short = `${url.origin}${url.pathname}${url.search}${url.hash.split('~')[0]}`;
    await expect(page).toHaveURL(short);
    await explorer.mapIdle();
    const camera = await explorer.mapCamera();
    const [zoom, lat, lon] = url.hash.slice(1).split('~')[0]!.split('/').map(Number);
    expect(camera.zoom).toBeCloseTo(zoom!, 2);
    expect(camera.lat).toBeCloseTo(lat!, 3);
    expect(camera.lon).toBeCloseTo(lon!, 3);
    await explorer.mention('torkham', 2).click();
    await expect(explorer.passage(2)).toHaveClass(/is-active/);
    await page.goBack();
    await expect(explorer.passage(4)).toHaveClass(/is-active/);
    expect(page.url()).not.toContain('~');
    await page.goBack();
    await expect(page).toHaveURL(`${url.origin}/`);
    // Kept in the recipient's library.
    expect((await libraryTitles(explorer)).some((t) => t.includes(TITLE))).toBe(true);

    // Now theirs, it travels on: from a passage's own button, and from the Export menu.
    await page.goForward();
    await expect(explorer.passage(4)).toHaveClass(/is-active/);
    await explorer.passage(3).hover();
    await explorer.passage(3).locator('..').getByRole('button', { name: 'Copy link with the article' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/passage=3#.*~a1\./);
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: /Copy link with the article/ }).click();
    await expect(explorer.notices).toContainText(/Link with the article copied: [\d,]+ characters\./);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/place=torkham&passage=4#.*~a1\./);
    await context.close();
  });

  test('the recipient’s own corrections stay; the sender’s are offered, with Undo', async ({ browser }) => {
    const { context, page, explorer } = await freshBrowser(browser, { map: false });
    await explorer.open('/');
    await explorer.chooseFile(NAME, TEXT);
    await expect(explorer.article.locator('h1')).toHaveText(TITLE);
    // The recipient's own correction: Torkham in passage 2 is not a place.
    await explorer.correctMention('torkham', 2);
    await explorer.correctionMenu.getByRole('menuitem', { name: 'Not a place' }).click();
    await expect(explorer.passage(2).locator('a.mention[data-place="torkham"]')).toHaveCount(0);
    await page.goto(link);
    await expect(explorer.panel.getByTestId('panel.place.title')).toHaveText('Torkham');
    const offer = explorer.notices.locator('.notice', { hasText: 'yours are kept' });
    await expect(offer).toBeVisible();
    // Theirs stand: Torkham unlinked in passage 2, Afghanistan linked.
    await expect(explorer.passage(2).locator('a.mention[data-place="torkham"]')).toHaveCount(0);
    await expect(explorer.passage(2).locator('a.mention[data-place="afghanistan"]')).toHaveCount(1);
    await offer.getByRole('button', { name: 'Use the sender’s' }).click();
    await expect(explorer.passage(2).locator('a.mention[data-place="afghanistan"]')).toHaveCount(0);
    await expect(explorer.passage(2).locator('a.mention[data-place="torkham"]')).toHaveCount(1);
    await explorer.notices.getByRole('button', { name: 'Undo' }).click();
    await expect(explorer.passage(2).locator('a.mention[data-place="torkham"]')).toHaveCount(0);
    await expect(explorer.passage(2).locator('a.mention[data-place="afghanistan"]')).toHaveCount(1);
    // Kept so: after a reload, the recipient's own.
    await page.reload();
    await expect(explorer.article.locator('h1')).toHaveText(TITLE);
    await expect(explorer.passage(2).locator('a.mention[data-place="afghanistan"]')).toHaveCount(1);
    await context.close();
  });

  test('a link cut short or tampered with opens nothing, keeps nothing and says why', async ({ browser }) => {
    const { context, page, explorer } = await freshBrowser(browser, { map: false });
    const [head, payload] = link.split('~') as [string, string];
    const id = /article=([0-9a-f]{12})/.exec(link)![1]!;
    const cases: [string, RegExp][] = [
      [`${head}~${payload.slice(0, Math.floor(payload.length * 0.6))}`, /cut short on the way/],
      [link.replace(id, 'ffffffffffff'), /does not match the article the link names/],
      [`${head}~${payload.slice(0, 12)}<img src=x onerror=alert(1)>`, /characters a link’s article never has/],
      [`${head}~z9.${payload.slice(3)}`, /format this version of the explorer does not know \(“z9”\)/],
      [`${head}~`, /ends where the article it carries should be/],
    ];
    for (const [bad, said] of cases) {
      await page.goto(bad);
      await expect(explorer.notices).toContainText(said);
      await expect(explorer.notices).toContainText('Nothing was opened or kept.');
      await expect(explorer.article.locator('h1')).not.toHaveText(TITLE);
      expect(page.url()).not.toContain('~');
    }
    expect((await libraryTitles(explorer)).some((t) => t.includes(TITLE))).toBe(false);
    // The default article offers no link with its text: its links stay as they are.
    await page.goto('/?place=torkham');
    await expect(explorer.panel.getByTestId('panel.place.title')).toHaveText('Torkham');
    await expect(explorer.panel.getByRole('button', { name: 'Copy link with the article' })).toHaveCount(0);
    await context.close();
  });
});
