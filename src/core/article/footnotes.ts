// Printed footnotes: every place mention carries its place's number; the notes
// give the place's name, kind and a coordinate a reader on paper can look up.
import type { PlaceIndex } from '../places/mentions.ts';

/** Footnote numbers by place id, in the order the article first names each place. */
export function footnoteNumbers(index: PlaceIndex, passageOrder: readonly number[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const n of passageOrder) {
    for (const m of index.byPassage.get(n) ?? []) {
      if (!out.has(m.placeId)) out.set(m.placeId, out.size + 1);
    }
  }
  return out;
}

/** "34.115° N, 71.085° E": degrees with hemisphere letters, `decimals` places. */
export function formatLatLon([lon, lat]: readonly [number, number], decimals = 3): string {
  const part = (v: number, pos: string, neg: string) => `${Math.abs(v).toFixed(decimals)}° ${v < 0 ? neg : pos}`;
  return `${part(lat, 'N', 'S')}, ${part(lon, 'E', 'W')}`;
}

/** What the coordinate of a place stands for, in the note. */
export function anchorLabel(geometry: 'point' | 'line' | 'area'): string {
  return geometry === 'point' ? '' : geometry === 'line' ? 'midpoint' : 'inside the area';
}
