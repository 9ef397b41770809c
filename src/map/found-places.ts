// Places of the regional gazetteer an article names: drawn as points on the
// map beside the shipped places, with the same layers, states and hit tests.
import type { Feature, FeatureCollection } from 'geojson';
import { placeById } from '../core/places/gazetteer.ts';
import { factsOf, FACTS } from '../core/places/place-data.ts';
import { drawableLabel } from './label-charset.ts';

/** The kind a point is drawn as: areas and lines we ship no shape for are drawn as towns. */
const drawnAs = (kind: string) => (kind === 'capital' || kind === 'crossing' || kind === 'district' ? kind : 'town');

/** A label the shipped glyphs can draw: the name as written, or with its marks folded away if it needs others. */
export const labelText = (name: string) => {
  if (drawableLabel(name)) return name;
  const folded = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[ʼʻ]/g, '’');
  return drawableLabel(folded) ? folded : '';
};

/** The countries whose divisions have shapes of their own (public/geo/neighbours.topo.json). */
const SHAPED = new Set(['CN', 'IR', 'TJ', 'TM', 'UZ', 'IN']);

/** Whether the map draws this place's shape once the neighbours' shapes are here. */
export function hasNeighbourShape(id: string): boolean {
  const p = placeById(id);
  return !!p && p.kind === 'province' && SHAPED.has(p.country);
}

/**
 * Features for the mentioned places that the shipped data has no feature for:
 * a point each, and the outline of a neighbour's division where `shapes` has it.
 */
export function foundFeatures(mentioned: readonly string[], shapes?: FeatureCollection): Feature[] {
  const out: Feature[] = [];
  const shapeOf = (id: string) => shapes?.features.find((f) => f.properties?.id === id);
  for (const id of mentioned) {
    if (Object.hasOwn(FACTS, id)) continue;
    const place = placeById(id);
    const facts = factsOf(id);
    if (!place || !facts) continue;
    const shape = shapeOf(id);
    if (shape) out.push({ ...shape, properties: { id, name: labelText(place.name), kind: 'province', found: true } });
    // Put beside a place the map knows: joined to it (layers.ts draws the line dashed, under the points).
    const beside = facts.beside ? factsOf(facts.beside)?.anchor : undefined;
    if (beside)
      out.push({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: [beside, facts.anchor] },
        properties: { id, kind: 'approx-leg', found: true },
      });
    out.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: facts.anchor },
      properties: {
        id,
        name: labelText(place.name),
        kind: drawnAs(place.kind),
        found: true,
        ...(facts.pointNote === 'text' ? { approx: true } : {}),
      },
    });
  }
  return out;
}

/** The places data with the article's found places added; the same object when there are none. */
export function withFound(
  places: FeatureCollection,
  mentioned: readonly string[],
  shapes?: FeatureCollection,
): FeatureCollection {
  const found = foundFeatures(mentioned, shapes);
  return found.length === 0 ? places : { ...places, features: [...places.features, ...found] };
}
