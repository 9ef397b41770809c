// Any article: open it (paste, file, drop), keep it, share links to it, and
// bad input of every kind gets a clear message and runs nothing.
import { readFileSync } from 'node:fs';
import { expect, test, withoutMap } from './fixtures.ts';
import { STORY } from './stories.ts';

/**
 * The reports of an HTML document parsed apart from the page, under the page's Content Security
 * Policy: the browser reports its inline handlers and styles as blocked. Expected where a test
 * opens such a document; anything else fails.
 */
const BLOCKED_BY_CSP =
  /inline event handler violates|Applying inline style violates|CSP violation: (script-src-attr|style-src-elem) inline/;

/** An HTML page with every way of running something a page has, and a script written as text. */
const HOSTILE_HTML = `<html><body><h1 onmouseover="window.__pwned=1">Border <b>news</b></h1>
      <script>window.__pwned = 2</script><style>body { display: none }</style>
      <p>Talks in <a href="javascript:window.__pwned=3">Kabul</a> <img src="x" onerror="window.__pwned=4"></p>
      <iframe src="/"></iframe><svg onload="window.__pwned=5"><script>window.__pwned=6</script></svg>
      <p>&lt;script&gt;window.__pwned=7&lt;/script&gt; stays text.</p></body></html>`;

// The article and the library need no map here (articles-map.spec.ts has the tests that do).
withoutMap();

test('Back and Forward move between articles', async ({ explorer, page }) => {
  await explorer.open('/');
  await explorer.pasteArticle(STORY);
  await expect(explorer.article.locator('h1')).toHaveText('Trade resumes at Torkham');
  await page.goBack();
  await expect(explorer.article.locator('h1')).toContainText('Diplomatic Tug of War');
  expect(await explorer.articleId()).toBe('default');
  await page.goForward();
  await expect(explorer.article.locator('h1')).toHaveText('Trade resumes at Torkham');
});

test('a file opens at once; a dropped one too; the library lists both and removes with undo', async ({ explorer }) => {
  await explorer.open('/');
  await explorer.chooseFile('report.md', '# Flooding near Chitral\n\nRoads to Chitral and Drosh were cut.\n');
  await expect(explorer.article.locator('h1')).toHaveText('Flooding near Chitral');
  // The reader opens the dialog while the dropped file is still being kept: it stays open.
  await explorer.dropFile(
    'notes.html',
    '<html><head><title>Notes</title></head><body><h1>Notes on Quetta</h1><p>Quetta is calm.</p></body></html>',
    'text/html',
    { thenOpen: true },
  );
  await expect(explorer.article.locator('h1')).toHaveText('Notes on Quetta');
  await expect(explorer.openDialog).toBeVisible();
  const list = explorer.openDialog.getByTestId('library.list');
  await expect(list.getByRole('button', { name: /^Notes on Quetta/ })).toBeVisible();
  await expect(list.getByRole('button', { name: /^Flooding near Chitral/ })).toContainText('2 places'); // Chitral and Drosh
  await list.getByRole('button', { name: 'Remove “Flooding near Chitral” from the library' }).click();
  await expect(list.getByRole('button', { name: /^Flooding near Chitral/ })).toHaveCount(0);
  await explorer.openDialog.getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('button', { name: /^Flooding near Chitral/ })).toBeVisible();
  await list.getByRole('button', { name: /^Flooding near Chitral/ }).click();
  await expect(explorer.article.locator('h1')).toHaveText('Flooding near Chitral');
});

test('the reader corrects the title and source of their article, and the library keeps it', async ({
  explorer,
  page,
}) => {
  await explorer.open('/');
  await explorer.pasteArticle('Untitled draft\n\nTalks in Kabul went on.');
  await explorer.article.getByRole('button', { name: 'Edit title, source and date' }).click();
  await explorer.article.getByRole('textbox', { name: 'Title' }).fill('Kabul talks go on');
  await explorer.article.getByRole('textbox', { name: 'Source' }).fill('Our desk');
  await explorer.article.getByRole('button', { name: 'Save' }).click();
  await expect(explorer.article.locator('.source-line')).toHaveText('Source: Our desk');
  // The article shows before the library has written it, and a page left meanwhile loses the write: the
  // reload waits until the library lists the corrected title, as the dialog reads it anew each time it opens.
  await expect(async () => {
    await explorer.startOpening();
    try {
      await expect(explorer.openDialog.getByRole('button', { name: /^Kabul talks go on/ })).toBeVisible({
        timeout: 1_000,
      });
    } finally {
      await explorer.openDialog.getByRole('button', { name: 'Close', exact: true }).click();
    }
  }).toPass({ timeout: 20_000 });
  await page.reload();
  await expect(explorer.article.locator('.source-line')).toHaveText('Source: Our desk');
  await explorer.startOpening();
  await expect(explorer.openDialog.getByRole('button', { name: /^Kabul talks go on/ })).toBeVisible();
});

test.describe('bad input: a clear message, nothing run, nothing lost', () => {
  for (const [what, text, message] of [
    ['empty text', '', /no text to open/],
    ['white space only', ' \n\t \n ', /no text to open/],
    ['a web address', 'https://example.org/news/border-story', /works offline and cannot fetch pages/],
  ] as const) {
    test(`${what} is refused with a message`, async ({ explorer, page }) => {
      await explorer.open('/');
      await explorer.pasteArticle(text);
      await expect(explorer.openDialog.getByRole('alert')).toContainText(message);
      expect(await explorer.articleId()).toBe('default');
      await expect(page).toHaveURL(/\/$/);
    });
  }

  test('a binary file and a file over 5 MB are refused, naming why', async ({ explorer }) => {
    await explorer.open('/');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await explorer.chooseFile('photo.txt', png);
    await expect(explorer.openDialog.getByRole('alert')).toContainText('is not text');
    await explorer.chooseFile('huge.txt', 'Kabul. '.repeat(800_000));
    await expect(explorer.openDialog.getByRole('alert')).toContainText('up to 5 MB');
    await explorer.chooseFile('archive.zip', Buffer.from([0x50, 0x4b, 3, 4]));
    await expect(explorer.openDialog.getByRole('alert')).toContainText('not a text, Markdown or HTML file');
    expect(await explorer.articleId()).toBe('default');
  });

  test('text with no place opens, and says so', async ({ explorer }) => {
    await explorer.open('/');
    await explorer.pasteArticle('A quiet day\n\nNothing happened anywhere in particular.');
    await expect(explorer.article.locator('h1')).toHaveText('A quiet day');
    await expect(explorer.notices).toContainText('No place the explorer knows was found');
  });

  test('hostile HTML is read as text: no script runs, no frame loads, no handler fires', async ({
    explorer,
    page,
    guard,
  }) => {
    guard.allow.push(BLOCKED_BY_CSP);
    await explorer.open('/');
    await explorer.chooseFile('hostile.html', HOSTILE_HTML, 'text/html');
    await expect(explorer.article.locator('h1')).toHaveText('Border news');
    await expect(explorer.passage(2)).toHaveText('Talks in Kabul');
    await expect(explorer.passage(3)).toHaveText('<script>window.__pwned=7</script> stays text.');
    await explorer.article.locator('h1').hover();
    await explorer.mention('kabul', 2).click();
    await expect(explorer.panelTitle).toHaveText('Kabul');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator('#article iframe, #article img, #article script, #article svg')).toHaveCount(0);
  });

  test('a paste of a page’s HTML is read as HTML, not shown as tags, and nothing in it runs; a Markdown heading as one', async ({
    explorer,
    page,
    guard,
  }) => {
    guard.allow.push(BLOCKED_BY_CSP);
    await explorer.open('/');
    await explorer.pasteArticle(HOSTILE_HTML);
    await expect(explorer.article.locator('h1')).toHaveText('Border news');
    await expect(explorer.passage(2)).toHaveText('Talks in Kabul');
    await expect(explorer.passage(3)).toHaveText('<script>window.__pwned=7</script> stays text.');
    await expect(explorer.mention('kabul', 2)).toBeVisible();
    await expect(page.locator('#article iframe, #article img, #article script, #article svg')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await explorer.pasteArticle('# Peshawar market\n\nTraders in **Peshawar** waited.');
    await expect(explorer.article.locator('h1')).toHaveText('Peshawar market');
    await expect(explorer.passage(2)).toHaveText('Traders in Peshawar waited.');
  });

  test('Markdown with raw HTML, images and links shows them as text and fetches nothing', async ({
    explorer,
    page,
  }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await explorer.open('/');
    await explorer.chooseFile(
      'story.md',
      '# Peshawar market\n\n<img src="https://example.org/x.png" onerror="window.__pwned=1"> in [Peshawar](https://example.org/p).\n\n![map of Kunar](https://example.org/k.png)',
    );
    await expect(explorer.article.locator('h1')).toHaveText('Peshawar market');
    await expect(explorer.passage(2)).toHaveText(
      '<img src="https://example.org/x.png" onerror="window.__pwned=1"> in Peshawar.',
    );
    await expect(explorer.passage(3)).toHaveText('map of Kunar');
    expect(requests.filter((u) => u.includes('example.org'))).toEqual([]);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('right-to-left text, control characters and lone surrogates render as text', async ({ explorer }) => {
    await explorer.open('/');
    await explorer.pasteArticle('د کابل او اسلام آباد خبرې\n\nپه Torkham کې\u0007 لاره \uD800 پرانیستل شوه.');
    await expect(explorer.article.locator('h1')).toHaveText('د کابل او اسلام آباد خبرې');
    await expect(explorer.passage(2)).toHaveAttribute('dir', 'auto');
    await expect(explorer.passage(2)).toHaveText('په Torkham کې لاره \uFFFD پرانیستل شوه.');
    await expect(explorer.mention('torkham', 2)).toBeVisible();
  });

  test('a 200,000-word text opens', async ({ explorer }) => {
    await explorer.open('/');
    const para = 'Lorries waited at Torkham while traders in Peshawar counted the cost of the closure again. ';
    const text = `A long record\n\n${Array.from({ length: 1000 }, () => para.repeat(13)).join('\n\n')}`;
    await explorer.pasteFromClipboard(text);
    await expect(explorer.article.locator('h1')).toHaveText('A long record');
    await expect(explorer.passage(1001)).toBeAttached();
  });
});

test('where the browser keeps nothing, the article still opens for this visit, and says so', async ({
  explorer,
  page,
}) => {
  await page.addInitScript(() => {
    // Private mode, or IndexedDB blocked by the browser's settings.
    Object.defineProperty(window, 'indexedDB', {
      value: {
        open() {
          throw new DOMException('The user denied permission to access the database.', 'SecurityError');
        },
      },
    });
  });
  await explorer.open('/');
  await explorer.pasteArticle(STORY);
  await expect(explorer.article.locator('h1')).toHaveText('Trade resumes at Torkham');
  await expect(explorer.notices).toContainText('open for this visit only');
  await explorer.startOpening();
  await expect(explorer.openDialog).toContainText('keeps nothing for this site');
  await expect(explorer.openDialog.getByRole('button', { name: /^Trade resumes at Torkham/ })).toBeVisible();
});

test("the seed's own text, pasted, is the default article", async ({ explorer, page }) => {
  const seed = readFileSync(new URL('../src/article/default-article.txt', import.meta.url), 'utf8');
  await explorer.open('/?place=kunar');
  await explorer.pasteArticle(seed.replace(/\n/g, '\r\n'));
  await expect(explorer.openDialog).toBeHidden();
  expect(await explorer.articleId()).toBe('default');
  await expect(page).not.toHaveURL(/article=/);
});
