import type { PlaceKind } from '../places/gazetteer.ts';
import type { PlaceFacts } from '../places/place-data.ts';

/** How the map should show a place. */
export type Framing =
  | { type: 'bounds'; bounds: [[number, number], [number, number]]; maxZoom: number }
  | { type: 'center'; center: [number, number]; zoom: number }
  | { type: 'none'; reason: string };

/** Zoom at which a point's surroundings are legible, by kind. */
const POINT_ZOOM: Partial<Record<PlaceKind, number>> = {
  crossing: 11,
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
  if (!facts) return { type: 'none', reason: 'no geometry' };
  const [w, s, e, n] = facts.bbox;
  if (facts.geometry === 'point') return { type: 'center', center: [w, s], zoom: POINT_ZOOM[kind] ?? 9 };
  if (e - w > 180) return { type: 'none', reason: 'too large to frame on this map' };
  return {
    type: 'bounds',
    bounds: [
      [w, s],
      [e, n],
    ],
    maxZoom: kind === 'country' || kind === 'region' ? 6 : 9,
  };
}
