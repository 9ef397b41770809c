// The places file as the pipeline's later steps and the contract tests read
// it: TopoJSON on disk, GeoJSON in hand, decoded as the app decodes it.
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { placesOf } from '../../src/map/geodata.ts';

export const PLACES_FILE = new URL('../../public/geo/places.topo.json', import.meta.url);

/** The shipped places, as GeoJSON. */
export function readPlaces(): FeatureCollection {
  const fc = placesOf(JSON.parse(readFileSync(PLACES_FILE, 'utf8')) as Topology);
  if (!fc) throw new Error('public/geo/places.topo.json holds no places: run the geodata build first');
  return fc;
}
