import { create } from 'zustand';

/** Who asked for a change: the reader in the app, or the URL (load, back/forward). */
export type Origin = 'user' | 'url';

/** What the reader has chosen, and what the pointer rests on. */
export interface SelectionState {
  placeId: string | null;
  passage: number | null;
  /** Bumped on every selection so the same choice twice still answers (scroll, frame). */
  seq: number;
  origin: Origin;
  hoverPlaceId: string | null;
  hoverFrom: 'map' | 'text' | null;
}

const initial: SelectionState = {
  placeId: null,
  passage: null,
  seq: 0,
  origin: 'url',
  hoverPlaceId: null,
  hoverFrom: null,
};

/** Selection store; actions live outside components. */
export const useSelectionStore = create<SelectionState>()(() => initial);

/**
 * The places whose mentions in the article are lit: the selected one, and the
 * one the map's pointer rests on (a mention under the reader's own pointer
 * needs no lighting).
 */
export function litPlaceIds(s: SelectionState): string[] {
  return [s.placeId, s.hoverFrom === 'map' ? s.hoverPlaceId : null].filter((id): id is string => id !== null);
}

/** Select a place (or none) and optionally focus a passage. */
export function select(placeId: string | null, passage: number | null = null, origin: Origin = 'user') {
  useSelectionStore.setState((s) => ({ placeId, passage, origin, seq: s.seq + 1 }));
}

/** Clear the selection (Escape, close). */
export function clearSelection() {
  select(null, null, 'user');
}

/** The pointer entered (or left, with null) a place on the map or in the text. */
export function hover(placeId: string | null, from: 'map' | 'text') {
  const s = useSelectionStore.getState();
  if (s.hoverPlaceId === placeId && (placeId === null || s.hoverFrom === from)) return;
  useSelectionStore.setState({ hoverPlaceId: placeId, hoverFrom: placeId ? from : null });
}
