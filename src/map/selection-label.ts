// The selected place's label, as data: a point place (a town, district,
// capital or crossing, or one the reader added) gets its name drawn above
// every other label, so the selection is never left unlabelled; a place drawn
// beside another, that one's name as well. Pure.
import type { FeatureCollection, Point } from 'geojson';
import { placeById } from '../core/places/gazetteer.ts';
import { factsOf } from '../core/places/place-data.ts';
import { labelText } from './found-places.ts';
import { UNCERTAIN_MARK } from './layers.ts';

const POINT_KINDS = new Set(['town', 'district', 'capital', 'crossing']);

export function selectionLabel(placeId: string | null, uncertain: readonly string[]): FeatureCollection<Point> {
  const none: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };
  const place = placeId ? placeById(placeId) : undefined;
  const facts = placeId ? factsOf(placeId) : undefined;
  if (!place || !facts || !(POINT_KINDS.has(place.kind) || facts.geometry === 'point')) return none;
  const name = labelText(place.name);
  if (!name) return none;
  const features: FeatureCollection<Point>['features'] = [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...facts.anchor] },
      properties: { id: place.id, name: uncertain.includes(place.id) ? `${name}${UNCERTAIN_MARK}` : name },
    },
  ];
  // A place drawn beside another: that one is named too, as the panel names it ("near Miranshah"), not left
  // to lose its label to a district's at the same point.
  const beside = facts.beside ? placeById(facts.beside) : undefined;
  const at = facts.beside ? factsOf(facts.beside)?.anchor : undefined;
  const besideName = beside ? labelText(beside.name) : '';
  if (beside && at && besideName)
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...at] },
      properties: { id: beside.id, name: besideName, role: 'beside' },
    });
  return { type: 'FeatureCollection', features };
}
