// What the pipeline measured about each place, and the sources it credits.
import geoFacts from './geo-facts.json';

/** Measured facts about one place, precomputed by the geodata pipeline. */
export interface PlaceFacts {
  /** What a point stands for, where the place is larger than a point (regional gazetteer). */
  pointNote?: 'hq' | 'centre' | 'approx' | 'line' | 'parent';
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

const addedFacts = new Map<string, PlaceFacts>();

/** Facts of places the app learned of at run time (the regional gazetteer's points). */
export function addFacts(facts: ReadonlyMap<string, PlaceFacts>): void {
  for (const [id, f] of facts) if (!Object.hasOwn(FACTS, id)) addedFacts.set(id, f);
}

/** Facts of a place; every gazetteer place has them (a unit test checks). */
export function factsOf(id: string): PlaceFacts | undefined {
  return Object.hasOwn(FACTS, id) ? FACTS[id] : addedFacts.get(id);
}
