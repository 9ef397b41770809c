// The places as the app sees them: gazetteer + facts from the pipeline + the article index.
import { DEFAULT_ARTICLE } from '../article/default-article.ts';
import geoFacts from './geo-facts.json';
import { PLACES, type Place } from './gazetteer.ts';
import { createMentionFinder, indexMentions, type PlaceIndex } from './mentions.ts';
import { footnoteNumbers } from '../article/footnotes.ts';

/** Measured facts about one place, precomputed by the geodata pipeline. */
export interface PlaceFacts {
  bbox: [number, number, number, number];
  /** A point standing for the place in text: the point, the line's middle, a point inside the area. */
  anchor: [number, number];
  geometry: 'point' | 'line' | 'area';
  source: string;
  areaKm2?: number;
  borderKm?: number;
  borderShare?: number;
  lengthKm?: number;
  sourceLengthKm?: number;
  vertices?: number;
  borderDistanceKm?: number;
  nearestCapital?: { id: string; km: number };
}

/** A data source and the credit it needs. */
export interface GeoSource {
  id: string;
  name: string;
  detail: string;
  licence: string;
  url: string;
}

/** Facts by place id. */
export const FACTS = geoFacts.places as unknown as Readonly<Record<string, PlaceFacts>>;

/** Every data source with its licence. */
export const GEO_SOURCES = geoFacts.sources as readonly GeoSource[];

/** Facts of a place; every gazetteer place has them (a unit test checks). */
export function factsOf(id: string): PlaceFacts | undefined {
  return Object.hasOwn(FACTS, id) ? FACTS[id] : undefined;
}

/** The default article's place index. */
export const ARTICLE_INDEX: PlaceIndex = indexMentions(DEFAULT_ARTICLE.passages, createMentionFinder(PLACES));

/** Printed footnote number of each place the article names, by first mention. */
export const FOOTNOTES: ReadonlyMap<string, number> = footnoteNumbers(
  ARTICLE_INDEX,
  DEFAULT_ARTICLE.passages.map((p) => p.n),
);

/** Ids of the places the article names, for styling them apart on the map. */
export const MENTIONED_IDS: readonly string[] = PLACES.filter((p) => ARTICLE_INDEX.byPlace.has(p.id)).map((p) => p.id);

/** Places in gazetteer order with how many passages name each. */
export function placesWithCounts(): { place: Place; passages: number }[] {
  return PLACES.map((place) => ({
    place,
    passages: new Set((ARTICLE_INDEX.byPlace.get(place.id) ?? []).map((m) => m.passage)).size,
  }));
}
