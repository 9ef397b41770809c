// The selected and the hovered place, marked on the map with feature states
// that follow the selection store.
import type { GeoJSONSource } from 'maplibre-gl';
import { useArticleStore } from '../../store/article.ts';
import { useSelectionStore } from '../../store/selection.ts';
import { PLACES_SOURCE, SELECTION_SOURCE } from '../layers.ts';
import { selectionLabel } from '../selection-label.ts';
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
  /** The place whose name the selection label shows now. */
  let labelled: string | null = null;
  const label = (id: string | null) => {
    if (id === labelled || !s.ready) return;
    labelled = id;
    const uncertain = useArticleStore.getState().current.uncertainIds;
    s.map.getSource<GeoJSONSource>(SELECTION_SOURCE)?.setData(selectionLabel(id, uncertain));
  };
  const apply = () => {
    const { placeId, hoverPlaceId } = useSelectionStore.getState();
    mark('selected', placeId);
    mark('hover', hoverPlaceId);
    label(placeId);
  };
  const offReady = s.onReady(() => {
    // New data carries no feature states: mark again from nothing.
    marked.selected = marked.hover = null;
    labelled = null;
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
