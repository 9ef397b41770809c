import type { Passage } from '../article/passages.ts';
import type { Place } from './gazetteer.ts';

/** A span of passage text that names a place: [start, end) in UTF-16 units. */
export interface Mention {
  placeId: string;
  start: number;
  end: number;
}

/**
 * Names that contain a place name but name an organisation, not the place
 * ("Tehreek-e-Taliban Pakistan", "Pakistan Army"). They take their span so the
 * place inside them is not counted. Demonyms ("Afghan", "Pakistani") are never
 * mentions: they describe people and governments, and whole-word matching
 * already keeps them apart from "Afghanistan" and "Pakistan".
 */
export const NOT_PLACES: readonly string[] = [
  'Tehreek-e-Taliban Pakistan',
  'Pakistan Tehreek-e-Insaf',
  'Pakistan Peoples Party',
  'Pakistan Army',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A compiled matcher for a gazetteer: call it on any text. One that can read a
 * whole article at once (`article`, its passages' texts in order) does, so
 * that what one passage says of a name holds in the others.
 */
export type MentionFinder = ((text: string) => Mention[]) & { article?: (texts: readonly string[]) => Mention[][] };

/**
 * Build a finder for these places. Matching is case-sensitive (place names are
 * proper nouns: "us" is not "US"), on whole words, takes a possessive
 * ("Islamabad’s", "Kabul's") into the span, and the longest name wins where
 * names overlap ("Spin Boldak" over a shorter name inside it).
 */
export function createMentionFinder(places: readonly Place[]): MentionFinder {
  const owner = new Map<string, string | null>();
  for (const p of places) for (const name of [p.name, ...p.aliases]) owner.set(name, p.id);
  for (const name of NOT_PLACES) owner.set(name, null);
  const names = [...owner.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  // Longest alternatives first: at any position the regex takes the longest name.
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${names.map(escape).join('|')})(?:[’']s)?(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => {
    const out: Mention[] = [];
    for (const m of text.matchAll(re)) {
      const id = owner.get(m[1]!);
      if (id) out.push({ placeId: id, start: m.index, end: m.index + m[0].length });
    }
    return out;
  };
}

/** Where a place is named: passage number and span. */
export interface PlaceMention extends Mention {
  passage: number;
}

/** Both directions of the article's place index. */
export interface PlaceIndex {
  /** Mentions in each passage, in text order. */
  byPassage: ReadonlyMap<number, readonly Mention[]>;
  /** Every mention of each place, in article order. */
  byPlace: ReadonlyMap<string, readonly PlaceMention[]>;
}

/** Index every passage of an article; `find` is also told which passage the text is. */
export function indexMentions(
  passages: readonly Passage[],
  find: (text: string, passage: number) => Mention[],
): PlaceIndex {
  const byPassage = new Map<number, Mention[]>();
  const byPlace = new Map<string, PlaceMention[]>();
  for (const p of passages) {
    const ms = find(p.text, p.n);
    byPassage.set(p.n, ms);
    for (const m of ms) {
      const list = byPlace.get(m.placeId) ?? [];
      list.push({ ...m, passage: p.n });
      byPlace.set(m.placeId, list);
    }
  }
  return { byPassage, byPlace };
}

/** The distinct passage numbers that mention a place, ascending. */
export function passagesOf(index: PlaceIndex, placeId: string): number[] {
  return [...new Set((index.byPlace.get(placeId) ?? []).map((m) => m.passage))];
}
