// Page object: what a reader does with the explorer, in the app's own terms.
import { expect, type Locator, type Page } from '@playwright/test';
import facts from '../src/core/places/geo-facts.ts';

type LngLat = [number, number];

/** A point of each place to click or check against, from the pipeline's facts. */
export function placePoint(id: string): LngLat {
  const b = (facts.places as Record<string, { bbox: number[] }>)[id]!.bbox;
  return [(b[0]! + b[2]!) / 2, (b[1]! + b[3]!) / 2];
}

/** Bounds of a place: [west, south, east, north]. */
export function placeBounds(id: string): [number, number, number, number] {
  const [w, s, e, n] = (facts.places as Record<string, { bbox: number[] }>)[id]!.bbox as [
    number,
    number,
    number,
    number,
  ];
  return [w, s, e, n];
}

export class Explorer {
  readonly map: Locator;
  readonly panel: Locator;
  readonly panelTitle: Locator;
  readonly panelPassages: Locator;
  readonly article: Locator;
  readonly notices: Locator;
  /** The button that opens the place list. */
  readonly placesButton: Locator;
  readonly placeFilter: Locator;
  readonly closePanelButton: Locator;
  /** The map's key, and the button that folds and unfolds it. */
  readonly legend: Locator;
  readonly legendButton: Locator;

  constructor(readonly page: Page) {
    this.map = page.getByTestId('map.canvas');
    this.panel = page.getByTestId('panel.place');
    this.panelTitle = page.getByTestId('panel.place.title');
    this.panelPassages = page.getByTestId('panel.place.passages').locator('li');
    this.article = page.getByRole('main');
    this.notices = page.getByTestId('notices');
    this.placesButton = page.getByRole('button', { name: /Places \(\d+\)/ });
    this.placeFilter = page.getByLabel('Filter places');
    this.closePanelButton = this.panel.getByRole('button', { name: 'Close the place panel' });
    this.legend = page.getByRole('region', { name: 'Map key' });
    this.legendButton = this.legend.getByRole('button', { name: 'Key', exact: true });
  }

  /** The key's entry of one kind (`border`, `crossing`, …). */
  legendEntry(id: string): Locator {
    return this.legend.locator(`li[data-entry="${id}"]`);
  }

  /** The place list's entry for a place (the list must be open to click it). */
  placeItem(placeId: string): Locator {
    return this.page.getByTestId('place-list').locator(`button.place-item[data-place="${placeId}"]`);
  }

  /** Every entry the place list shows now. */
  get placeItems(): Locator {
    return this.page.getByTestId('place-list').locator('button.place-item');
  }

  /** The place list's count line ("1 of 68 places"). */
  get placeCount(): Locator {
    return this.page.getByTestId('place-list').locator('.count');
  }

  /** Choose a place from the place list, as a reader does: open the list, click its entry. */
  async chooseFromList(placeId: string) {
    await this.placesButton.click();
    await this.placeItem(placeId).click();
  }

  /** The header's Export button, and its menu. */
  get exportButton(): Locator {
    return this.page.getByRole('button', { name: 'Export', exact: true });
  }
  get exportMenu(): Locator {
    return this.page.getByRole('menu', { name: 'Export' });
  }

  /** Export from the header's menu (an item's name, e.g. "Places (GeoJSON)"); the file as downloaded. */
  async exportFile(item: string): Promise<{ name: string; body: Buffer }> {
    await this.exportButton.click();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.exportMenu.getByRole('menuitem', { name: item }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    return { name: download.suggestedFilename(), body: Buffer.concat(chunks) };
  }

  /** The menu that corrects a mention, the place search, and the Undo bar. */
  get correctionMenu(): Locator {
    return this.page.getByTestId('correction.menu');
  }
  get placeSearch(): Locator {
    return this.page.getByRole('dialog', { name: /^(Which place is|Mark) / });
  }
  get undoBar(): Locator {
    return this.page.getByTestId('correction.undo');
  }

  /** Open the correction menu on a mention, as a right click does. */
  async correctMention(placeId: string, passage: number) {
    await this.mention(placeId, passage).click({ button: 'right' });
    await expect(this.correctionMenu).toBeVisible();
  }

  /** Select words of a passage as a reader drags over them (the first time they appear). */
  async selectWords(passage: number, words: string) {
    await this.passage(passage).scrollIntoViewIfNeeded();
    await this.page.evaluate(
      ([n, w]) => {
        const el = document.getElementById(`passage-${n}`)!;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(w);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + w.length);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          return;
        }
        throw new Error(`“${w}” is not in passage ${n}`);
      },
      [passage, words] as const,
    );
    // Letting go of the selection is what the app listens for.
    await this.page.locator(`#passage-${passage}`).dispatchEvent('pointerup');
  }

  /** The "Open an article" dialog. */
  get openDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Open an article' });
  }

  /** Open the dialog from the header's button. */
  async startOpening() {
    await this.page.getByRole('button', { name: 'Open an article' }).click();
    await expect(this.openDialog).toBeVisible();
  }

  /** Paste an article's text into the dialog and open it. */
  async pasteArticle(text: string) {
    if (!(await this.openDialog.isVisible())) await this.startOpening();
    await this.openDialog.getByLabel('Article text').fill(text);
    await this.openDialog.getByRole('button', { name: 'Open', exact: true }).click();
    await this.settled();
  }

  /**
   * The dialog has answered what it was given: closed, or open again for the
   * next step (an error, a question, a report). The article is shown before it
   * is kept, so the dialog can still be open, busy, while the article reads.
   */
  async settled() {
    await this.page.waitForFunction(() => !document.querySelector('dialog[open] button[type=submit][disabled]'));
  }

  /**
   * Paste an article as a reader does, through the clipboard and Ctrl+V. For
   * long texts: Playwright's fill types the text in through the editor, which
   * in Chromium takes about 30 s for 1 MB; a real paste takes about one.
   */
  async pasteFromClipboard(text: string) {
    if (!(await this.openDialog.isVisible())) await this.startOpening();
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    const field = this.openDialog.getByLabel('Article text');
    await field.focus();
    await this.page.keyboard.press('ControlOrMeta+V');
    await expect(field).toHaveJSProperty('value', text);
    await this.openDialog.getByRole('button', { name: 'Open', exact: true }).click();
    await this.settled();
  }

  /** Choose a file in the dialog. */
  async chooseFile(name: string, body: string | Buffer, mimeType = 'text/plain') {
    if (!(await this.openDialog.isVisible())) await this.startOpening();
    await this.openDialog.locator('input[type=file]').setInputFiles({ name, mimeType, buffer: Buffer.from(body) });
    await this.settled();
  }

  /**
   * Drop a file on the page, as a reader drags one from their desktop; with
   * `thenOpen`, press "Open an article" in the same moment, before the file
   * has been read.
   */
  async dropFile(name: string, body: string, mimeType = 'text/plain', { thenOpen = false } = {}) {
    await this.page.evaluate(
      ([n, b, t, open]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([b], n, { type: t }));
        const main = document.querySelector('main')!;
        for (const type of ['dragover', 'drop'])
          main.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
        if (open) document.querySelector<HTMLElement>('[data-action="open-article"]')!.click();
      },
      [name, body, mimeType, thenOpen] as const,
    );
  }

  /** The id of the article shown (`default` for the seed), once React has it (the build's HTML holds the default's). */
  async articleId(): Promise<string | null> {
    await this.articleLive();
    return this.article.locator('article[data-article-id]').getAttribute('data-article-id');
  }

  /** Do something, and return once the map has started the move it causes (its `movestart`). */
  async andMapStartsMoving(action: () => Promise<void>) {
    await this.page.evaluate(() => {
      window.__moveStarted = window.__mapTest!.next('movestart').then(() => undefined);
    });
    await action();
    await this.page.evaluate(() => window.__moveStarted);
  }

  /** The map's camera: zoom, centre, bearing and pitch. */
  async mapCamera(): Promise<{ zoom: number; lon: number; lat: number; bearing: number; pitch: number }> {
    return this.page.evaluate(() => window.__mapTest!.camera());
  }

  /** Ids of the places whose labels the map has placed in a label layer (collided labels are not). */
  async placedLabels(layer: string, key = 'id'): Promise<string[]> {
    return this.page.evaluate(([l, k]) => window.__mapTest!.rendered([l], k), [layer, key] as const);
  }

  /** Where the place panel leaves the map in sight: right of it beside a side panel, above it over a sheet. */
  async unobstructedMap(): Promise<{ left: number; top: number; right: number; bottom: number }> {
    const map = (await this.map.boundingBox())!;
    const box = { left: map.x, top: map.y, right: map.x + map.width, bottom: map.y + map.height };
    const panel = (await this.panel.count()) ? await this.panel.boundingBox() : null;
    if (!panel) return box;
    const sheet = panel.width > map.width * 0.75;
    if (sheet) box.bottom = Math.min(box.bottom, panel.y);
    else if (panel.x > map.x) box.right = Math.min(box.right, panel.x);
    return box;
  }

  /** Open a page; `painted` returns once the article is shown, without waiting for its scripts (which may be held). */
  async open(path = '/', until: 'load' | 'painted' = 'load') {
    await this.page.goto(path, { waitUntil: until === 'load' ? 'load' : 'commit' });
    await expect(this.article.locator('h1')).toBeVisible();
  }

  /** The article is still the build's HTML, not yet hydrated by React (its scripts have not run). */
  async articleStatic() {
    await expect(this.article).toHaveAttribute('data-article-state', 'static');
  }

  /** React has hydrated the article (hover links and copy buttons work). */
  async articleLive() {
    await expect(this.article).toHaveAttribute('data-article-state', 'live');
  }

  async mapIdle() {
    await expect(this.map).toHaveAttribute('data-map-state', 'idle');
  }

  /** Passage numbers listed in the place panel. */
  async panelPassageNumbers(): Promise<number[]> {
    return await this.panelPassages.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-passage'))));
  }

  /** Pixel position of a coordinate on the page, via the map's own projection. */
  async pagePoint([lon, lat]: LngLat): Promise<{ x: number; y: number }> {
    const p = await this.page.evaluate(([lo, la]) => window.__mapTest!.project([lo, la]), [lon, lat] as const);
    const box = (await this.map.boundingBox())!;
    return { x: box.x + p.x, y: box.y + p.y };
  }

  async clickMapAt(lngLat: LngLat) {
    const { x, y } = await this.pagePoint(lngLat);
    await this.page.mouse.click(x, y);
  }

  async hoverMapAt(lngLat: LngLat) {
    const { x, y } = await this.pagePoint(lngLat);
    await this.page.mouse.move(x, y);
  }

  async mapCenter(): Promise<LngLat> {
    return this.page.evaluate(() => {
      const c = window.__mapTest!.camera();
      return [c.lon, c.lat] as LngLat;
    });
  }

  /**
   * Whether a place's bounds lie in the part of the map the reader can see:
   * inside the map and clear of the place panel where it overlays the map.
   */
  async placeInView([w, s, e, n]: [number, number, number, number]): Promise<boolean> {
    const box = await this.unobstructedMap();
    for (const corner of [
      [w, s],
      [e, n],
      [w, n],
      [e, s],
    ] as [number, number][]) {
      const { x, y } = await this.pagePoint(corner);
      if (x < box.left - 1 || x > box.right + 1 || y < box.top - 1 || y > box.bottom + 1) return false;
    }
    return true;
  }

  /** Whether a point of the map is in sight: on the map and not under the place panel. */
  async pointInSight(lngLat: LngLat): Promise<boolean> {
    const box = await this.unobstructedMap();
    const { x, y } = await this.pagePoint(lngLat);
    return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
  }

  async mapZoom(): Promise<number> {
    return this.page.evaluate(() => window.__mapTest!.camera().zoom);
  }

  async featureState(id: string): Promise<Record<string, unknown>> {
    return this.page.evaluate((i) => window.__mapTest!.featureState(i), id);
  }

  mention(placeId: string, passage?: number): Locator {
    const scope = passage ? this.page.locator(`#passage-${passage}`) : this.article;
    return scope.locator(`a.mention[data-place="${placeId}"]`).first();
  }

  /** Whether a mention is painted lit (its place selected or hovered on the map): in the page's lit highlight. */
  async isLit(placeId: string, passage?: number): Promise<boolean> {
    return this.mention(placeId, passage).evaluate((el) =>
      [...(CSS.highlights.get('lit-mention') ?? [])].some((r) => r.startContainer === el),
    );
  }

  passage(n: number): Locator {
    return this.page.locator(`#passage-${n}`);
  }
}

import type {} from '../src/map/test-api.ts';

declare global {
  interface Window {
    /** Set by the page object: the next `movestart` of the map. */
    __moveStarted?: Promise<void>;
  }
}
