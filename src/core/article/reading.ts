// Following the reading (issue 32): which passage is being read, which places
// it names, which were named in passages read before, and where the next
// passage that names a place is. Pure: the article's index comes in as data.
import type { PlaceIndex } from '../places/mentions.ts';

/**
 * The reading line, as a share of the article's visible height from its top:
 * the passage that crosses it is the one being read. A third of the way down is
 * where the eye rests when reading a scrolling column, and it stays inside
 * the view on a phone's short article area too.
 */
export const READING_LINE = 0.3;

/** The places a passage names, each once, in the order it names them. */
export function placesOf(index: PlaceIndex, passage: number | null): string[] {
  if (passage === null) return [];
  return [...new Set((index.byPassage.get(passage) ?? []).map((m) => m.placeId))];
}

/** The places named in the passages read before, less those the passage being read names. */
export function readBefore(index: PlaceIndex, read: ReadonlySet<number>, reading: number | null): string[] {
  const now = new Set(placesOf(index, reading));
  const out = new Set<string>();
  for (const n of read) if (n !== reading) for (const id of placesOf(index, n)) if (!now.has(id)) out.add(id);
  return [...out];
}

/** The next (dir 1) or previous (dir -1) passage after `from` that names a place, or null. */
export function stepPassage(
  index: PlaceIndex,
  passages: readonly number[],
  from: number | null,
  dir: 1 | -1,
): number | null {
  const named = passages.filter((n) => (index.byPassage.get(n)?.length ?? 0) > 0);
  if (named.length === 0) return null;
  if (from === null) return dir === 1 ? named[0]! : null;
  if (dir === 1) return named.find((n) => n > from) ?? null;
  return named.findLast((n) => n < from) ?? null;
}
