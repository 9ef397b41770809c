// Following the reading (issue 32) on the map: the places the passage being
// read names are lit (the `reading` state, calmer than the selection's), those
// of passages read before fade a step (`read`), and the camera stays still,
// unless the reader asked the map to follow the text; then it frames the
// passage's places, and the reader's first pan or zoom pauses it.
import { placesOf, readBefore, stepPassage } from '../../core/article/reading.ts';
import { currentArticle, useArticleStore } from '../../store/article.ts';
import { pauseFollow, useReadingStore } from '../../store/reading.ts';
import { requestFrameAll } from '../../store/view.ts';
import { PLACES_SOURCE } from '../layers.ts';
import type { MapSession } from '../session.ts';

type Flag = 'reading' | 'read';

/** The closest the map comes when following: a place among its neighbours and the border. */
const FOLLOW_MAX_ZOOM = 7;

export function attachReading(s: MapSession): () => void {
  const marked: Record<Flag, Set<string>> = { reading: new Set(), read: new Set() };
  /** Move a feature-state flag to exactly these places. */
  const mark = (flag: Flag, ids: readonly string[]) => {
    const next = new Set(ids);
    for (const id of marked[flag])
      if (!next.has(id)) s.map.setFeatureState({ source: PLACES_SOURCE, id }, { [flag]: false });
    for (const id of next)
      if (!marked[flag].has(id)) s.map.setFeatureState({ source: PLACES_SOURCE, id }, { [flag]: true });
    marked[flag] = next;
  };
  /**
   * The passage whose places are lit: the one being read, or, where it names
   * none, the nearest before it that does (so a passage without places changes
   * nothing, however fast the reader scrolled to it).
   */
  const litPassage = (): number | null => {
    const { passage } = useReadingStore.getState();
    if (passage === null) return null;
    const { index, article } = currentArticle();
    if (placesOf(index, passage).length > 0) return passage;
    return stepPassage(
      index,
      article.passages.map((p) => p.n),
      passage,
      -1,
    );
  };
  const apply = () => {
    if (!s.ready) return;
    const { index } = currentArticle();
    const lit = litPassage();
    mark('reading', placesOf(index, lit));
    mark('read', readBefore(index, useReadingStore.getState().read, lit));
  };
  /** With following on (and not paused), frame the passage's places; a passage with none changes nothing. */
  const follow = () => {
    const { passage, follow: on, paused } = useReadingStore.getState();
    if (!on || paused) return;
    const ids = placesOf(currentArticle().index, passage);
    // Framed with room around: one town is shown among its neighbours and the border, not at street level.
    if (ids.length) requestFrameAll(ids, FOLLOW_MAX_ZOOM);
  };
  const offReady = s.onReady(() => {
    marked.reading = new Set();
    marked.read = new Set();
    apply();
  });
  const offReading = useReadingStore.subscribe((now, prev) => {
    // At once: the scroll that changed the passage has painted already, and the map's next frame should show it.
    if (now.passage !== prev.passage || now.read !== prev.read) apply();
    if (now.passage !== prev.passage || (now.follow && !now.paused && (!prev.follow || prev.paused))) follow();
  });
  const offArticle = useArticleStore.subscribe((now, prev) => {
    if (now.current.index !== prev.current.index) s.afterPaint(apply);
  });
  // The reader's own pan or zoom (an event with a pointer, wheel, touch or key behind it) pauses following.
  const moved = s.map.on('movestart', (e: { originalEvent?: Event }) => {
    if (e.originalEvent) pauseFollow();
  });
  return () => {
    offReady();
    offReading();
    offArticle();
    moved.unsubscribe();
  };
}
