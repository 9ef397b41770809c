// The library view (issue 33): many stories brought at once, their dates and
// outlets, every passage about a place across them, the filters in the URL,
// the CSV. None of it needs the map: these pages run without WebGL (the map's
// symbols are checked in library-map.spec.ts).
import { expect, test, withoutMap, type Page } from './fixtures.ts';
import type { Explorer } from './explorer.ts';
import { STORIES } from './library-stories.ts';

withoutMap();

const mimeOf = (name: string) =>
  name.endsWith('.html') ? 'text/html' : name.endsWith('.md') ? 'text/markdown' : 'text/plain';

/** Bring the twelve stories and a picture in one go, through the dialog's file field. */
async function bringStories(explorer: Explorer) {
  await explorer.startOpening();
  await explorer.openDialog
    .locator('input[type=file]')
    .setInputFiles([
      ...STORIES.map((s) => ({ name: s.name, mimeType: mimeOf(s.name), buffer: Buffer.from(s.body) })),
      { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0, 0]) },
    ]);
  const report = explorer.page.getByTestId('dialog.batch-report');
  await expect(report).toContainText('Added 12 articles to your library; 1 file could not be read.');
  await expect(report.getByRole('listitem')).toHaveText([/^“photo\.png”: is not a text, Markdown or HTML file/]);
}

const view = (page: Page) => page.getByTestId('library.view');
const places = (page: Page) => page.getByTestId('library.places').getByRole('link');

/** The articles naming Chaman (the default article among them) and their mentions. */
const CHAMAN_ARTICLES = STORIES.filter((s) => s.chaman > 0).length + 1;
const CHAMAN_MENTIONS = STORIES.reduce((n, s) => n + s.chaman, 0) + 1;

test('a dozen stories brought at once: dates, outlets, a place across them, its passages a click away, filters in the URL, the CSV', async ({
  explorer,
  page,
}) => {
  await explorer.open('/');
  await explorer.articleLive();
  await bringStories(explorer);
  // The article shown is still the default one: a batch only fills the library.
  expect(await explorer.articleId()).toBe('default');
  await explorer.openDialog.getByRole('button', { name: 'Show the library' }).click();
  await expect(page).toHaveURL(/\?view=library(#|$)/);
  await expect(view(page)).toHaveAttribute('data-library-state', 'ready');
  await expect(page.getByRole('heading', { name: 'Library', level: 2 })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Library' })).toHaveAttribute('aria-current', 'page');
  // Thirteen articles: the twelve and the default one.
  await expect(view(page).locator('.library-count')).toHaveText('13 articles');

  // Places sorted by the number of articles naming them.
  await expect(places(page).filter({ hasText: /^Chaman/ })).toContainText(
    `${CHAMAN_ARTICLES} articles · ${CHAMAN_MENTIONS} mentions`,
  );
  const counts = await places(page).evaluateAll((els) =>
    els.map((e) => Number(/(\d+) article/.exec(e.textContent ?? '')?.[1])),
  );
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  await page.getByRole('searchbox', { name: 'Filter the places by name' }).fill('cham');
  await expect(places(page)).toHaveCount(1);

  // Chaman: every passage that names it, grouped by article, newest first, with date and outlet.
  await places(page).first().click();
  await expect(page).toHaveURL(/\?view=library&place=chaman(#|$)/);
  await expect(page.getByTestId('library.place-count')).toHaveText(
    `${CHAMAN_MENTIONS} mentions in ${CHAMAN_ARTICLES} articles, newest first`,
  );
  const articles = page.getByTestId('library.articles').locator(':scope > li');
  const metas = await articles.locator('.library-article-meta').allTextContents();
  // The default article has no date: the day it was first indexed, marked as such, is the newest.
  expect(metas[0]).toMatch(/\(opened; no date found\) · Azad News HD$/);
  expect(metas.slice(1)).toEqual([
    '1 Jul 2025 · Dawn',
    '11 Jun 2025 · VOA',
    '3 Feb 2025 · Express Tribune',
    '15 Jan 2025',
    '5 Jun 2024 · VOA',
    '2 Apr 2024 · Dawn',
    '12 Mar 2024 · Dawn',
  ]);
  // A title that a spreadsheet would run is text here.
  await expect(articles.nth(1).getByRole('heading', { level: 4 })).toHaveText(
    '=HYPERLINK("http://example.invalid","Chaman")',
  );
  // The histogram: a bar for each month with its count, the numbers in text too.
  const histogram = page.getByTestId('library.histogram');
  await expect(histogram.locator('g[data-month="2025-06"]')).toHaveAttribute('data-count', '1');
  await expect(histogram.getByRole('button', { name: 'March 2024: 1 article. Show this month only.' })).toBeVisible();
  await expect(histogram.locator('.histogram-text')).toContainText('March 2024 to');

  // The CSV of what the view shows: one row a mention, formulas neutralised.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    view(page).getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('library-chaman.csv');
  const chunks: Buffer[] = [];
  for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
  const rows = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(rows[0]).toBe('"place_id","place","article_id","title","date","date_from","outlet","passage","words"');
  expect(rows).toHaveLength(CHAMAN_MENTIONS + 1);
  expect(rows.filter((r) => r.includes(`"'=HYPERLINK(`))).toHaveLength(2);
  expect(rows.every((r, i) => i === 0 || r.startsWith('"chaman","Chaman",'))).toBe(true);

  // A passage opens its article at that place and passage; Back returns to the library view.
  const clashes = articles.filter({ hasText: 'Clashes near Chaman' });
  await clashes.getByRole('link', { name: /^Passage 3\b/ }).click();
  await expect(page).toHaveURL(/\?article=[0-9a-f]{12}&place=chaman&passage=3(#|$)/);
  await expect(explorer.panelTitle).toHaveText('Chaman');
  await expect(explorer.article.locator('h1')).toHaveText('Clashes near Chaman');
  await expect(view(page)).toBeHidden();
  await page.goBack();
  await expect(page).toHaveURL(/\?view=library&place=chaman(#|$)/);
  await expect(page.getByTestId('library.place-count')).toContainText(`in ${CHAMAN_ARTICLES} articles`);

  // Filters narrow the list, the histogram and the count together, and are history entries.
  await view(page).getByLabel('Outlet', { exact: true }).selectOption('Dawn');
  await expect(page).toHaveURL(/\?view=library&place=chaman&source=Dawn(#|$)/);
  await expect(page.getByTestId('library.place-count')).toHaveText('7 mentions in 3 articles, newest first');
  await view(page).getByLabel('From', { exact: true }).fill('2024-04');
  await expect(page).toHaveURL(/&from=2024-04&source=Dawn(#|$)/);
  await expect(page.getByTestId('library.place-count')).toHaveText('4 mentions in 2 articles, newest first');
  await expect(view(page).locator('.library-count')).toHaveText('5 articles of 13');
  await page.goBack();
  await expect(page).toHaveURL(/\?view=library&place=chaman&source=Dawn(#|$)/);
  await expect(page.getByTestId('library.place-count')).toHaveText('7 mentions in 3 articles, newest first');
  await page.goBack();
  await expect(page.getByTestId('library.place-count')).toContainText(`in ${CHAMAN_ARTICLES} articles`);
  await page.goForward();
  await expect(view(page).getByLabel('Outlet', { exact: true })).toHaveValue('Dawn');
  // A month in the histogram narrows to it.
  await histogram.locator('g[data-month="2024-04"]').click();
  await expect(page).toHaveURL(/&from=2024-04&to=2024-04&source=Dawn(#|$)/);
  await expect(page.getByTestId('library.place-count')).toHaveText('2 mentions in 1 article, newest first');

  // Back to the article from the header: the library is left as a history entry of its own.
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(view(page)).toBeHidden();
  await expect(page).not.toHaveURL(/view=library/);
});

test('dates and outlets found when an article opens, and corrected by the reader', async ({ explorer, page }) => {
  await explorer.open('/');
  const story = STORIES.find((s) => s.name === 'dateline.txt')!;
  await explorer.pasteArticle(story.body);
  await expect(explorer.article.locator('h1')).toHaveText('Chaman sit-in ends');
  const line = explorer.article.locator('.published-line');
  await expect(line).toHaveText('15 January 2025');
  await explorer.article.getByRole('button', { name: 'Edit title, source and date' }).click();
  const form = explorer.article.getByRole('form', { name: 'Title, source and date' });
  await form.getByLabel('Date').fill('2025-01-16');
  await form.getByLabel('Outlet', { exact: true }).fill('Associated Press');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(line).toHaveText('16 January 2025 · Associated Press');

  // A numeric date that reads two ways is not guessed: the day it was opened, marked as such.
  await explorer.pasteArticle(STORIES.find((s) => s.name === 'ambiguous.txt')!.body);
  await expect(explorer.article.locator('h1')).toHaveText('Border talks stall');
  await expect(explorer.article.locator('.published-line')).toHaveText(
    /^No date found: opened \d+ \w+ \d{4} · Pajhwok$/,
  );

  // The library keeps the reader's correction.
  await page.getByRole('link', { name: 'Library' }).click();
  await places(page)
    .filter({ hasText: /^Chaman/ })
    .click();
  await expect(
    page
      .getByTestId('library.articles')
      .locator('li', { hasText: 'Chaman sit-in ends' })
      .locator('.library-article-meta'),
  ).toHaveText('16 Jan 2025 · Associated Press');
});

test('a library link in another browser shows that browser’s library, and says a library is kept per browser', async ({
  page,
}) => {
  await page.goto('/?view=library&place=chaman&source=Dawn&from=2024-13');
  await expect(view(page)).toHaveAttribute('data-library-state', 'ready');
  await expect(view(page).locator('.library-scope')).toContainText('A library is kept per browser');
  await expect(page.getByTestId('notices')).toContainText('“2024-13” is not a month');
  await expect(page).toHaveURL(/\?view=library&place=chaman&source=Dawn(#|$)/);
  await expect(page.getByTestId('library.place-count')).toContainText('No article shown here names this place');
  await view(page).getByRole('button', { name: 'Show all dates and outlets' }).click();
  await expect(page.getByTestId('library.place-count')).toHaveText('1 mention in 1 article, newest first');
  await expect(page).toHaveTitle('Chaman · Library — Border Explorer');
});

test('the library view on a phone, by keyboard', async ({ explorer, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await explorer.open('/');
  await explorer.articleLive();
  await page.getByRole('link', { name: 'Library' }).focus();
  await page.keyboard.press('Enter');
  await expect(view(page)).toHaveAttribute('data-library-state', 'ready');
  await expect(page.getByRole('heading', { name: 'Library', level: 2 })).toBeFocused();
  // Nothing wider than the screen; the article's place list steps aside for the library's.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect(page.locator('#place-list')).toBeHidden();
  const chaman = places(page).filter({ hasText: /^Chaman/ });
  await chaman.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Chaman', level: 3 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /^Passage 20\b/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?place=chaman&passage=20(#|$)/);
  await expect(explorer.panelTitle).toHaveText('Chaman');
});
