import type { PlaceKind } from '../core/places/gazetteer.ts';
import type { PlaceFacts } from '../core/places/place-data.ts';

/** How the map should show a place. */
export type Framing =
  | { type: 'bounds'; bounds: [[number, number], [number, number]]; maxZoom: number }
  | { type: 'center'; center: [number, number]; zoom: number }
  | { type: 'none' };

/** Zoom at which a point's surroundings are legible, by kind. */
const POINT_ZOOM: Partial<Record<PlaceKind, number>> = {
  // Close enough for the crossing, wide enough for the towns, river and pass behind it (the detail).
  crossing: 9.5,
  town: 10,
  district: 9,
  capital: 8,
};

/**
 * Areas and lines are framed with their bounds; points are centred at a zoom
 * where their surroundings can be read. Places wider than half the world
 * (Russia, the United States) cannot be framed usefully on this map.
 */
export function framingFor(kind: PlaceKind, facts: PlaceFacts | undefined): Framing {
  if (!facts) return { type: 'none' };
  const [w, s, e, n] = facts.bbox;
  // A point, or a place shown as one (a country of the regional gazetteer has bounds to frame).
  if (facts.geometry === 'point' && w === e && s === n)
    return { type: 'center', center: facts.anchor, zoom: POINT_ZOOM[kind] ?? 9 };
  if (e - w > 180) return { type: 'none' };
  return {
    type: 'bounds',
    bounds: [
      [w, s],
      [e, n],
    ],
    // A place put beside a town is framed with it as closely as the town would be.
    maxZoom: kind === 'country' || kind === 'region' ? 6 : facts.pointNote === 'text' ? POINT_ZOOM.town! : 9,
  };
}

/**
 * The border region the explorer is about ([west, south, east, north]): an
 * article's places in it are what its first view frames; a neighbour's
 * province or a far country it also names does not pull the view away.
 */
export const STORY_REGION: readonly [number, number, number, number] = [60, 24, 75.5, 37.5];

/** Places wider than this (in degrees of longitude) are left out of an article's framing while others remain. */
const WIDE = 45;
/**
 * Places this wide (a country: Afghanistan is 15°, Pakistan 16°) are left out of the framing of the story's
 * region while it names smaller places there: a story of Kandahar and Helmand that names Afghanistan is framed
 * on Kandahar and Helmand, not the whole country. Balochistan (9°) stays.
 */
const COUNTRY_WIDE = 10;

/**
 * All of an article's places at once: the bounds around them, leaving out the
 * places of continental size while smaller ones remain (a mention of the
 * United States or Russia would make it a map of half the world). None when
 * no place can be framed.
 */
export function framingForAll(
  facts: readonly (PlaceFacts | undefined)[],
  /** The story's region: places whose point is in it are framed first; others only when none is. */
  region: readonly [number, number, number, number] = STORY_REGION,
): Framing {
  const known = facts.filter((f): f is PlaceFacts => f !== undefined && f.bbox[2] - f.bbox[0] <= 180);
  const small = known.filter((f) => f.bbox[2] - f.bbox[0] <= WIDE);
  const [rw, rs, re, rn] = region;
  const near = small.filter(({ anchor: [x, y] }) => x >= rw && x <= re && y >= rs && y <= rn);
  const local = near.filter((f) => f.bbox[2] - f.bbox[0] < COUNTRY_WIDE);
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of local.length ? local : near.length ? near : small.length ? small : known) {
    w = Math.min(w, f.bbox[0]);
    s = Math.min(s, f.bbox[1]);
    e = Math.max(e, f.bbox[2]);
    n = Math.max(n, f.bbox[3]);
  }
  if (w > e) return { type: 'none' };
  return {
    type: 'bounds',
    bounds: [
      [w, s],
      [e, n],
    ],
    maxZoom: 9,
  };
}
