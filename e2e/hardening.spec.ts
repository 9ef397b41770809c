// Issue 27: what hostile or unlucky input does to the page and the library.
// Each test failed on the build before the fix it guards.
// None of it needs the map: the pages run without WebGL, so that no software-rendered map slows them.
import { contentId } from '../src/core/article/readers/content-id.ts';
import { Explorer } from './explorer.ts';
import { expect, test, withoutMap } from './fixtures.ts';

withoutMap();

const MiB = 1024 * 1024;

/** An article bundle as the Export menu writes it. */
async function bundle(text: string, over: Record<string, unknown> = {}) {
  return {
    format: 'border-explorer/article@1',
    id: await contentId(text),
    articleFormat: 'text',
    text,
    title: text.split('\n')[0],
    source: 'Test',
    passages: [],
    corrections: [],
    userPlaces: [],
    gazetteer: 'gazetteer-1',
    exportedAt: '2026-12-01T12:00:00.000Z',
    ...over,
  };
}
const libraryFile = (articles: unknown[]) =>
  JSON.stringify({ format: 'border-explorer/library@1', exportedAt: '2026-12-01T12:00:00.000Z', articles });
const imported = (explorer: Explorer) => explorer.openDialog.getByRole('status').filter({ hasText: 'Added' });

test('4. a megabyte of one place name opens, links only what is near the view, and answers a click deep in it', async ({
  explorer,
  page,
}) => {
  await explorer.open('/');
  const text = `Kabul ${'Kabul '.repeat(Math.floor((MiB - 7) / 6))}`;
  await explorer.chooseFile('kabul.txt', text);
  // The whole text is one passage: a paragraph, with a title cut from it, not a megabyte of headline.
  await expect(explorer.passage(1)).toHaveClass(/passage-paragraph/, { timeout: 30_000 });
  await expect(explorer.article.locator('h1')).toHaveCount(0);
  await expect(explorer.article.locator('a.mention').first()).toBeVisible();
  // A title a library and a file name can carry.
  await expect(page).toHaveTitle(/^Kabul Kabul .{0,80}— Border Explorer$/);
  await expect(explorer.article.getByRole('button', { name: 'Edit title, source and date' })).toBeVisible();
  // Links near the view only: not the 174,762 of the whole text.
  const links = await explorer.article.locator('a.mention').count();
  expect(links).toBeGreaterThan(0);
  expect(links).toBeLessThan(2_000);
  // Deep in the text, links are there once it is read there, and a click opens the panel without a jump.
  const column = page.locator('#article');
  await column.evaluate((el) => (el.scrollTop = 0.8 * el.scrollHeight));
  const inView = () =>
    column.evaluate((col) => {
      const view = col.getBoundingClientRect();
      const link = [...col.querySelectorAll('a.mention')].find((a) => {
        const r = a.getBoundingClientRect();
        return r.top > view.top + 100 && r.bottom < view.bottom - 100;
      });
      const r = link?.getBoundingClientRect();
      return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
    });
  await expect.poll(inView).not.toBeNull();
  const at = (await inView())!;
  const before = await column.evaluate((el) => el.scrollTop);
  await page.mouse.click(at.x, at.y);
  await expect(explorer.panelTitle).toHaveText('Kabul');
  await expect(page.getByTestId('panel.place.passages')).toBeVisible();
  await expect(page.locator('.passages-title')).toHaveText(/^Named \d{3},\d{3} times in 1 passage$/);
  expect(Math.abs((await column.evaluate((el) => el.scrollTop)) - before)).toBeLessThan(50);
});

test('5. the 5 MB text limit holds for the text of a bundle and of a file; 12. sizes in units that compare true', async ({
  explorer,
}) => {
  await explorer.open('/');
  const over = 'Torkham trade. '.repeat(Math.ceil((5 * MiB + 10) / 15));
  // A bundle well under 12 MB whose text is over 5 MB.
  const b = await bundle(`Big\n\n${over}`);
  await explorer.chooseFile('big.json', JSON.stringify(b), 'application/json');
  await expect(explorer.openDialog.getByRole('alert')).toHaveText(
    /^The text in “big\.json” is 5\.0 MB|^The text in “big\.json” is [\d,]+ bytes; the explorer opens texts up to 5 MB \(5,242,880 bytes\)\.$/,
  );
  // A file within 5 MB whose text is not: Windows-1252, each byte a letter of two bytes in UTF-8.
  await explorer.chooseFile('cafe.txt', Buffer.alloc(3 * MiB, 0xe9));
  await expect(explorer.openDialog.getByRole('alert')).toHaveText(
    'The text is 6.0 MB; the explorer opens texts up to 5 MB.',
  );
  // One byte over 12 MB is not "12.0 MB".
  await explorer.chooseFile('huge.json', Buffer.alloc(12 * MiB + 1, 0x20), 'application/json');
  await expect(explorer.openDialog.getByRole('alert')).toHaveText(
    '“huge.json” is 12,582,913 bytes; the explorer opens bundles up to 12 MB (12,582,912 bytes).',
  );
  expect(await explorer.articleId()).toBe('default');
});

test('6. storage that fills part way through an import: the report says what was kept and what was not', async ({
  explorer,
  page,
}) => {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const w = window as unknown as { __room?: number };
      if (w.__room !== undefined && w.__room-- <= 0)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await explorer.open('/');
  const articles = await Promise.all(
    Array.from({ length: 20 }, (_, i) => bundle(`Report ${i + 1}\n\nTrucks waited at Torkham, day ${i + 1}.`)),
  );
  await page.evaluate(() => ((window as unknown as { __room?: number }).__room = 7));
  await explorer.chooseFile('library.json', libraryFile(articles), 'application/json');
  await expect(imported(explorer)).toHaveText(
    'Added 7 of 20 new articles to your library. 13 articles were not kept (storage is full or blocked): “Report 8”, “Report 9”, “Report 10” and 10 more.',
  );
  await expect(explorer.openDialog.getByTestId('library.list').locator('li')).toHaveCount(8);
});

test('7. the default article’s corrections make the round trip through a whole library onto the default article', async ({
  explorer,
  fresh,
}) => {
  await explorer.open('/');
  await explorer.correctMention('kabul', 1);
  await explorer.correctionMenu.getByRole('menuitem', { name: 'Not a place' }).click();
  await expect(explorer.passage(1).locator('a.mention[data-place="kabul"]')).toHaveCount(0);
  const { name, body } = await explorer.exportFile('Whole library (JSON)');

  const { explorer: other } = await fresh();
  await other.open('/');
  await expect(other.passage(1).locator('a.mention[data-place="kabul"]')).toHaveCount(1);
  await other.chooseFile(name, body, 'application/json');
  await expect(imported(other)).toBeVisible();
  // One entry: the default article, with the sender's correction on it.
  await expect(other.openDialog.getByTestId('library.list').locator('li')).toHaveCount(1);
  await other.openDialog.getByRole('button', { name: 'Close' }).click();
  await expect(other.passage(1).locator('a.mention[data-place="kabul"]')).toHaveCount(0);
});

test('8. each removal in the dialog can be undone, the older one too, and the dialog says until when', async ({
  explorer,
}) => {
  await explorer.open('/');
  await explorer.pasteArticle('First at Torkham\n\nTrucks at Torkham.');
  await expect(explorer.mention('torkham', 2)).toBeVisible();
  await explorer.pasteArticle('Second at Chaman\n\nTrucks at Chaman.');
  await expect(explorer.mention('chaman', 2)).toBeVisible();
  await explorer.startOpening();
  const list = explorer.openDialog.getByTestId('library.list');
  await explorer.openDialog.getByRole('button', { name: 'Remove “First at Torkham” from the library' }).click();
  await explorer.openDialog.getByRole('button', { name: 'Remove “Second at Chaman” from the library' }).click();
  await expect(list.locator('li')).toHaveCount(1);
  await expect(explorer.openDialog.locator('.removed')).toContainText('until this dialog closes');
  await explorer.openDialog.getByRole('button', { name: 'Undo: bring back “First at Torkham”' }).click();
  await expect(list.getByRole('button', { name: /^First at Torkham/ })).toBeVisible();
  await explorer.openDialog.getByRole('button', { name: 'Undo: bring back “Second at Chaman”' }).click();
  await expect(list.locator('li')).toHaveCount(3);
});

test.describe('9. where the browser keeps nothing', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        value: {
          open() {
            throw new DOMException('The user denied permission to access the database.', 'SecurityError');
          },
        },
      });
    });
  });
  test('an import says it is for this visit only', async ({ explorer }) => {
    await explorer.open('/');
    const a = await bundle('Kept a while\n\nTrucks at Torkham.');
    await explorer.chooseFile('library.json', libraryFile([a]), 'application/json');
    await expect(imported(explorer)).toHaveText(
      'Added 1 article to your library; for this visit only (this browser keeps nothing for this site).',
    );
  });
  test('a link to a kept article says the library cannot be read, not that the article is missing', async ({
    explorer,
  }) => {
    await explorer.open('/?article=0123456789ab&place=torkham');
    await expect(explorer.notices).toContainText('cannot read its library here');
    await expect(explorer.notices).not.toContainText('not in this browser’s library');
  });
});

test('10. three copies of one article in a library file count once, and the report says which copy won', async ({
  explorer,
}) => {
  await explorer.open('/');
  const text = 'Thrice told\n\nTrucks at Chaman.';
  const copies = [
    await bundle(text, { source: 'one' }),
    await bundle(text, { source: 'two' }),
    await bundle(text, { source: 'three' }),
  ];
  await explorer.chooseFile('library.json', libraryFile(copies), 'application/json');
  await expect(imported(explorer)).toHaveText(
    'Added 1 article to your library; “Thrice told” is in the file 3 times: the last copy was read.',
  );
  await explorer.openDialog.getByRole('button', { name: /^Thrice told/ }).click();
  await expect(explorer.article.locator('.source-line')).toHaveText('Source: three');
});

test('11. twenty thousand corrections to missing passages: one short notice, its details capped', async ({
  explorer,
}) => {
  await explorer.open('/');
  const corrections = Array.from({ length: 20_000 }, (_, i) => ({
    passage: 1000 + i,
    words: 'Torkham',
    occurrence: 1,
    placeId: null,
  }));
  const b = await bundle('Many fixes\n\nTrucks at Torkham.', { corrections });
  await explorer.chooseFile('fixes.json', JSON.stringify(b), 'application/json');
  await expect(explorer.mention('torkham', 2)).toBeVisible();
  const notice = explorer.notices.locator('.notice').filter({ hasText: 'corrections' });
  await expect(notice).toContainText(
    '20,000 of your corrections no longer apply: 20,000 name passages this article does not have.',
  );
  expect((await notice.locator('> span').evaluate((el) => el.firstChild!.textContent!)).length).toBeLessThan(200);
  await notice.getByText('Details').click();
  await expect(notice.locator('li')).toHaveCount(31);
  await expect(notice.locator('li').last()).toHaveText('and 19,970 more');
  const box = await notice.boundingBox();
  expect(box!.height).toBeLessThan(400);
});
