// What a journalist tripped over with their own articles (issue 26): each test
// failed on the build before its fix.
import { expect, test, withoutMap } from './fixtures.ts';
import { STORY } from './stories.ts';
import type { Explorer } from './explorer.ts';

/** The map's camera once it rests, rounded for comparison. */
async function restingCamera(explorer: Explorer) {
  await explorer.mapIdle();
  const c = await explorer.mapCamera();
  return { zoom: Math.round(c.zoom * 10) / 10, lon: Math.round(c.lon * 10) / 10, lat: Math.round(c.lat * 10) / 10 };
}

test('1. the default article stays itself after a correction, a return to it and an undone removal', async ({
  explorer,
  page,
}) => {
  await explorer.open('/');
  const home = await restingCamera(explorer);
  const places = (await explorer.placesButton.textContent())!;
  expect(places).toMatch(/^Places \(\d+\)$/);
  // "Not a place" on the headline's Kabul, kept, and read back after a reload.
  await explorer.correctMention('kabul', 1);
  await explorer.correctionMenu.getByRole('menuitem', { name: 'Not a place' }).click();
  await expect(explorer.undoBar).toBeVisible();
  await page.reload();
  await explorer.mapIdle();
  await expect(explorer.passage(1).locator('a.mention[data-place="kabul"]')).toHaveCount(0);
  // Kabul is still named further on: the count is the article's, not the regional gazetteer's.
  await expect(explorer.placesButton).toHaveText(places);
  // The library says the same count.
  await explorer.startOpening();
  const seedItem = explorer.openDialog.getByRole('button', { name: /Default article/ });
  await expect(seedItem).toContainText(`${/\d+/.exec(places)![0]} places`);
  await explorer.openDialog.getByRole('button', { name: 'Close' }).click();

  // Another article, then the default one chosen in the library: the whole border, as at the start.
  await explorer.pasteArticle(STORY);
  await expect(explorer.article.locator('h1')).toHaveText('Trade resumes at Torkham');
  const away = await restingCamera(explorer);
  expect(away).not.toEqual(home);
  await explorer.startOpening();
  await seedItem.click();
  await expect(explorer.article.locator('article')).toHaveAttribute('data-article-id', 'default');
  await expect.poll(() => restingCamera(explorer)).toEqual(home);
  // The view is written into the new entry.
  await expect(page).toHaveURL(/\/#[\d.]+\/[\d.]+\/[\d.]+$/);

  // Removing the article that is open returns to the default article at home; Undo opens it again.
  await explorer.pasteArticle(STORY);
  await expect.poll(() => restingCamera(explorer)).toEqual(away);
  await explorer.startOpening();
  await explorer.openDialog.getByRole('button', { name: 'Remove “Trade resumes at Torkham” from the library' }).click();
  await expect(explorer.article.locator('article')).toHaveAttribute('data-article-id', 'default');
  await expect.poll(() => restingCamera(explorer)).toEqual(home);
  const undo = explorer.openDialog.getByRole('button', { name: 'Undo' });
  // Focus is not lost with the button that was pressed (7).
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(explorer.article.locator('h1')).toHaveText('Trade resumes at Torkham');
  await expect(explorer.openDialog.locator('li[data-article] .library-item')).toBeFocused();
});

test('1. Back to the default article from another shows the whole border again', async ({ explorer, page }) => {
  await explorer.open('/');
  const home = await restingCamera(explorer);
  await explorer.startOpening();
  // The default article chosen in the library while it is open: nothing moves.
  await explorer.openDialog.getByRole('button', { name: /Default article/ }).click();
  await explorer.pasteArticle(STORY);
  await expect(explorer.article.locator('h1')).toHaveText('Trade resumes at Torkham');
  await explorer.mapIdle();
  await explorer.startOpening();
  await explorer.openDialog.getByRole('button', { name: /Default article/ }).click();
  await expect.poll(() => restingCamera(explorer)).toEqual(home);
  await page.goBack();
  await expect(explorer.article.locator('h1')).toHaveText('Trade resumes at Torkham');
  await page.goBack();
  await expect(explorer.article.locator('article')).toHaveAttribute('data-article-id', 'default');
  await expect.poll(() => restingCamera(explorer)).toEqual(home);
});

test('5. the selected place is always labelled, a found town and a crossing, in light and dark', async ({
  explorer,
  page,
}) => {
  await explorer.open('/');
  await explorer.pasteArticle(STORY);
  await explorer.mention('jalalabad', 2).click();
  await expect(explorer.panelTitle).toHaveText('Jalalabad');
  await explorer.mapIdle();
  await expect.poll(() => explorer.placedLabels('selection-label')).toEqual(['jalalabad']);
  await page.emulateMedia({ colorScheme: 'dark' });
  await explorer.mention('torkham', 1).click();
  await expect(explorer.panelTitle).toHaveText('Torkham');
  await explorer.mapIdle();
  await expect.poll(() => explorer.placedLabels('selection-label')).toEqual(['torkham']);
  // A province is labelled by its own layer: no second label.
  await explorer.chooseFromList('kunar');
  await expect(explorer.panelTitle).toHaveText('Kunar');
  await explorer.mapIdle();
  await expect.poll(() => explorer.placedLabels('selection-label')).toEqual([]);
  await explorer.closePanelButton.click();
  await explorer.mapIdle();
  await expect.poll(() => explorer.placedLabels('selection-label')).toEqual([]);
});

test('12. a long source address stays in its column; the phone header is one row; the key is kept per layout', async ({
  explorer,
  page,
  guard,
}) => {
  // A reload cuts the map's requests in flight (its label glyphs): not an error of the page.
  guard.allow.push(/request failed: .*\/glyphs\/.* net::ERR_ABORTED/);
  await page.setViewportSize({ width: 1440, height: 900 });
  await explorer.open('/');
  const address =
    'https://www.example-news.org/2026/12/06/world/asia/pakistan-afghanistan-border-talks-falter-as-torkham-stays-shut-for-a-third-week';
  await explorer.pasteArticle(`Torkham shut\nSource: ${address}\n\nThe crossing at Torkham stayed shut.`);
  const cite = explorer.article.locator('.source-line cite');
  await expect(cite).toHaveAttribute('title', address);
  const column = (await explorer.article.boundingBox())!;
  const line = (await explorer.article.locator('.source-line').boundingBox())!;
  expect(line.x + line.width).toBeLessThanOrEqual(column.x + column.width);

  // The key, opened on the desktop, stays folded on a phone (and open again on the desktop).
  await explorer.mapIdle();
  if ((await explorer.legendButton.getAttribute('aria-expanded')) !== 'true') await explorer.legendButton.click();
  await expect(explorer.legendButton).toHaveAttribute('aria-expanded', 'true');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(explorer.legendButton).toHaveAttribute('aria-expanded', 'false');
  // One row for the name and both buttons, and a header under a tenth of the screen.
  const header = (await page.locator('.app-header').boundingBox())!;
  expect(header.height).toBeLessThanOrEqual(844 / 10);
  const brand = (await page.locator('.brand').boundingBox())!;
  const exportButton = (await explorer.exportButton.boundingBox())!;
  expect(Math.abs(brand.y + brand.height / 2 - (exportButton.y + exportButton.height / 2))).toBeLessThan(8);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.reload();
  await expect(explorer.legendButton).toHaveAttribute('aria-expanded', 'true');
});

test('13. the tools a reader reaches for first are loaded once the first view is idle, not before', async ({
  explorer,
  page,
}) => {
  const loaded = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => /\/(OpenDialog|CorrectionTools|ExportMenu)-[\w-]+\.js$/.test(n))
        .map((n) => /\/([A-Za-z]+)-/.exec(n)![1])
        .sort(),
    );
  await explorer.open('/');
  await explorer.mapIdle();
  await expect.poll(loaded).toEqual(['CorrectionTools', 'ExportMenu', 'OpenDialog']);
  // Not before the map's first idle: the first view's budget is untouched.
  const early = await page.evaluate(() => {
    const idle = performance.getEntriesByName('map:first-idle')[0]!.startTime;
    return performance
      .getEntriesByType('resource')
      .filter((e) => /\/(OpenDialog|CorrectionTools|ExportMenu)-/.test(e.name) && e.startTime < idle)
      .map((e) => e.name);
  });
  expect(early).toEqual([]);
  // Opened now, the dialog is there in the frame after the click.
  await page.getByRole('button', { name: 'Open an article' }).click();
  await expect(explorer.openDialog).toBeVisible();
});

// These need no map: their pages run without WebGL (fixtures.ts, withoutMap).
test.describe('without the map', () => {
  withoutMap();

  test('2. a title edit reaches the heading and the page title, and survives a reload', async ({ explorer, page }) => {
    await explorer.open('/');
    await explorer.articleLive();
    await expect(page).toHaveTitle(/ — Border Explorer$/);
    const seedTitle = await page.title();
    await explorer.pasteArticle(STORY);
    await expect(page).toHaveTitle('Trade resumes at Torkham — Border Explorer');
    await page.getByRole('button', { name: 'Edit title, source and date' }).click();
    const title = page.getByRole('textbox', { name: 'Title' });
    await expect(title).toBeFocused();
    await title.fill('Lorries wait at Chaman');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(explorer.article.locator('h1')).toHaveText('Lorries wait at Chaman');
    // The new title's place is linked like any other mention.
    await expect(explorer.article.locator('h1 a.mention[data-place="chaman"]')).toBeVisible();
    // Focus goes back to the button that opened the form (7).
    await expect(page.getByRole('button', { name: 'Edit title, source and date' })).toBeFocused();
    await expect(page).toHaveTitle('Lorries wait at Chaman — Border Explorer');
    await explorer.mention('spin-boldak', 4).click();
    await expect(page).toHaveTitle('Spin Boldak · Lorries wait at Chaman — Border Explorer');
    await page.reload();
    await expect(explorer.article.locator('h1')).toHaveText('Lorries wait at Chaman');
    await expect(page).toHaveTitle('Spin Boldak · Lorries wait at Chaman — Border Explorer');
    await page.goBack();
    await page.goBack();
    await expect(explorer.article.locator('article')).toHaveAttribute('data-article-id', 'default');
    await expect(page).toHaveTitle(seedTitle);
  });

  test('4. a notice about a state leaves with it, and the correction bar never covers a notice', async ({
    explorer,
    page,
    fresh,
  }) => {
    await explorer.open('/');
    await explorer.pasteArticle('Nothing here\n\nA quiet day in a village nobody has heard of.');
    await expect(explorer.notices).toContainText('No place the explorer knows was found');
    await explorer.pasteArticle(STORY);
    await expect(explorer.article.locator('h1')).toHaveText('Trade resumes at Torkham');
    await expect(explorer.notices).not.toContainText('No place the explorer knows was found');
    const link = page.url();

    // A link to an article the browser lacks: the notice names what to bring, and leaves once it is brought.
    // Only notices and the dialog are looked at there: no map.
    const { page: there } = await fresh({ map: false });
    await there.goto(link);
    const notices = there.getByTestId('notices');
    await expect(notices).toContainText('not in this browser’s library');
    await expect(notices).toContainText('article bundle');
    const dialog = there.getByRole('dialog', { name: 'Open an article' });
    await expect(dialog).toContainText('carries their title, source and corrections');
    await dialog.getByLabel('Article text').fill(STORY);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(there.locator('main h1')).toHaveText('Trade resumes at Torkham');
    await expect(notices).not.toContainText('not in this browser’s library');

    // A notice and the Undo bar at once: one above the other, never overlapping.
    await page.goto('/?place=nowhere-at-all');
    await expect(explorer.notices.locator('.notice')).toHaveCount(1);
    await explorer.correctMention('kabul', 1);
    await explorer.correctionMenu.getByRole('menuitem', { name: 'Not a place' }).click();
    await expect(explorer.undoBar).toBeVisible();
    const a = (await explorer.notices.locator('.notice').boundingBox())!;
    const b = (await explorer.undoBar.boundingBox())!;
    const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    expect(overlap).toBe(false);
  });

  test('7. words selected with the keyboard can be marked as a place: the menu key or Shift+F10', async ({
    explorer,
    page,
  }) => {
    await explorer.open('/');
    await explorer.pasteArticle(STORY);
    await expect(explorer.article.locator('h1')).toHaveText('Trade resumes at Torkham');
    // Its first letter, then Shift and the arrows, as a keyboard reader selects with caret browsing
    // (headless Chromium has no caret browsing to start from a caret).
    await page.evaluate(() => {
      const p = document.getElementById('passage-2')!;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf('Monday');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + 1);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
    });
    for (let i = 1; i < 'Monday'.length; i++) await page.keyboard.press('Shift+ArrowRight');
    await expect(page.getByTestId('mark-place')).toBeVisible();
    await page.keyboard.press('Shift+F10');
    await expect(explorer.placeSearch).toBeVisible();
    await expect(explorer.placeSearch.getByRole('heading')).toHaveText('Mark “Monday” as a place');
  });

  test('8. "Wrong place?" says which mention it acts on, and its menu stays inside the window', async ({
    explorer,
    page,
  }) => {
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(viewport);
      await explorer.open('/?place=chaman');
      await expect(explorer.panelTitle).toHaveText('Chaman');
      await explorer.panel.getByRole('button', { name: 'Wrong place?' }).click();
      await expect(explorer.correctionMenu).toBeVisible();
      const first = (await explorer.panelPassageNumbers())[0];
      await expect(explorer.correctionMenu.getByTestId('correction.menu.target')).toHaveText(
        `“Chaman” in passage ${first}`,
      );
      const box = (await explorer.correctionMenu.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      await explorer.correctionMenu.getByRole('menuitem', { name: 'Not a place' }).click();
      await expect(explorer.undoBar).toContainText(`“Chaman” is not a place in passage ${first}.`);
      await explorer.undoBar.getByRole('button', { name: 'Undo' }).click();
      await expect(explorer.undoBar).toBeHidden();
    }
  });

  test('9. a selection with a possessive searches for the name, as the finder folds it', async ({ explorer, page }) => {
    await explorer.open('/');
    await explorer.pasteArticle(
      'Market day\n\nTraders said Quetta’s wholesale market reopened, and Karachi’s port cleared the backlog.',
    );
    await expect(explorer.article.locator('h1')).toHaveText('Market day');
    // The finder found the city; the reader selects it with its possessive, as a double click does.
    await explorer.selectWords(2, 'Karachi’s');
    await page.getByTestId('mark-place').click();
    await expect(explorer.placeSearch.getByRole('heading')).toHaveText('Mark “Karachi” as a place');
    await expect(explorer.placeSearch.getByRole('option').first()).toContainText('Karachi');
    await expect(explorer.placeSearch).not.toContainText('No place of that name');
  });

  test('10. a Windows-1252 file opens as written, says how it was read; UTF-16 with a mark opens too', async ({
    explorer,
  }) => {
    await explorer.open('/');
    const latin1 = Buffer.from('Caf\xe9 talk\n\nLorries left Peshawar \x96 \x93slowly\x94 \x96 for Torkham.', 'latin1');
    await explorer.chooseFile('cafe.txt', latin1);
    await expect(explorer.article.locator('h1')).toHaveText('Café talk');
    await expect(explorer.passage(2)).toHaveText('Lorries left Peshawar – “slowly” – for Torkham.');
    await expect(explorer.mention('torkham', 2)).toBeVisible();
    await expect(explorer.notices).toContainText('“cafe.txt” is not in UTF-8: it was read as Windows-1252');

    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Chaman news\n\nThe gate at Chaman opened.', 'utf16le'),
    ]);
    await explorer.chooseFile('chaman.txt', utf16);
    await expect(explorer.article.locator('h1')).toHaveText('Chaman news');
    await expect(explorer.mention('chaman', 2)).toBeVisible();
    // The notice about the other file left with it.
    await expect(explorer.notices).not.toContainText('cafe.txt');
  });

  test('11. an HTML file with inline styles and handlers opens with no CSP report, its byline as the source', async ({
    explorer,
  }) => {
    // The fixture fails the test on any Content Security Policy violation or console error.
    await explorer.open('/');
    await explorer.chooseFile(
      'story.html',
      `<!doctype html><html><head><title>Page</title><style>p{color:red}</style></head>
       <body style="margin:0" onload="alert(1)"><article><h1 style="color:red">Quetta after the rain</h1>
       <p class="byline" style="font-weight:bold">By Jane Doe</p>
       <p onclick="alert(2)" style="color:blue">Roads from Quetta to Chaman <span style="x:y">reopened</span>.</p>
       <img src="x.png" onerror="alert(3)"></article></body></html>`,
      'text/html',
    );
    await expect(explorer.article.locator('h1')).toHaveText('Quetta after the rain');
    await expect(explorer.article.locator('.source-line')).toHaveText('By Jane Doe');
    await expect(explorer.passage(2)).toHaveText('Roads from Quetta to Chaman reopened.');
  });
});
