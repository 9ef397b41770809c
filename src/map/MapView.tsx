// The one component that owns MapLibre: it creates the map and removes it, and
// hands it to one module per concern, each with its own subscriptions and
// cleanup (src/map/concerns). Its code loads apart; main.tsx renders it when it arrives.
import 'maplibre-gl/dist/maplibre-gl.css';
import { addProtocol, Map as MapLibreMap, prewarm, setWorkerUrl } from 'maplibre-gl';
import type { PMTiles, Protocol } from 'pmtiles';
import { DETAIL_MIN_ZOOM, DETAIL_URL } from '../core/map/detail.ts';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef, useState } from 'react';
import { GEO_SOURCES, SOURCES_TEXT } from '../core/places/place-data.ts';
import { currentArticle } from '../store/article.ts';
import { reportStatus, useViewStore } from '../store/view.ts';
import { attachCamera, startCamera } from './concerns/camera.ts';
import { attachControls } from './concerns/controls.ts';
import { attachData } from './concerns/data.ts';
import { attachHighlight } from './concerns/highlight.ts';
import { attachOnline } from './concerns/online.ts';
import { attachReading } from './concerns/reading.ts';
import { attachLibrary } from './concerns/library.ts';
import { attachPicture } from './concerns/picture.ts';
import { attachPointer } from './concerns/pointer.ts';
import { attachStatus } from './concerns/status.ts';
import { arrivedGeo } from './geodata.ts';
import { buildStyle, PALETTES } from './layers.ts';
import { MAP_LIMITS } from '../core/map/limits.ts';
import { Legend } from '../legend/Legend.tsx';
import { OnlineMapToggle } from './OnlineMapToggle.tsx';
import { FollowToggle } from './FollowToggle.tsx';
import { NotOnMapNote } from './NotOnMapNote.tsx';
import { createSession } from './session.ts';
import { exposeForTests } from './test-api.ts';
import { currentTheme } from './theme.ts';
import { hasWebGl } from './webgl.ts';

setWorkerUrl(workerUrl);
// The detail (rivers, towns, passes, ranges) is one PMTiles archive, read tile
// by tile with Range requests, only where and when the view needs it.
const DETAIL_HREF = new URL(DETAIL_URL, document.baseURI).href;
const DETAIL_TILES = `pmtiles://${DETAIL_HREF}/{z}/{x}/{y}`;
/** The pmtiles reader, loaded when a view first needs the detail (the home view never does). */
let detailReader: Promise<{ protocol: Protocol; archive: PMTiles }> | null = null;
const reader = () =>
  (detailReader ??= import('pmtiles').then(({ PMTiles, Protocol }) => {
    const protocol = new Protocol();
    const archive = new PMTiles(DETAIL_HREF);
    protocol.add(archive);
    return { protocol, archive };
  }));
addProtocol('pmtiles', async (params, abort) => (await reader()).protocol.tile(params, abort));
// The map's worker starts loading its script now, while React mounts the map.
prewarm();

const ATTRIBUTION = GEO_SOURCES.map(
  (s) => `<a href="${s.url}" target="_blank" rel="noopener noreferrer">${s.name}</a> (${s.licence})`,
).join(' · ');

/** The map: draws the geodata, answers hover and click, follows selection and camera requests. */
export default function MapView() {
  const container = useRef<HTMLDivElement>(null);
  const printFigure = useRef<HTMLElement>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const theme = currentTheme();
    const { mentionedIds: mentioned, uncertainIds: uncertain } = currentArticle();
    // Data that is here already goes into the style itself. Set later, it would
    // make MapLibre build every first tile twice: once for the load of the
    // style's empty data, once for the real data.
    const early = attempt === 0 ? arrivedGeo() : null;
    // Where the link asks, from the first frame: no tiles of the home view on the way.
    const start = startCamera(useViewStore.getState().request, el);
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({
        container: el,
        style: buildStyle(mentioned, ATTRIBUTION, PALETTES[theme], early, uncertain, DETAIL_TILES),
        ...start.options,
        attributionControl: false,
        minZoom: MAP_LIMITS.minZoom,
        maxZoom: MAP_LIMITS.maxZoom,
        maxPitch: MAP_LIMITS.maxPitch,
        dragRotate: false,
        // The compass only resets here: the map cannot be turned by dragging.
        locale: { 'NavigationControl.ResetBearing': 'Reset the view to north, flat' },
        pitchWithRotate: false,
        fadeDuration: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 300,
      });
    } catch (err) {
      // Asked only when the start failed: the check costs a WebGL context, which the map's start would pay twice.
      if (!hasWebGl()) {
        reportStatus(
          'error',
          'The map needs WebGL, which this browser does not offer. The article and the place list still work.',
          false,
        );
      } else {
        reportStatus(
          'error',
          `The map could not start (${err instanceof Error ? err.message : String(err)}). The article and the place list still work.`,
        );
      }
      return;
    }
    performance.mark('map:created'); // read by the benchmark
    // A view that shows the detail reads its archive's directory now, while the style loads, not after.
    if (map.getZoom() >= DETAIL_MIN_ZOOM - 1)
      void reader()
        .then(({ archive }) => archive.getHeader())
        .catch(() => undefined);
    const session = createSession(map, el);
    // In the order they must act on one event: the controls' resize before the camera's.
    const detach = [
      exposeForTests(map),
      attachControls(session, ATTRIBUTION),
      attachStatus(session),
      attachHighlight(session),
      attachReading(session),
      attachCamera(session, start.answers),
      attachPointer(session),
      attachPicture(session),
      attachData(session, {
        builtFor: { mentioned, uncertain, theme },
        early,
        fresh: attempt > 0,
        printFigure: () => printFigure.current,
      }),
      attachOnline(session, __ONLINE_MAP__),
      attachLibrary(session),
    ];
    return () => {
      for (const off of detach) off();
      session.dispose();
      map.remove();
    };
  }, [attempt]);

  return (
    <MapFrame
      container={container}
      printFigure={printFigure}
      onRetry={() => {
        reportStatus('loading');
        setAttempt((a) => a + 1);
      }}
    />
  );
}
interface MapFrameProps {
  container: React.RefObject<HTMLDivElement | null>;
  printFigure: React.RefObject<HTMLElement | null>;
  onRetry: () => void;
}

function MapFrame({ container, printFigure, onRetry }: MapFrameProps) {
  const status = useViewStore((s) => s.status);
  const error = useViewStore((s) => s.error);
  const retryable = useViewStore((s) => s.retryable);
  return (
    <div className="map-frame">
      <div ref={container} className="map-canvas" data-testid="map.canvas" data-map-state={status} />
      {status !== 'error' && <Legend />}
      {status !== 'error' && <NotOnMapNote />}
      {status !== 'error' && (
        <div className="map-switches">
          <FollowToggle />
          <OnlineMapToggle />
        </div>
      )}
      <figure ref={printFigure} className="print-only print-map" data-testid="print.map">
        <img alt="The map as it was shown when the page was printed" />
        <figcaption>
          <span className="print-map-view" /> Map data: {SOURCES_TEXT}.
        </figcaption>
      </figure>
      {status === 'error' && (
        <div role="alert" className="map-error">
          <p>{error}</p>
          {!retryable ? (
            <p>
              <a href="#place-list">Go to the place list</a>
            </p>
          ) : (
            <button type="button" onClick={onRetry}>
              Retry
            </button>
          )}
        </div>
      )}
    </div>
  );
}
