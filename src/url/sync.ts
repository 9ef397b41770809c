// The one owner of the URL: hydrates the stores from it at start, writes it on
// change (selection pushes, camera moves replace), and follows back/forward.
import { notify } from '../notices/notices.ts';
import { placeById } from '../core/places/gazetteer.ts';
import { DEFAULT_ARTICLE_DATA } from '../article/default-article.ts';
import {
  awaitArticle,
  currentArticle,
  seedArticle,
  setDialogOpen,
  showArticle,
  useArticleStore,
} from '../store/article.ts';
import { select, useSelectionStore } from '../store/selection.ts';
import { requestFrame, requestFrameAll, requestView, useViewStore } from '../store/view.ts';
import { handleInPageLinks } from './in-page-links.ts';
import { formatHash, formatUrl, parseUrl, type UrlState } from '../core/url/url-state.ts';
import { pageTitle } from '../core/url/page-title.ts';
import { splitCarried } from '../core/share/carried-link.ts';
import { formatLibraryUrl, isLibraryLink, parseLibraryUrl } from '../core/url/library-url.ts';
import { closeLibraryView, openLibraryView, useLibraryView } from '../store/library-view.ts';

const ctx = {
  isPlace: (id: string) => placeById(id) !== undefined,
  get passageCount() {
    return currentArticle().article.passages.length;
  },
  // An in-page link (the skip links) names an element; it is never a view.
  isAnchor: (fragment: string) => /^[A-Za-z][\w-]*$/.test(fragment) && document.getElementById(fragment) !== null,
};

/** How long the camera must rest before the URL follows it. */
const CAMERA_DEBOUNCE_MS = 300;

/** The link for the current state, or for a given place and passage with the current view. */
export function currentUrlState(over: Partial<UrlState> = {}): UrlState {
  const { placeId, passage } = useSelectionStore.getState();
  const { id } = currentArticle();
  const article = id === DEFAULT_ARTICLE_DATA.id ? null : id;
  return { article, place: placeId, passage, camera: useViewStore.getState().camera, extra, ...over };
}

/** The places a view of the whole article frames: the default article's is the whole border (none). */
const framedIds = (data: { id: string; mentionedIds: readonly string[] }) =>
  data.id === DEFAULT_ARTICLE_DATA.id ? [] : data.mentionedIds;

/** What a link to an article this browser does not hold says. */
export const MISSING_ARTICLE =
  'This link is for an article that is not in this browser’s library. Open the article bundle its sender can export (Export, Article bundle: it carries their title, source and corrections), or open or paste the same text; the link then follows.';

/** What the reader sees while the article a link carries is read and opened. */
export const OPENING_CARRIED = 'Opening the article this link carries…';

/** What such a link says where the browser cannot read a library at all (storage blocked, some private windows). */
export const LIBRARY_UNREADABLE =
  'This link is for an article kept in a library, and this browser cannot read its library here (its storage is blocked or unavailable, as in some private windows). Open the article bundle its sender can export (Export, Article bundle), or open or paste the same text; the link then follows.';

let extra: [string, string][] = [];

/** Follow a link within the app as a new history entry (the library view's links to passages); set by the sync. */
let follow: ((href: string) => void) | null = null;
export function followLink(href: string): void {
  if (follow) follow(href);
  else location.assign(href);
}

/** The library view's link, with the map's view. */
const libraryUrl = () => {
  const camera = useViewStore.getState().camera;
  return formatLibraryUrl(useLibraryView.getState(), camera ? formatHash(camera) : '');
};

let carriedSettled: Promise<void> = Promise.resolve();
/**
 * Settles once the article a link carries is open (or refused); at once for
 * any other link. The map is created after it: on a fresh page, the article
 * the link brings is what the reader came for, and it is found and shown
 * before the map's start takes the main thread.
 */
export const articleFromLink = (): Promise<void> => carriedSettled;

/**
 * Start syncing; returns the stop function.
 *
 * Each history entry owns the view its own place was framed at: a selection
 * that frames a place pushes an entry without a view, and only the end of
 * that framing (not of an earlier flight it cut short, nor of a later one)
 * writes the view into it. The reader's own pans and zooms replace the view
 * of whatever entry is current.
 */
export function startUrlSync(): () => void {
  /** The camera request whose view belongs to the current entry, if any. */
  let entryRequest: number | null = null;
  /** The newest request that an entry has taken, so that a later push does not take it again. */
  let taken = 0;

  const latestRequest = () => {
    const req = useViewStore.getState().request;
    return req && req.seq > taken ? req : null;
  };

  /** Open the article a link names, then read the link again; or wait for the reader to give its text. */
  const switchTo = (id: string | null) => {
    if (id === null) {
      showArticle(seedArticle(), 'url');
      apply();
      return;
    }
    void import('../library/open-article.ts')
      .then(async (m) => ({ data: await m.openKept(id, 'url'), readable: await m.libraryReadable() }))
      .then(({ data, readable }) => {
        if (data) apply();
        else {
          // The address keeps the link's keys; they apply once the text is given.
          notify(readable ? MISSING_ARTICLE : LIBRARY_UNREADABLE, 'link');
          awaitArticle(id);
          setDialogOpen(true);
        }
      })
      .catch((err: unknown) =>
        notify(
          (err as { forReader?: boolean }).forReader
            ? (err as Error).message
            : 'The article this link names could not be opened; reload the page to try again.',
        ),
      );
  };

  /** Whether the article a link carries, or the places' list a link needs, is on its way: the address is not written meanwhile. */
  let receiving = false;
  /** Whether the regional gazetteer was asked for a link's place (once: after it, an unknown id is unknown). */
  let regionalTried = false;

  /**
   * A link that carries its article: the address is shortened at once to the
   * ordinary link (the text never stays in the address or the history), the
   * article is read, kept and opened, and the link then applies as any other.
   * A payload that cannot be used opens nothing and keeps nothing: the
   * reader's article and address stay as they were, and a notice says why.
   */
  const receive = (viewHash: string, payload: string) => {
    performance.mark('link:read'); // read by the benchmark
    const { article } = parseUrl(location.search, viewHash, ctx).state;
    history.replaceState(history.state, '', location.pathname + location.search + viewHash);
    receiving = true;
    let settle = () => {};
    carriedSettled = new Promise((resolve) => (settle = resolve));
    // The places' list is needed next: it loads alongside the code that reads the link.
    void import('../places/finder/load.ts').then((m) => m.loadGazetteer()).catch(() => undefined);
    void import('../share/receive.ts')
      .then((m) => m.receiveArticle(article, payload))
      .catch((err: unknown) => ({
        ok: false as const,
        message: `The article in this link could not be opened (${err instanceof Error ? err.message : String(err)}); reload the page to try again.`,
      }))
      .then((r) => {
        receiving = false;
        settle();
        if (r.ok) {
          apply();
          return;
        }
        notify(r.message, 'link');
        history.replaceState(history.state, '', location.pathname + formatUrl(currentUrlState()));
      });
  };

  /** The article the address was last read for: an entry of another article without a view frames it whole. */
  let readFor: string | null = null;

  function readLocation(): UrlState | null {
    const carried = splitCarried(location.hash);
    if (carried.payload !== null) {
      receive(carried.hash, carried.payload);
      return null;
    }
    // The library view: this browser's library, the article left as it is.
    if (isLibraryLink(location.search)) {
      const { state, notices } = parseLibraryUrl(location.search);
      for (const n of notices) notify(n, 'link');
      openLibraryView(state, 'url');
      const view = parseUrl('', location.hash, ctx).state.camera;
      if (view) requestView(view);
      // The link's own view, not the one the map shows until it gets there.
      const hash = view ? formatHash(view) : '';
      history.replaceState(history.state, '', location.pathname + formatLibraryUrl(state, hash));
      return null;
    }
    if (useLibraryView.getState().open) closeLibraryView('url');
    // A place of the regional gazetteer (a town on the map's detail, a crossing
    // the default article does not name): its list is loaded before the link is read.
    const asked = new URLSearchParams(location.search).get('place')?.trim().toLowerCase();
    if (
      asked &&
      !regionalTried &&
      !placeById(asked) &&
      /^[a-z0-9][a-z0-9-]{0,80}$/.test(asked) &&
      !asked.startsWith('user-')
    ) {
      regionalTried = true;
      receiving = true;
      void import('../places/finder/load.ts')
        .then((m) => m.loadGazetteer())
        .catch(() => undefined)
        .finally(() => {
          receiving = false;
          apply();
        });
      return null;
    }
    const { state, notices, anchor } = parseUrl(location.search, location.hash, ctx);
    const current = currentArticle().id;
    if ((state.article ?? DEFAULT_ARTICLE_DATA.id) !== current) {
      switchTo(state.article);
      return null;
    }
    const switched = readFor !== null && readFor !== current;
    readFor = current;
    awaitArticle(null);
    extra = state.extra;
    for (const n of notices) notify(n, 'link');
    if (anchor !== null && useViewStore.getState().camera) {
      // An in-page link followed without script: the page keeps its state and its address.
      history.replaceState(history.state, '', location.pathname + formatUrl(currentUrlState()));
      return null;
    }
    select(state.place, state.passage, 'url');
    if (state.camera) requestView(state.camera);
    else if (state.place) requestFrame(state.place);
    else if (state.article || switched) requestFrameAll(framedIds(currentArticle()));
    const req = latestRequest();
    entryRequest = req?.seq ?? null;
    taken = req?.seq ?? taken;
    return state;
  }

  /** Read the address and write back its canonical form: what could not be used dropped, the rest as it was. */
  function apply() {
    const state = readLocation();
    if (state) history.replaceState(history.state, '', location.pathname + formatUrl(state));
  }
  // A link to a place the reader added to the default article: its corrections first (kept articles bring their own).
  if (/[?&]place=user-/i.test(location.search) && !/[?&]article=/i.test(location.search)) {
    void import('../library/open-article.ts')
      .then((m) => m.loadSeedCorrections())
      .catch(() => undefined)
      .finally(apply);
  } else apply();

  const write = (mode: 'push' | 'replace', state: UrlState = currentUrlState()) => {
    if (receiving) return;
    const next = location.pathname + (useLibraryView.getState().open ? libraryUrl() : formatUrl(state));
    if (next === location.pathname + location.search + location.hash) return;
    if (mode === 'push') history.pushState(null, '', next);
    else history.replaceState(null, '', next);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  let pushPending = false;
  const push = () => {
    pushPending = false;
    clearTimeout(timer);
    // The request that came with this selection (a click on a mention frames
    // its place in the same task) owns the new entry's view.
    const req = latestRequest();
    entryRequest = req?.seq ?? null;
    if (req) taken = req.seq;
    write('push', currentUrlState(req?.type === 'frame' ? { camera: null } : {}));
  };
  // The page's title follows the article and the place (before the selection's push below reads it).
  const retitle = () => {
    const { placeId } = useSelectionStore.getState();
    const library = useLibraryView.getState();
    if (library.open) {
      const place = library.place ? (placeById(library.place)?.name ?? null) : null;
      document.title = pageTitle('Library', place);
      return;
    }
    document.title = pageTitle(currentArticle().article.title, placeId ? (placeById(placeId)?.name ?? null) : null);
  };
  retitle();
  const unsubTitleSelection = useSelectionStore.subscribe((s, prev) => s.placeId !== prev.placeId && retitle());
  const unsubTitleArticle = useArticleStore.subscribe((s, prev) => s.current !== prev.current && retitle());
  const unsubTitleLibrary = useLibraryView.subscribe(
    (s, prev) => (s.open !== prev.open || s.place !== prev.place || s.entries !== prev.entries) && retitle(),
  );
  const unsubSelection = useSelectionStore.subscribe((s, prev) => {
    if (s.origin !== 'user') return;
    if (s.placeId === prev.placeId && s.passage === prev.passage) return;
    if (pushPending) return;
    pushPending = true;
    queueMicrotask(push);
  });
  // The reader opened another article: a new history entry, its places framed.
  // The article a link was waiting for: the link applies now.
  const unsubArticle = useArticleStore.subscribe((s, prev) => {
    if (s.current === prev.current || s.origin !== 'user') return;
    if (s.awaited === s.current.id) {
      apply();
      return;
    }
    if (s.awaited !== null) {
      // The reader brought another article than the one the link names: the link no longer waits.
      notify(
        `“${s.current.article.title}” is not the article the link names; the link’s place, passage and view were not applied.`,
        'article',
      );
      awaitArticle(null);
    }
    if (s.current.id === prev.current.id) return;
    clearTimeout(timer);
    // An article opened from the library view (the dialog, a drop) is shown in place of it.
    if (useLibraryView.getState().open) closeLibraryView('url');
    select(null, null, 'url');
    readFor = s.current.id;
    requestFrameAll(framedIds(s.current));
    const req = latestRequest();
    entryRequest = req?.seq ?? null;
    if (req) taken = req.seq;
    write('push', currentUrlState({ place: null, passage: null, camera: null, extra: [] }));
  });
  const unsubCamera = useViewStore.subscribe((s, prev) => {
    if (s.camera === prev.camera) return;
    // A view that another entry's request (or one cut short) ended at is not this entry's.
    if (s.cameraFor !== null && s.cameraFor !== entryRequest) return;
    clearTimeout(timer);
    timer = setTimeout(() => write('replace'), CAMERA_DEBOUNCE_MS);
  });
  const onPop = () => {
    clearTimeout(timer);
    apply();
  };
  follow = (href: string) => {
    clearTimeout(timer);
    history.pushState(null, '', href);
    apply();
  };
  // The reader's steps in the library view are history entries: Back and Forward walk them.
  const unsubLibrary = useLibraryView.subscribe((s, prev) => {
    if (s.origin !== 'user') return;
    const changed =
      s.open !== prev.open ||
      s.place !== prev.place ||
      s.from !== prev.from ||
      s.to !== prev.to ||
      s.source !== prev.source;
    if (!changed) return;
    clearTimeout(timer);
    write('push');
  });
  window.addEventListener('popstate', onPop);
  const stopInPageLinks = handleInPageLinks();
  return () => {
    follow = null;
    unsubLibrary();
    stopInPageLinks();
    clearTimeout(timer);
    unsubSelection();
    unsubTitleSelection();
    unsubTitleArticle();
    unsubTitleLibrary();
    unsubArticle();
    unsubCamera();
    window.removeEventListener('popstate', onPop);
  };
}
