// When the reader chooses a place the map has no point for (a place no
// gazetteer knows, of which the article does not say where it is, or only its
// country), the map says so where the reader looks for it, rather than
// staying silently on whatever it showed before.
import { isUnlocatedId } from '../core/places/finder/unlocated.ts';
import { placeById } from '../core/places/gazetteer.ts';
import { factsOf } from '../core/places/place-data.ts';
import { useArticleStore } from '../store/article.ts';
import { useSelectionStore } from '../store/selection.ts';

export function NotOnMapNote() {
  const placeId = useSelectionStore((s) => s.placeId);
  // The article's own places come and go with it.
  useArticleStore((s) => s.current);
  const place = placeId && isUnlocatedId(placeId) ? placeById(placeId) : undefined;
  if (!place || factsOf(place.id)) return null;
  return (
    <p className="map-note" role="status" data-testid="map.not-on-map">
      <strong>{place.name}</strong> is not on the map: the article does not say where it is closely enough to draw it.
    </p>
  );
}
