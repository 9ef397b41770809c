// Places of the regional gazetteer an article names: drawn as points on the
// map beside the shipped places, with the same layers, states and hit tests.
import type { Feature, FeatureCollection, Point } from 'geojson';
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

/** Point features for the mentioned places that the shipped data has no feature for. */
export function foundFeatures(mentioned: readonly string[]): Feature<Point>[] {
  const out: Feature<Point>[] = [];
  for (const id of mentioned) {
    if (Object.hasOwn(FACTS, id)) continue;
    const place = placeById(id);
    const facts = factsOf(id);
    if (!place || !facts) continue;
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
export function withFound(places: FeatureCollection, mentioned: readonly string[]): FeatureCollection {
  const found = foundFeatures(mentioned);
  return found.length === 0 ? places : { ...places, features: [...places.features, ...found] };
}
