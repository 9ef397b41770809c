// Places as GeoJSON (RFC 7946): one feature per place, its geometry as the map
// draws it, rings rewound to the right-hand rule. Pure.
import rewind from '@mapbox/geojson-rewind';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ExportPlace } from './places.ts';

export const GEOJSON_TYPE = 'application/geo+json';

/**
 * The collection; `shapeOf` gives a place's geometry as shipped (or its point),
 * and a place without one is left out (the CSV still lists it).
 */
export function placesGeoJson(
  places: readonly ExportPlace[],
  shapeOf: (id: string) => Geometry | null,
): FeatureCollection {
  const features: Feature[] = [];
  for (const p of places) {
    const geometry = shapeOf(p.id);
    if (!geometry) continue;
    features.push({
      type: 'Feature',
      id: p.id,
      geometry,
      properties: {
        name: p.name,
        kind: p.kind,
        country: p.country,
        gazetteer: { id: p.id, ...(p.geonames === null ? {} : { geonames: p.geonames }) },
        mentions: p.mentions,
        uncertain: p.uncertain,
        corrected: p.corrected,
        ...(p.position ? { position: p.position } : {}),
      },
    });
  }
  // A copy: rewinding works in place, and the shapes are the map's own.
  return rewind(structuredClone({ type: 'FeatureCollection', features }), false);
}
