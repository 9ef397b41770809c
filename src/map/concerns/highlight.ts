// The selected and the hovered place, marked on the map with feature states
// that follow the selection store.
import { useSelectionStore } from '../../store/selection.ts';
import { PLACES_SOURCE } from '../layers.ts';
import type { MapSession } from '../session.ts';

export function attachHighlight(s: MapSession): () => void {
  // Which place carries each feature-state flag on the map now.
  const marked: Record<'selected' | 'hover', string | null> = { selected: null, hover: null };
  /** Move a feature-state flag to another place (or none). */
  const mark = (key: 'selected' | 'hover', id: string | null) => {
    if (id === marked[key] || !s.ready) return;
    const prev = marked[key];
    if (prev) s.map.setFeatureState({ source: PLACES_SOURCE, id: prev }, { [key]: false });
    if (id) s.map.setFeatureState({ source: PLACES_SOURCE, id }, { [key]: true });
    marked[key] = id;
  };
  const apply = () => {
    const { placeId, hoverPlaceId } = useSelectionStore.getState();
    mark('selected', placeId);
    mark('hover', hoverPlaceId);
  };
  const offReady = s.onReady(() => {
    // New data carries no feature states: mark again from nothing.
    marked.selected = marked.hover = null;
    apply();
  });
  const offStore = useSelectionStore.subscribe((now, prev) => {
    if (now.placeId !== prev.placeId || now.hoverPlaceId !== prev.hoverPlaceId) s.afterPaint(apply);
  });
  return () => {
    offReady();
    offStore();
  };
}
