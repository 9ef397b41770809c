import { StrictMode, useLayoutEffect, type ComponentType, type ReactNode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { MapPending, MapRegion, MapUnavailable, StatusArea } from './page-regions.tsx';
import './styles.css';
import { ArticleView } from './article/ArticleView.tsx';
import { loadAllGeo } from './map/geodata.ts';
import { articleFromLink, OPENING_CARRIED, startUrlSync } from './url/sync.ts';
import { splitCarried } from './core/share/carried-link.ts';
import { startArticleEntry } from './library/entry.ts';
import { startLibraryView } from './library-view/mount.ts';
import { startLitMentions } from './article/lit-mentions.ts';
import { preloadWhenIdle } from './preload.ts';
import { hover } from './store/selection.ts';

/** Whether the link carries its article (read before the URL's owner shortens the address). */
let carrying = splitCarried(location.hash).payload !== null;
startUrlSync();
// The map code and the geodata start downloading at once, in parallel; after
// the article, for a link that carries one (see articleFromLink).
const mapModule = articleFromLink().then(() => {
  void loadAllGeo();
  return import('./map/MapView.tsx');
});
startArticleEntry();
startLibraryView();
startLitMentions();
preloadWhenIdle();

/** How long the place list and panel wait for the map code before they render without it. */
const REGION_WAIT_MS = 1000;

const mapContainer = document.getElementById('map-root')!;
const articleContainer = document.getElementById('article')!;
const statusContainer = document.getElementById('app-status')!;
let roots: Root[] = [];
let stops: (() => void)[] = [];

/**
 * The article is already painted from static HTML that React rendered at build
 * time (article/prerender.tsx); React hydrates it at once, which costs the map's
 * first idle nothing measurable (the hydration is done before the map code is
 * here). The map region renders when the map code is here.
 */
function mount() {
  const mapRoot = createRoot(mapContainer);
  const statusRoot = createRoot(statusContainer);
  roots.push(mapRoot, statusRoot);
  let live = true;
  statusRoot.render(
    <StrictMode>
      <StatusArea />
    </StrictMode>,
  );
  // The map region renders with the map itself once its code is here, so that
  // nothing else takes the main thread before the map is created; on a slow
  // connection the list and the panel do not wait for it longer than REGION_WAIT_MS.
  // (The loaded component itself, not React.lazy: a lazy component suspends
  // once more, and React holds a revealed boundary back for 300 ms.)
  const renderMap = (MapView: ComponentType) =>
    live &&
    mapRoot.render(
      <StrictMode>
        <MapRegion MapView={MapView} />
      </StrictMode>,
    );
  const pending = setTimeout(() => renderMap(MapPending), REGION_WAIT_MS);
  mapModule
    .then(
      (m) => renderMap(m.default),
      () => renderMap(MapUnavailable),
    )
    .finally(() => clearTimeout(pending));

  // The first render matches the server's: the stores' initial state (no
  // selection, the default article); what the URL chose follows at once. (After
  // the test hook's unmount the article is gone, and is rendered anew.)
  const article = (
    <StrictMode>
      <Hydrated>
        <ArticleView />
      </Hydrated>
    </StrictMode>
  );
  if (carrying) {
    // The default article in the build's HTML is not what the reader came
    // for: its place says what is coming, and the article the link carries
    // is rendered once it is open (the default one, if the link is refused).
    carrying = false;
    const note = document.createElement('p');
    note.className = 'article-opening';
    note.textContent = OPENING_CARRIED;
    articleContainer.replaceChildren(note);
    articleContainer.setAttribute('aria-busy', 'true');
    void articleFromLink().then(() => {
      if (!live) return;
      articleContainer.removeAttribute('aria-busy');
      articleContainer.replaceChildren();
      const root = createRoot(articleContainer);
      root.render(article);
      roots.push(root);
    });
  } else if (articleContainer.firstElementChild) {
    roots.push(hydrateRoot(articleContainer, article, { onRecoverableError: hydrationFailed }));
  } else {
    const root = createRoot(articleContainer);
    root.render(article);
    roots.push(root);
  }
  stops = [() => clearTimeout(pending), () => (live = false)];
}

/**
 * Marks the article live once React owns it. A pointer resting on a mention, or
 * a mention focused, before the scripts ran sent React no event: its place is
 * lit here, as entering or focusing it would have.
 */
function Hydrated({ children }: { children: ReactNode }) {
  useLayoutEffect(() => {
    articleContainer.dataset.articleState = 'live';
    const under = articleContainer.querySelector<HTMLElement>('a.mention:hover');
    const focused = document.activeElement?.closest<HTMLElement>('a.mention');
    const place = (under ?? (focused && articleContainer.contains(focused) ? focused : null))?.dataset.place;
    if (place) hover(place, 'text');
    performance.mark('article:rendered'); // read by the benchmark
  }, []);
  return children;
}

/**
 * The built markup and the first render differ: React draws the article anew,
 * which works, but is a defect of the build. Said in the console and in a
 * performance mark, for the tests.
 */
function hydrationFailed(error: unknown) {
  performance.mark('article:hydration-failed');
  console.error('The article could not be hydrated; React drew it anew.', error);
}

mount();

/** Test hook: unmount and mount the app again, for leak checks. Automated browsers only. */
declare global {
  interface Window {
    __borderApp?: { unmount: () => void; mount: () => void };
  }
}
if (navigator.webdriver) {
  window.__borderApp = {
    unmount: () => {
      for (const stop of stops) stop();
      for (const root of roots) root.unmount();
      roots = [];
      stops = [];
    },
    mount,
  };
}
