import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * Where the pipeline's outputs are served, relative to the page. The places
 * ship as TopoJSON: a border that six areas share (two countries, their
 * provinces, the line itself) is stored once.
 */
export const GEO_URLS = {
  places: 'geo/places.topo.json',
  context: 'geo/context.geojson',
} as const;

/** Why geodata could not be used, in words for the reader. */
export class GeoLoadError extends Error {}

/**
 * Fetch one geodata file, GeoJSON or TopoJSON: fails with a readable message
 * on an HTTP error, a body that holds no features, or no answer within
 * `timeoutMs`.
 */
export async function loadGeoJson(
  url: string,
  { timeoutMs = 10_000, fetchFn = fetch }: { timeoutMs?: number; fetchFn?: typeof fetch } = {},
): Promise<FeatureCollection> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  const name = url.split('/').pop();
  try {
    let res: Response;
    try {
      res = await fetchFn(url, { signal: ctrl.signal });
    } catch {
      throw new GeoLoadError(
        ctrl.signal.aborted
          ? `The map data (${name}) took longer than ${Math.round(timeoutMs / 1000)} s to arrive.`
          : `The map data (${name}) could not be fetched.`,
      );
    }
    if (!res.ok) throw new GeoLoadError(`The map data (${name}) failed to load: the server answered ${res.status}.`);
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      throw new GeoLoadError(
        ctrl.signal.aborted
          ? `The map data (${name}) took longer than ${Math.round(timeoutMs / 1000)} s to arrive.`
          : `The map data (${name}) is damaged: it is not valid JSON.`,
      );
    }
    let fc: unknown = body;
    try {
      if (isTopology(body)) fc = placesOf(body);
    } catch {
      fc = null; // arcs that do not add up
    }
    if (!isFeatureCollection(fc)) throw new GeoLoadError(`The map data (${name}) is damaged: it holds no features.`);
    return fc;
  } finally {
    clearTimeout(timer);
  }
}

/** The places a topology holds, as GeoJSON (null when it holds none). */
export function placesOf(t: Topology): FeatureCollection | null {
  const places = t.objects.places;
  if (places?.type !== 'GeometryCollection') return null;
  return feature(t, places as GeometryCollection);
}

function isTopology(v: unknown): v is Topology {
  const t = v as { type?: unknown; objects?: unknown; arcs?: unknown } | null;
  return (
    typeof t === 'object' &&
    t !== null &&
    t.type === 'Topology' &&
    typeof t.objects === 'object' &&
    t.objects !== null &&
    Array.isArray(t.arcs)
  );
}

function isFeatureCollection(v: unknown): v is FeatureCollection {
  return (
    typeof v === 'object' &&
    v !== null &&
    (v as { type?: unknown }).type === 'FeatureCollection' &&
    Array.isArray((v as { features?: unknown }).features) &&
    (v as { features: unknown[] }).features.length > 0
  );
}

/** The neighbours' first-level divisions (Xinjiang, Sistan and Baluchestan…), fetched only for an article that names one. */
const NEIGHBOURS_URL = 'geo/neighbours.topo.json';
let neighbours: Promise<FeatureCollection> | null = null;

/** The shapes of the neighbours' divisions, by place id; fetched once (again after a failure). */
export function loadNeighbourShapes(): Promise<FeatureCollection> {
  neighbours ??= loadGeoJson(NEIGHBOURS_URL);
  neighbours.catch(() => {
    neighbours = null;
  });
  return neighbours;
}

/** Both files: the places the article names, and the context drawn around them. */
export type GeoData = [places: FeatureCollection, context: FeatureCollection];

let prefetched: Promise<GeoData> | null = null;
let arrived: GeoData | null = null;

/**
 * Start fetching both files at once, at start-up, in parallel with the map
 * code. The first call (the map's first attempt) takes the prefetched data; a
 * Retry passes `fresh` and fetches again.
 */
export function loadAllGeo({ fresh = false } = {}): Promise<GeoData> {
  if (fresh || !prefetched) {
    const loading = Promise.all([loadGeoJson(GEO_URLS.places), loadGeoJson(GEO_URLS.context)]);
    prefetched = loading;
    arrived = null;
    loading.then(
      (data) => {
        if (prefetched !== loading) return;
        arrived = data;
        performance.mark('geo:arrived'); // read by tests
      },
      // Handled by whoever awaits it; this keeps an unawaited failure from being reported as unhandled.
      () => {},
    );
  }
  return prefetched;
}

/** The data of the latest load, if it has arrived: the map's style can then carry it from the start. */
export function arrivedGeo(): GeoData | null {
  return arrived;
}
