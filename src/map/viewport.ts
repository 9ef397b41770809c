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
  if (!box || box.width === 0) return { top: base, left: base, right: base, bottom: base };
  // The panel overlays the right of the map on wide screens and its bottom (a sheet) on narrow ones.
  const isSheet = box.width > mapBox.width * 0.75;
  const right = isSheet ? 0 : Math.max(0, mapBox.right - box.left);
  const bottom = isSheet ? Math.max(0, mapBox.bottom - box.top) : 0;
  // Never pad away more than the map has: leave at least 40% of it to frame in.
  return {
    top: base,
    left: base,
    right: Math.min(base + right, Math.max(base, mapBox.width * 0.6 - base)),
    bottom: Math.min(base + bottom, Math.max(base, mapBox.height * 0.6 - base)),
  };
}
