import { startTransition, StrictMode, useLayoutEffect, type ComponentType, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MapPending, MapRegion, MapUnavailable, StatusArea } from './page-regions.tsx';
import './styles.css';
import { ArticleView, chooseMention } from './article/ArticleView.tsx';
import { adoptStaticArticle, type StaticArticle } from './article/static-article.ts';
import { loadAllGeo } from './map/geodata.ts';
import { useViewStore } from './store/view.ts';
import { startUrlSync } from './url/sync.ts';
import { startArticleEntry } from './library/entry.ts';
import { useArticleStore } from './store/article.ts';

// The map code and the geodata start downloading at once, in parallel.
const mapModule = import('./map/MapView.tsx');
loadAllGeo();
startUrlSync();
startArticleEntry();

/** How long the place list and panel wait for the map code before they render without it. */
const REGION_WAIT_MS = 1000;

/** How long the article waits for the map's first drawing before it renders anyway. */
const ARTICLE_WAIT_MS = 8000;

const mapContainer = document.getElementById('map-root')!;
const articleContainer = document.getElementById('article')!;
const statusContainer = document.getElementById('app-status')!;
let roots: Root[] = [];
let stops: (() => void)[] = [];

/**
 * The map goes first: the article is already painted from static HTML, and its
 * mention links work from the start. The map region renders when the map code
 * is here, and React takes the article over once the map has first drawn its
 * data (or has failed), so that rendering it does not hold up the map's first
 * frames; until then the static article answers clicks, hover and focus.
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

  const staticArticle = adoptStaticArticle(articleContainer, chooseMention);
  performance.mark('article:answers-clicks'); // read by the benchmark
  let articleRendered = false;
  const renderArticle = () => {
    if (articleRendered || !live) return;
    articleRendered = true;
    stopWaiting();
    const articleRoot = createRoot(articleContainer);
    roots.push(articleRoot);
    startTransition(() =>
      articleRoot.render(
        <StrictMode>
          <TakeOver from={staticArticle}>
            <ArticleView />
          </TakeOver>
        </StrictMode>,
      ),
    );
  };
  // Idle comes after busy: the map has drawn its data once. Error: it never will.
  const started = () => ['idle', 'error'].includes(useViewStore.getState().status);
  const unsubscribe = useViewStore.subscribe(() => started() && renderArticle());
  // The static page holds the default article only: another one needs React's at once.
  const unsubscribeArticle = useArticleStore.subscribe((s, prev) => s.current !== prev.current && renderArticle());
  const timer = setTimeout(renderArticle, ARTICLE_WAIT_MS);
  const stopWaiting = () => {
    unsubscribe();
    unsubscribeArticle();
    clearTimeout(timer);
  };
  if (started()) renderArticle();
  stops = [staticArticle.handOver, stopWaiting, () => clearTimeout(pending), () => (live = false)];
}

/** Hands the static article over to React's, in the commit that replaced it. */
function TakeOver({ from, children }: { from: StaticArticle; children: ReactNode }) {
  useLayoutEffect(() => {
    from.handOver();
    performance.mark('article:rendered'); // read by the benchmark
  }, [from]);
  return children;
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
