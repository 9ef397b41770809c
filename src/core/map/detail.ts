// The map's detail at the scale of a story (issue 30), as the pipeline writes
// it (scripts/geo/detail.ts) and the map reads it: one PMTiles archive of
// vector tiles, read only at the zooms where it shows.

/** The archive, beside the other geodata. */
export const DETAIL_URL = 'geo/detail.pmtiles';

/** The region it covers: [west, south, east, north]. */
export const DETAIL_BOUNDS: [number, number, number, number] = [58, 23, 78, 39];

/** Its first zoom (nothing is read for a wider view) and its last (closer views scale its tiles). */
export const DETAIL_MIN_ZOOM = 7;
export const DETAIL_MAX_ZOOM = 10;

/**
 * A town's rank, for when its label shows and how large: 1, a capital or a
 * city of a million; 2, 100,000 people; 3, 20,000; 4, the rest (GeoNames
 * lists places of 500 and more).
 */
export function townRank(capital: boolean, population: number): 1 | 2 | 3 | 4 {
  if (capital || population >= 1_000_000) return 1;
  if (population >= 100_000) return 2;
  if (population >= 20_000) return 3;
  return 4;
}

/** The detail's sources beyond the pipeline's others (its towns are GeoNames', credited already). */
export const DETAIL_SOURCES: { id: string; name: string; detail: string; licence: string; url: string }[] = [
  {
    id: 'gshhg',
    name: 'GSHHG and WDB II rivers',
    detail: 'rivers and lake shores, high resolution, through GMT 6.4 (Debian)',
    licence: 'LGPL-3.0; rivers public domain',
    url: 'https://www.soest.hawaii.edu/pwessel/gshhg/',
  },
];
