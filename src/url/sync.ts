// The one owner of the URL: hydrates the stores from it at start, writes it on
// change (selection pushes, camera moves replace), and follows back/forward.
import { DEFAULT_ARTICLE } from '../article/default-article.ts';
import { notify } from '../notices/notices.ts';
import { placeById } from '../places/gazetteer.ts';
import { select, useSelectionStore } from '../store/selection.ts';
import { requestFrame, requestView, useViewStore } from '../store/view.ts';
import { formatUrl, parseUrl, type UrlState } from './url-state.ts';

const ctx = {
  isPlace: (id: string) => placeById(id) !== undefined,
  passageCount: DEFAULT_ARTICLE.passages.length,
};

/** How long the camera must rest before the URL follows it. */
const CAMERA_DEBOUNCE_MS = 300;

/** The link for the current state, or for a given place and passage with the current view. */
export function currentUrlState(over: Partial<UrlState> = {}): UrlState {
  const { placeId, passage } = useSelectionStore.getState();
  return { place: placeId, passage, camera: useViewStore.getState().camera, extra, ...over };
}

let extra: [string, string][] = [];

/** Start syncing; returns the stop function. */
export function startUrlSync(): () => void {
  const readLocation = () => {
    const { state, notices } = parseUrl(location.search, location.hash, ctx);
    extra = state.extra;
    for (const n of notices) notify(n);
    select(state.place, state.passage, 'url');
    if (state.camera) requestView(state.camera);
    else if (state.place) requestFrame(state.place);
    return state;
  };

  const initial = readLocation();
  // Drop what could not be used, keep the rest as it was.
  history.replaceState(history.state, '', location.pathname + formatUrl(initial));

  const write = (mode: 'push' | 'replace') => {
    const next = location.pathname + formatUrl(currentUrlState());
    if (next === location.pathname + location.search + location.hash) return;
    if (mode === 'push') history.pushState(null, '', next);
    else history.replaceState(null, '', next);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubSelection = useSelectionStore.subscribe((s, prev) => {
    if (s.origin !== 'user') return;
    if (s.placeId !== prev.placeId || s.passage !== prev.passage) write('push');
  });
  const unsubCamera = useViewStore.subscribe((s, prev) => {
    if (s.camera === prev.camera) return;
    clearTimeout(timer);
    timer = setTimeout(() => write('replace'), CAMERA_DEBOUNCE_MS);
  });
  const onPop = () => {
    clearTimeout(timer);
    readLocation();
  };
  window.addEventListener('popstate', onPop);
  return () => {
    clearTimeout(timer);
    unsubSelection();
    unsubCamera();
    window.removeEventListener('popstate', onPop);
  };
}
