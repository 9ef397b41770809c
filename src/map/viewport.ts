import type { LngLatBoundsLike, PaddingOptions } from 'maplibre-gl';
import { factsOf } from '../core/places/place-data.ts';

const [w, s, e, n] = factsOf('durand-line')!.bbox;

/** The first view: the whole Durand Line. */
export const INITIAL_BOUNDS: LngLatBoundsLike = [
  [w, s],
  [e, n],
];

/** The smallest width or height, in pixels, left to frame a place in. */
const MIN_FRAME = 120;

/** Padding that keeps a framed place clear of the place panel where it overlays the map. */
export function panelPadding(mapEl: HTMLElement): Required<PaddingOptions> {
  const base = 40;
  const panel = mapEl.closest('.map-region')?.querySelector<HTMLElement>('.place-panel');
  const mapBox = mapEl.getBoundingClientRect();
  const box = panel?.getBoundingClientRect();
  if (!box || box.width === 0) return { top: base, left: base, right: base, bottom: base };
  // The panel overlays the right of the map on wide screens and its bottom (a sheet) on narrow ones.
  const isSheet = box.width > mapBox.width * 0.75;
  const right = isSheet ? 0 : Math.max(0, mapBox.right - box.left);
  const bottom = isSheet ? Math.max(0, mapBox.bottom - box.top) : 0;
  // Never pad away more than the map has: keep at least MIN_FRAME pixels to frame in.
  return {
    top: base,
    left: base,
    right: Math.max(base, Math.min(base + right, mapBox.width - base - MIN_FRAME)),
    bottom: Math.max(base, Math.min(base + bottom, mapBox.height - base - MIN_FRAME)),
  };
}

/**
 * Padding for framing all of an article's places: the panel's, with room for the labels of the
 * places at the edges, and clear of the map's switches, which stand over the bottom right corner (a place
 * framed there was drawn under the "Detailed map" switch).
 */
export function allPlacesPadding(mapEl: HTMLElement): Required<PaddingOptions> {
  const pad = panelPadding(mapEl);
  const mapBox = mapEl.getBoundingClientRect();
  const switches = mapEl.closest('.map-region')?.querySelector<HTMLElement>('.map-switches')?.getBoundingClientRect();
  const underSwitches = switches && switches.height > 0 ? Math.max(0, mapBox.bottom - switches.top) + 24 : 0;
  const bottom = Math.max(pad.bottom + 20, Math.min(underSwitches, mapBox.height - pad.top - 40 - MIN_FRAME));
  return { top: pad.top + 40, bottom, left: pad.left + 60, right: pad.right + 60 };
}

/** The part of the map a reader sees, in map pixels: the map less the padding (the panel's side). */
export function visibleBox(
  mapEl: HTMLElement,
  padding: PaddingOptions,
): { left: number; top: number; right: number; bottom: number } {
  return {
    left: padding.left ?? 0,
    top: padding.top ?? 0,
    right: mapEl.clientWidth - (padding.right ?? 0),
    bottom: mapEl.clientHeight - (padding.bottom ?? 0),
  };
}
