// Focus goes back to what opened the place panel when the reader closes it
// (× or Escape), as a dialog's does: the mention, the list entry, the map.
import { useEffect } from 'react';
import { useSelectionStore, type SelectionState } from '../store/selection.ts';

const visible = (el: Element | null): el is HTMLElement =>
  el instanceof HTMLElement && el.isConnected && el.checkVisibility();

/**
 * Where focus goes once the panel for `prev` has closed: the element that
 * opened it if it is still on screen; else the same mention in the article
 * as it is now (another article may have replaced it); else the place
 * list's button for an entry of the closed list; else the article.
 */
export function returnTarget(
  opener: Element | null,
  prev: SelectionState,
  doc: Document = document,
): HTMLElement | null {
  if (visible(opener)) return opener;
  if (prev.placeId && prev.passage !== null) {
    const mention = doc.querySelector(`#passage-${prev.passage} a.mention[data-place="${CSS.escape(prev.placeId)}"]`);
    if (visible(mention)) return mention;
  }
  if (opener?.closest('#place-list')) {
    const toggle = doc.querySelector('#place-list .list-toggle');
    if (visible(toggle)) return toggle;
  }
  return doc.getElementById('article');
}

/** Remember what had focus when the reader chose a place; give focus back when they close its panel. */
export function useReturnFocus(panel: React.RefObject<HTMLElement | null>) {
  useEffect(() => {
    let opener: Element | null = null;
    return useSelectionStore.subscribe((s, prev) => {
      if (s.origin !== 'user' || s.seq === prev.seq) return;
      const active = document.activeElement;
      if (s.placeId && active && active !== document.body && !panel.current?.contains(active)) opener = active;
      if (!s.placeId && prev.placeId) {
        returnTarget(opener, prev)?.focus({ preventScroll: false });
        opener = null;
      }
    });
  }, [panel]);
}
