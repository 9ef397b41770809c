// The regional gazetteer in the app: fetched when an article other than the
// default is opened, its places added to the ones the app knows, and the
// finder built over it. Loaded once; a failed load can be retried.
import { addPlaces, COUNTRY_NAMES, KIND_LABELS, type Place } from '../../core/places/gazetteer.ts';
import { addFacts, type PlaceFacts } from '../../core/places/place-data.ts';
import { createPlaceFinder, type FoundMention } from '../../core/places/finder/finder.ts';
import * as v from 'valibot';
import { GazetteerFileSchema } from '../../core/places/schema.ts';
import { GAZETTEER_URL, type GazetteerEntry, type GazetteerFile } from '../../core/places/finder/gazetteer-file.ts';

export interface LoadedGazetteer {
  version: string;
  find: (text: string) => FoundMention[];
  /** GeoNames id of each place that has one. */
  geonames: ReadonlyMap<string, number>;
}

/** Why the gazetteer could not be used, in words for the reader. */
export class GazetteerLoadError extends Error {}

/**
 * One line of our own about a place from the packaged data: "Town in Kurram
 * district, Khyber Pakhtunkhwa, Pakistan." A town that is the seat of a
 * district of its own name says so rather than repeating the name.
 */
export function describe(e: GazetteerEntry, byId: ReadonlyMap<string, GazetteerEntry>): string {
  const chain: GazetteerEntry[] = [];
  for (let p = e.p ? byId.get(e.p) : undefined; p && chain.length < 3; p = p.p ? byId.get(p.p) : undefined)
    chain.push(p);
  const country = COUNTRY_NAMES[e.c] ?? '';
  const seat = chain[0]?.k === 'district' && chain[0].n === e.n;
  const parts = chain
    .filter((p, i) => !(seat && i === 0) && p.k !== 'country')
    .map((p) => (p.k === 'district' ? `${p.n} district` : p.n));
  const where = [...parts, parts.includes(country) ? '' : country].filter(Boolean).join(', ');
  const kind = KIND_LABELS[e.k];
  return `${kind[0]!.toUpperCase()}${kind.slice(1)}${where ? ` in ${where}` : ''}${seat ? `; the seat of ${e.n} district` : ''}.`;
}

/** The nearest of some entries to a point, and how far (km along the great circle, whole). */
function nearest(at: [number, number], among: readonly GazetteerEntry[]): { id: string; km: number } | null {
  let best: { id: string; km: number } | null = null;
  const rad = Math.PI / 180;
  for (const e of among) {
    const dLat = (e.y - at[1]) * rad;
    const dLon = (e.x - at[0]) * rad;
    const h = Math.sin(dLat / 2) ** 2 + Math.cos(at[1] * rad) * Math.cos(e.y * rad) * Math.sin(dLon / 2) ** 2;
    const km = 2 * 6371.0088 * Math.asin(Math.sqrt(h));
    if (!best || km < best.km) best = { id: e.i, km };
  }
  return best && { id: best.id, km: Math.round(best.km) };
}

/** The places and facts the app keeps for the gazetteer's entries that the seed does not have. */
export function toPlaces(file: GazetteerFile): { places: Place[]; facts: Map<string, PlaceFacts> } {
  const places: Place[] = [];
  const facts = new Map<string, PlaceFacts>();
  const crossings = file.places.filter((e) => e.k === 'crossing');
  for (const e of file.places) {
    if (e.s === 'seed') continue;
    places.push({ id: e.i, name: e.n, kind: e.k, country: e.c, aliases: e.a ?? [], description: '' });
    const crossing = e.d !== undefined && e.k !== 'crossing' ? nearest([e.x, e.y], crossings) : null;
    facts.set(e.i, {
      bbox: e.b ?? [e.x, e.y, e.x, e.y],
      anchor: [e.x, e.y],
      geometry: 'point',
      source: e.s,
      ...(e.pt ? { pointNote: e.pt } : {}),
      ...(e.d !== undefined ? { borderDistanceKm: e.d } : {}),
      ...(crossing ? { nearestCrossing: crossing } : {}),
    });
  }
  // Descriptions name the parent, which may come later in the file: written once all are known.
  addPlaces(places);
  const byId = new Map(file.places.map((e) => [e.i, e]));
  for (const p of places) (p as { description: string }).description = describe(byId.get(p.id)!, byId);
  return { places, facts };
}

let loading: Promise<LoadedGazetteer> | null = null;

/** Fetch, check and install the gazetteer; the same promise for every caller until it fails. */
export function loadGazetteer(fetchFn: typeof fetch = fetch): Promise<LoadedGazetteer> {
  loading ??= (async () => {
    let body: unknown;
    try {
      const res = await fetchFn(GAZETTEER_URL);
      if (!res.ok) throw new GazetteerLoadError(`the server answered ${res.status}`);
      body = await res.json();
    } catch (err) {
      throw new GazetteerLoadError(
        `The list of places (gazetteer) could not be loaded${err instanceof GazetteerLoadError ? `: ${err.message}` : ''}.`,
      );
    }
    const parsed = v.safeParse(GazetteerFileSchema, body);
    if (!parsed.success) throw new GazetteerLoadError('The list of places (gazetteer) is damaged.');
    const { facts } = toPlaces(parsed.output);
    addFacts(facts);
    const geonames = new Map(parsed.output.places.flatMap((e) => (e.g === undefined ? [] : [[e.i, e.g] as const])));
    return { version: parsed.output.version, find: createPlaceFinder(parsed.output.places), geonames };
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
