// What the place list holds for an article: the places it names, with their
// counts, and the map's own places it does not name (reachable from the list
// as they are from the map). Pure.
import { placesWithCounts, type ArticleData } from '../article/article-data.ts';
import type { Place } from './gazetteer.ts';

export interface ListedPlace {
  place: Place;
  passages: number;
}

export interface PlaceListing {
  /** The places the article names; as many as its place count. */
  named: ListedPlace[];
  /** The places the map draws that the article does not name. */
  others: ListedPlace[];
}

/**
 * The list for an article: `places` is every place known (the regional
 * gazetteer included), `onMap` the places the map draws with shapes.
 */
export function placeListing(data: ArticleData, places: readonly Place[], onMap: readonly Place[]): PlaceListing {
  const named = placesWithCounts(
    data,
    places.filter((p) => data.index.byPlace.has(p.id)),
  ).filter((p) => p.passages > 0);
  const others = onMap.filter((p) => !data.index.byPlace.has(p.id)).map((place) => ({ place, passages: 0 }));
  return { named, others };
}
