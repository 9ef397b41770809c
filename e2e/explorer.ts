// Page object: what a reader does with the explorer, in the app's own terms.
import { expect, type Locator, type Page } from '@playwright/test';
import facts from '../src/places/geo-facts.json' with { type: 'json' };

type LngLat = [number, number];

/** A point of each place to click or check against, from the pipeline's facts. */
export function placePoint(id: string): LngLat {
  const b = (facts.places as Record<string, { bbox: number[] }>)[id]!.bbox;
  return [(b[0]! + b[2]!) / 2, (b[1]! + b[3]!) / 2];
}

/** Bounds of a place: [west, south, east, north]. */
export function placeBounds(id: string): [number, number, number, number] {
  const [w, s, e, n] = (facts.places as Record<string, { bbox: number[] }>)[id]!.bbox as [number, number, number, number];
  return [w, s, e, n];
}

export class Explorer {
  readonly map: Locator;
  readonly panel: Locator;
  readonly panelTitle: Locator;
  readonly panelPassages: Locator;
  readonly article: Locator;
  readonly notices: Locator;

  constructor(readonly page: Page) {
    this.map = page.getByTestId('map.canvas');
    this.panel = page.getByTestId('panel.place');
    this.panelTitle = page.getByTestId('panel.place.title');
    this.panelPassages = page.getByTestId('panel.place.passages').locator('li');
    this.article = page.getByRole('main');
    this.notices = page.getByTestId('notices');
  }

  async open(path = '/') {
    await this.page.goto(path);
    await expect(this.article.locator('h1')).toBeVisible();
  }

  /** The article is still the static HTML, not yet taken over by React. */
  async articleStatic() {
    await expect(this.article).toHaveAttribute('data-article-state', 'static');
  }

  /** React has taken the static article over (hover links and copy buttons work). */
  async articleLive() {
    await expect(this.article).toHaveAttribute('data-article-state', 'live');
  }

  async mapIdle() {
    await expect(this.map).toHaveAttribute('data-map-state', 'idle');
  }

  /** Passage numbers listed in the place panel. */
  async panelPassageNumbers(): Promise<number[]> {
    return (await this.panelPassages.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-passage')))));
  }

  /** Pixel position of a coordinate on the page, via the map's own projection. */
  async pagePoint([lon, lat]: LngLat): Promise<{ x: number; y: number }> {
    const p = await this.page.evaluate(([lo, la]) => window.__borderMap!.project([lo, la]), [lon, lat] as const);
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
      const c = window.__borderMap!.getCenter();
      return [c.lng, c.lat] as LngLat;
    });
  }

  /**
   * Whether a place's bounds lie in the part of the map the reader can see:
   * inside the map and clear of the place panel where it overlays the map.
   */
  async placeInView([w, s, e, n]: [number, number, number, number]): Promise<boolean> {
    const map = (await this.map.boundingBox())!;
    const panel = (await this.panel.count()) ? await this.panel.boundingBox() : null;
    const right = panel && panel.x > map.x ? panel.x : map.x + map.width;
    for (const corner of [[w, s], [e, n], [w, n], [e, s]] as [number, number][]) {
      const { x, y } = await this.pagePoint(corner);
      if (x < map.x - 1 || x > right + 1 || y < map.y - 1 || y > map.y + map.height + 1) return false;
    }
    return true;
  }

  async mapZoom(): Promise<number> {
    return this.page.evaluate(() => window.__borderMap!.getZoom());
  }

  async featureState(id: string): Promise<Record<string, unknown>> {
    return this.page.evaluate((i) => window.__borderMap!.getFeatureState({ source: 'places', id: i }), id);
  }

  mention(placeId: string, passage?: number): Locator {
    const scope = passage ? this.page.locator(`#passage-${passage}`) : this.article;
    return scope.locator(`a.mention[data-place="${placeId}"]`).first();
  }

  passage(n: number): Locator {
    return this.page.locator(`#passage-${n}`);
  }
}

declare global {
  interface Window {
    __borderMap?: import('maplibre-gl').Map;
  }
}
