// The library view on the map (issue 33): the places of the reader's articles
// as circles sized by how many articles name them, explained in the key,
// filtered with the view, and chosen by a click.
import { expect, test } from './fixtures.ts';
import { STORIES } from './library-stories.ts';

const CHAMAN: [number, number] = [66.45259, 30.91769];

test('the library’s places on the map, sized by articles, in the key, filtered with the view, chosen by a click', async ({
  explorer,
  page,
}) => {
  await explorer.open('/');
  await explorer.mapIdle();
  await explorer.startOpening();
  const chosen = ['dawn-chaman-closed.txt', 'voa-chaman-clashes.txt', 'voa-torkham.txt'];
  await explorer.openDialog.locator('input[type=file]').setInputFiles(
    STORIES.filter((s) => chosen.includes(s.name)).map((s) => ({
      name: s.name,
      mimeType: 'text/plain',
      buffer: Buffer.from(s.body),
    })),
  );
  await explorer.openDialog.getByRole('button', { name: 'Show the library' }).click();
  await expect(page.getByTestId('library.view')).toHaveAttribute('data-library-state', 'ready');

  // Every place of the library with a point is a circle; the default article's Spin Boldak among them.
  const circles = () => explorer.placedLabels('library-circles', 'place');
  await expect.poll(circles).toEqual(expect.arrayContaining(['chaman', 'torkham', 'spin-boldak', 'kabul']));
  // Area grows with the number of articles: Chaman (three articles) is drawn larger than Spin Boldak (one).
  const radius = (place: string) =>
    page.evaluate(([p]) => window.__mapTest!.renderedRadius('library-circles', 'place', p), [place] as const);
  expect(await radius('chaman')).toBeGreaterThan((await radius('spin-boldak'))!);

  // The key explains the symbol while the library shows.
  await page.getByRole('button', { name: /^Key/ }).click();
  await expect(page.locator('[data-entry="library-articles"]')).toContainText('the larger, the more articles');

  // The outlet filter narrows the map with the list: Spin Boldak is named only by the default article.
  await page.getByTestId('library.view').getByLabel('Outlet', { exact: true }).selectOption('VOA');
  await expect.poll(circles).not.toContain('spin-boldak');
  expect(await circles()).toEqual(expect.arrayContaining(['chaman', 'torkham']));

  // A circle clicked chooses its place in the view.
  await explorer.clickMapAt(CHAMAN);
  await expect(page).toHaveURL(/\?view=library&place=chaman&source=VOA/);
  await expect(page.getByTestId('library.place-count')).toHaveText('4 mentions in 1 article, newest first');

  // Back to the article: the library's circles and key entry go.
  await page.getByRole('button', { name: 'Back to the article' }).click();
  await expect(page.locator('[data-entry="library-articles"]')).toHaveCount(0);
  await expect.poll(circles).toEqual([]);
});
