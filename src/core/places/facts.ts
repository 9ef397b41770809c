import { COUNTRY_NAMES, KIND_LABELS, placeById, type Place } from './gazetteer.ts';
import type { GeoSource, PlaceFacts } from './place-data.ts';
import { formatNumber } from './numbers.ts';
import { isUnlocatedId } from './finder/unlocated.ts';

/** What the point on the map stands for, in the reader's words. */
export const POINT_NOTES: Readonly<Record<NonNullable<PlaceFacts['pointNote']>, string>> = {
  hq: 'a point at its headquarters town',
  centre: 'a point at the centre of its towns and villages',
  approx: 'a point at an approximate position',
  line: 'a point on the Durand Line at an approximate position',
  parent: 'a point at the centre of its province (our sources give no position for it)',
  text: 'approximate: drawn beside the place the article names it with',
};

/** One line of the panel's facts. */
export interface FactLine {
  label: string;
  value: string;
}

const km = (n: number) => `${formatNumber(n)} km`;

/** "border crossing · Pakistan" */
export function kindLine(place: Place): string {
  const country = COUNTRY_NAMES[place.country];
  if (isUnlocatedId(place.id))
    return country ? `Place the map does not know · ${country}` : 'Place the map does not know';
  return country && place.kind !== 'country' ? `${KIND_LABELS[place.kind]} · ${country}` : KIND_LABELS[place.kind];
}

/** The measured facts worth showing for a place, in reading order. */
export function factLines(facts: PlaceFacts | undefined, sources: readonly GeoSource[]): FactLine[] {
  if (!facts) return [];
  const out: FactLine[] = [];
  if (facts.lengthKm !== undefined) out.push({ label: 'Length on this map', value: km(facts.lengthKm) });
  if (facts.areaKm2 !== undefined) out.push({ label: 'Area', value: `${formatNumber(facts.areaKm2)} km²` });
  if (facts.borderKm !== undefined && facts.borderShare !== undefined) {
    out.push({
      label: 'On the Durand Line',
      value: `${km(facts.borderKm)} (${Math.round(facts.borderShare * 100)}% of the border)`,
    });
  }
  if (facts.borderDistanceKm !== undefined) {
    out.push({
      label: 'From the border',
      value: facts.borderDistanceKm < 0.5 ? 'on the line' : `${formatNumber(facts.borderDistanceKm, 1)} km`,
    });
  }
  if (facts.nearestCapital) {
    const cap = placeById(facts.nearestCapital.id);
    out.push({
      label: 'Nearest capital',
      value: `${cap?.name ?? facts.nearestCapital.id}, ${km(facts.nearestCapital.km)}`,
    });
  }
  if (facts.nearestCrossing) {
    const crossing = placeById(facts.nearestCrossing.id);
    out.push({
      label: 'Nearest crossing',
      value: `${crossing?.name ?? facts.nearestCrossing.id}, ${km(facts.nearestCrossing.km)}`,
    });
  }
  if (facts.pointNote) out.push({ label: 'On the map', value: POINT_NOTES[facts.pointNote] });
  const src = sources.find((s) => s.id === facts.source);
  if (src) out.push({ label: 'Source', value: `${src.name} (${src.licence})` });
  return out;
}
