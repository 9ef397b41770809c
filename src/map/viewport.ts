import type { LngLatBoundsLike, PaddingOptions } from 'maplibre-gl';
import { factsOf } from '../places/place-data.ts';

const [w, s, e, n] = factsOf('durand-line')!.bbox;

/** The first view: the whole Durand Line. */
export const INITIAL_BOUNDS: LngLatBoundsLike = [
  [w, s],
  [e, n],
];

/** Padding that keeps a framed place clear of the place panel where it overlays the map. */
export function panelPadding(mapEl: HTMLElement): PaddingOptions {
  const base = 40;
  const panel = mapEl.closest('.map-region')?.querySelector<HTMLElement>('.place-panel');
  const mapBox = mapEl.getBoundingClientRect();
  const box = panel?.getBoundingClientRect();
  // The panel overlays the right of the map on wide screens and the bottom on narrow ones.
  const right = box && box.left > mapBox.left + mapBox.width / 2 ? mapBox.right - box.left : 0;
  const bottom = box && !right && box.top > mapBox.top ? Math.max(0, mapBox.bottom - box.top) : 0;
  return { top: base, left: base, right: base + right, bottom: base + bottom };
}
