// What the pipeline measured about each place, and the sources it credits.
import geoFacts from './geo-facts.ts';
import type { Measurable } from './claims.ts';
import type { GeoFacts, GeoSource, PlaceFacts } from './schema.ts';
import { DETAIL_SOURCES } from '../map/detail.ts';

export type { GeoSource, PlaceFacts } from './schema.ts';

/** The pipeline's facts: parsed with their schema when written, and typed by it (`satisfies`). */
const GEO_FACTS: GeoFacts = geoFacts;

/** Facts by place id. */
export const FACTS: Readonly<Record<string, PlaceFacts>> = GEO_FACTS.places;

/** Every data source with its licence: the pipeline's, and the rivers of the map's detail (core/map/detail.ts). */
export const GEO_SOURCES: readonly GeoSource[] = [...GEO_FACTS.sources, ...DETAIL_SOURCES];

/** The sources' credits as plain text: for the printed map and the exported picture. */
export const SOURCES_TEXT = GEO_SOURCES.map((s) => `${s.name} (${s.licence})`).join(' · ');

const addedFacts = new Map<string, PlaceFacts>();

/** Facts of places the app learned of at run time (the regional gazetteer's points). */
export function addFacts(facts: ReadonlyMap<string, PlaceFacts>): void {
  for (const [id, f] of facts) if (!Object.hasOwn(FACTS, id)) addedFacts.set(id, f);
}

/** Facts of a place; every gazetteer place has them (a unit test checks). */
export function factsOf(id: string): PlaceFacts | undefined {
  return Object.hasOwn(FACTS, id) ? FACTS[id] : addedFacts.get(id);
}

/** What a claim is measured with: a place's facts, and the name of the source that drew it. */
export function measurable(id: string): Measurable | undefined {
  const f = factsOf(id);
  if (!f) return undefined;
  const sourceName = GEO_SOURCES.find((s) => s.id === f.source)?.name;
  return { lengthKm: f.lengthKm, anchor: f.anchor, borderDistanceKm: f.borderDistanceKm, sourceName };
}
