// The parts of the page React owns: the map region (map, place list, place panel) and
// the status area, with what stands in for the map while it loads or cannot run.

import { useEffect, type ComponentType } from 'react';
import { ArticleDialogHost } from './library/ArticleDialogHost.tsx';
import { ExportMenuHost } from './export/ExportMenuHost.tsx';
import { CorrectionHost } from './corrections/CorrectionHost.tsx';
import { Notices } from './notices/Notices.tsx';
import { Announcer } from './places/Announcer.tsx';
import { PlaceList } from './places/PlaceList.tsx';
import { PlacePanel } from './places/PlacePanel.tsx';
import { clearSelection, useSelectionStore } from './store/selection.ts';
import { reportStatus } from './store/view.ts';

// The page shell and the article are static HTML painted before any script runs
// (see article/static-html.ts). React mounts in three places: the map region,
// the status area, and the article, which it hydrates (main.tsx).

/** The map region: the map (its component, loaded apart), the place list and the place panel. */
export function MapRegion({ MapView }: { MapView: ComponentType }) {
  useEffect(() => {
    // The outermost layer: an Escape that nothing inside took (the list, its filter) closes the panel.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && useSelectionStore.getState().placeId) clearSelection();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // The place list comes first in tab order, as it comes first on screen (top left).
  return (
    <>
      <PlaceList />
      <MapView />
      <PlacePanel />
    </>
  );
}

/** Holds the map's place while its code is on the way. */
export function MapPending() {
  return (
    <div className="map-frame">
      <div className="map-canvas" data-testid="map.canvas" data-map-state="loading" />
    </div>
  );
}

/** Stands in for the map when its code could not be loaded. */
export function MapUnavailable() {
  const message =
    'The map could not be loaded. The article and the place list still work; reload the page to try again.';
  useEffect(() => reportStatus('error', message), []);
  return (
    <div className="map-frame">
      <div className="map-canvas" data-testid="map.canvas" data-map-state="error" />
      <div role="alert" className="map-error">
        <p>{message}</p>
      </div>
    </div>
  );
}

/** Notices about links and data, and the live region that announces selections. */
export function StatusArea() {
  return (
    <>
      <Notices />
      <Announcer />
      <ArticleDialogHost />
      <ExportMenuHost />
      <CorrectionHost />
    </>
  );
}
