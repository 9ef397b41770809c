import { lazy, Suspense, useEffect } from 'react';
import { ArticleView } from './article/ArticleView.tsx';
import { DEFAULT_ARTICLE } from './article/default-article.ts';
import { Notices } from './notices/Notices.tsx';
import { Announcer } from './places/Announcer.tsx';
import { PlaceList } from './places/PlaceList.tsx';
import { PlacePanel } from './places/PlacePanel.tsx';
import { clearSelection, useSelectionStore } from './store/selection.ts';

// The article is painted from static HTML before any script runs; the map code
// starts downloading as soon as this module runs, and renders when it arrives.
const mapModule = import('./map/MapView.tsx');
const MapView = lazy(() => mapModule);

/** The explorer: article beside the map, with the place list and the place panel. */
export function App() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && useSelectionStore.getState().placeId) clearSelection();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <a className="skip-link" href="#article">
        Skip to the article
      </a>
      <header className="app-header">
        <p className="brand">Border Explorer</p>
        <p className="tagline">Read the story through its places: click a name in the text or a place on the map.</p>
      </header>
      <div className="layout">
        <main id="article" className="article-column" tabIndex={-1}>
          <ArticleView article={DEFAULT_ARTICLE} />
        </main>
        <section className="map-region" aria-label="Map of the places in the article" aria-describedby="map-alt">
          <p id="map-alt" className="visually-hidden">
            The place list, opened with the Places button, offers every place on the map as text.
          </p>
          <Suspense fallback={<div className="map-canvas" data-testid="map.canvas" data-map-state="loading" />}>
            <MapView />
          </Suspense>
          <PlaceList />
          <PlacePanel />
        </section>
      </div>
      <Notices />
      <Announcer />
    </>
  );
}
