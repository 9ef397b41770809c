import type { FeatureCollection } from 'geojson';

/** Where the pipeline's outputs are served, relative to the page. */
export const GEO_URLS = {
  places: 'geo/places.geojson',
  context: 'geo/context.geojson',
} as const;

/** Why geodata could not be used, in words for the reader. */
export class GeoLoadError extends Error {}

/**
 * Fetch one GeoJSON file: fails with a readable message on an HTTP error, a
 * body that is not a FeatureCollection, or no answer within `timeoutMs`.
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
    if (!isFeatureCollection(body)) throw new GeoLoadError(`The map data (${name}) is damaged: it holds no features.`);
    return body;
  } finally {
    clearTimeout(timer);
  }
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
