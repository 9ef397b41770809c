// The one component that owns MapLibre. Its code loads apart; main.tsx renders it when it arrives.
import 'maplibre-gl/dist/maplibre-gl.css';
import { AttributionControl, Map as MapLibreMap, NavigationControl, prewarm, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import type { GeoJSONSource, MapMouseEvent, PointLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef, useState } from 'react';
import { placeById } from '../places/gazetteer.ts';
import { factsOf, GEO_SOURCES, MENTIONED_IDS } from '../places/place-data.ts';
import { hover, select, useSelectionStore } from '../store/selection.ts';
import { reportCamera, reportStatus, useViewStore, type CameraRequest } from '../store/view.ts';
import { framingFor } from './framing.ts';
import { arrivedGeo, loadAllGeo, type GeoData } from './geodata.ts';
import { buildStyle, CONTEXT_SOURCE, HIT_LAYERS, PALETTES, PLACES_SOURCE } from './layers.ts';
import { drawPrintPicture } from './print-picture.ts';
import { applyTheme, currentTheme, watchTheme } from './theme.ts';
import { pickPlace, type Candidate } from './pick.ts';
import { crossingIcon } from './icons.ts';
import { INITIAL_BOUNDS, panelPadding } from './viewport.ts';

setWorkerUrl(workerUrl);
// The map's worker starts loading its script now, while React mounts the map.
prewarm();

const ATTRIBUTION = GEO_SOURCES.map(
  (s) => `<a href="${s.url}" target="_blank" rel="noopener noreferrer">${s.name}</a> (${s.licence})`,
).join(' · ');

/** The sources' credits as plain text, for the printed map. */
const SOURCES_TEXT = GEO_SOURCES.map((s) => `${s.name} (${s.licence})`).join(' · ');

/** Pixels around the pointer within which a point or line counts as hit. */
const HIT_RADIUS = 6;

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Test hook: the map instance, exposed only to automated browsers. */
declare global {
  interface Window {
    __borderMap?: MapLibreMap;
  }
}

/** The map: draws the geodata, answers hover and click, follows selection and camera requests. */
export default function MapView() {
  const container = useRef<HTMLDivElement>(null);
  const printFigure = useRef<HTMLElement>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let map: MapLibreMap;
    let theme = currentTheme();
    // Data that is here already goes into the style itself. Set later, it would
    // make MapLibre build every first tile twice: once for the load of the
    // style's empty data, once for the real data.
    const early = attempt === 0 ? arrivedGeo() : null;
    try {
      map = new MapLibreMap({
        container: el,
        style: buildStyle(MENTIONED_IDS, ATTRIBUTION, PALETTES[theme], early),
        bounds: INITIAL_BOUNDS,
        fitBoundsOptions: { padding: 24 },
        attributionControl: false,
        maxZoom: 14,
        dragRotate: false,
        pitchWithRotate: false,
      });
    } catch {
      reportStatus('error', 'The map needs WebGL, which this browser does not offer. The article and the place list still work.');
      return;
    }
    performance.mark('map:created'); // read by the benchmark
    if (navigator.webdriver) window.__borderMap = map;
    map.touchZoomRotate.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
    map.getCanvas().setAttribute('aria-label', 'Map of the places the article names. The place list offers the same places as text.');

    let disposed = false;
    let ready = false;
    let pendingRequest: CameraRequest | null = useViewStore.getState().request;
    let lastRequestSeq = -1;
    // Which place carries each feature-state flag on the map now.
    const marked: Record<'selected' | 'hover', string | null> = { selected: null, hover: null };

    /** Move a feature-state flag to another place (or none). */
    const mark = (key: 'selected' | 'hover', id: string | null) => {
      if (id === marked[key] || !ready) return;
      const prev = marked[key];
      if (prev) map.setFeatureState({ source: PLACES_SOURCE, id: prev }, { [key]: false });
      if (id) map.setFeatureState({ source: PLACES_SOURCE, id }, { [key]: true });
      marked[key] = id;
    };

    const applySelection = () => mark('selected', useSelectionStore.getState().placeId);
    const applyHover = () => mark('hover', useSelectionStore.getState().hoverPlaceId);

    const applyRequest = (req: CameraRequest | null) => {
      if (!req || req.seq === lastRequestSeq) return;
      if (!ready) {
        pendingRequest = req;
        return;
      }
      lastRequestSeq = req.seq;
      const animate = !reducedMotion();
      reportStatus('busy');
      if (req.type === 'view') {
        const { zoom, lat, lon, bearing, pitch } = req.camera;
        map.jumpTo({ zoom, center: [lon, lat], bearing, pitch });
      } else {
        const place = placeById(req.placeId);
        const f = place ? framingFor(place.kind, factsOf(place.id)) : { type: 'none' as const };
        // cameraForBounds leaves the map's own padding at 0 (flyTo's padding would persist
        // and add to every later fit), so the view in the URL is the plain map centre.
        const padding = panelPadding(el);
        const target =
          f.type === 'bounds'
            ? map.cameraForBounds(f.bounds, { padding, maxZoom: f.maxZoom })
            : f.type === 'center'
              ? map.cameraForBounds([f.center, f.center], { padding, maxZoom: f.zoom })
              : undefined;
        if (target) {
          if (animate) map.flyTo({ ...target, duration: f.type === 'center' ? 1100 : 900 });
          else map.jumpTo(target);
        }
      }
      // Make sure an idle event follows even when the camera did not change.
      map.triggerRepaint();
    };

    const candidatesAt = (p: { x: number; y: number }): Candidate[] => {
      const box: [PointLike, PointLike] = [
        [p.x - HIT_RADIUS, p.y - HIT_RADIUS],
        [p.x + HIT_RADIUS, p.y + HIT_RADIUS],
      ];
      const out: Candidate[] = [];
      const near = map.queryRenderedFeatures(box, { layers: [...HIT_LAYERS.points, ...HIT_LAYERS.lines] });
      for (const f of near) {
        const id = String(f.properties.id);
        const geometry = f.geometry.type === 'Point' ? 'point' : 'line';
        let distancePx = 0;
        if (f.geometry.type === 'Point') {
          const [lon, lat] = f.geometry.coordinates as [number, number];
          const q = map.project([lon, lat]);
          distancePx = Math.hypot(q.x - p.x, q.y - p.y);
        }
        out.push({ id, geometry, areaKm2: 0, distancePx });
      }
      for (const f of map.queryRenderedFeatures([p.x, p.y], { layers: [...HIT_LAYERS.areas] })) {
        const id = String(f.properties.id);
        out.push({ id, geometry: 'area', areaKm2: factsOf(id)?.areaKm2 ?? Infinity, distancePx: 0 });
      }
      return out;
    };

    const onMove = (e: MapMouseEvent) => {
      const id = pickPlace(candidatesAt(e.point));
      map.getCanvas().style.cursor = id ? 'pointer' : '';
      hover(id, 'map');
    };
    const onLeave = () => {
      map.getCanvas().style.cursor = '';
      hover(null, 'map');
    };
    const onClick = (e: MapMouseEvent) => {
      const id = pickPlace(candidatesAt(e.point));
      if (id) select(id, null, 'user');
    };
    const onMoveEnd = () => {
      const c = map.getCenter();
      reportCamera({ zoom: map.getZoom(), lat: c.lat, lon: c.lng, bearing: map.getBearing(), pitch: map.getPitch() });
    };
    let firstIdle = true;
    const onIdle = () => {
      if (!ready) return;
      if (firstIdle) performance.mark('map:first-idle'); // read by the benchmark
      firstIdle = false;
      reportStatus('idle');
    };
    const onError = (e: { error?: { message?: string } }) => {
      // Tile/glyph hiccups are not fatal; a lost WebGL context is handled by MapLibre.
      console.warn('map:', e.error?.message);
    };

    // Each map.on returns its own way off, so cleanup cannot miss one.
    const mapListeners = [
      map.on('mousemove', onMove),
      map.on('mouseout', onLeave),
      map.on('click', onClick),
      map.on('moveend', onMoveEnd),
      map.on('idle', onIdle),
      map.on('error', onError),
    ];

    // Store → map changes wait until the frame that shows the panel has painted:
    // in software GL one map frame can take 100 ms or more, and the reader's
    // click should be answered first. Changes in between coalesce into one sync.
    let syncPending = false;
    let syncFrame = 0;
    let syncTimer: ReturnType<typeof setTimeout> | undefined;
    const sync = () => {
      syncPending = false;
      if (disposed || !ready) return;
      applySelection();
      applyHover();
      applyRequest(useViewStore.getState().request);
    };
    const scheduleSync = () => {
      if (syncPending) return;
      syncPending = true;
      syncFrame = requestAnimationFrame(() => {
        syncTimer = setTimeout(sync, 0);
      });
    };

    // The geodata once fetched, whether the style carries it already, and whether
    // the style can take it yet (see install below).
    let geo: GeoData | null = early;
    let inStyle = early !== null;
    let styleLoaded = false;

    const unsubscribe = [
      watchTheme((next) => {
        theme = next;
        if (!styleLoaded) return;
        applyTheme(map, MENTIONED_IDS, theme);
        reportStatus('busy');
        map.triggerRepaint();
      }),
      useSelectionStore.subscribe((s, prev) => {
        if (s.placeId !== prev.placeId || s.hoverPlaceId !== prev.hoverPlaceId) scheduleSync();
      }),
      useViewStore.subscribe((s, prev) => {
        if (s.request === prev.request) return;
        if (!ready) {
          pendingRequest = s.request;
          return;
        }
        // Busy at once, so that nobody reads the previous idle as this move's end.
        if (s.status !== 'busy' && s.status !== 'error') reportStatus('busy');
        scheduleSync();
      }),
    ];

    // Paper gets a picture of the view the reader has now.
    const snapshot = () => {
      if (printFigure.current && ready) drawPrintPicture(map, printFigure.current, MENTIONED_IDS, theme);
    };
    window.addEventListener('beforeprint', snapshot);
    unsubscribe.push(() => window.removeEventListener('beforeprint', snapshot));

    // The data goes in as soon as the style has loaded, not after the map's first
    // (empty) render. A restored WebGL context rebuilds the style without our data
    // and feature states, so every `style.load` installs them again.
    const install = () => {
      if (disposed || !geo || !styleLoaded) return;
      const [places, context] = geo;
      if (!map.hasImage('crossing')) map.addImage('crossing', crossingIcon(PALETTES[theme]), { pixelRatio: 2 });
      if (!inStyle) {
        map.getSource<GeoJSONSource>(PLACES_SOURCE)?.setData(places);
        map.getSource<GeoJSONSource>(CONTEXT_SOURCE)?.setData(context);
      }
      inStyle = false;
      const first = !ready;
      ready = true;
      marked.selected = marked.hover = null;
      applySelection();
      applyHover();
      if (first) applyRequest(pendingRequest);
      reportStatus('busy');
      map.triggerRepaint();
    };
    mapListeners.push(
      map.on('style.load', () => {
        styleLoaded = true;
        install();
      }),
    );
    loadAllGeo({ fresh: attempt > 0 })
      .then((data) => {
        geo = data;
        install();
      })
      .catch((err: unknown) => {
        if (disposed) return;
        reportStatus('error', err instanceof Error ? err.message : 'The map data failed to load.');
      });

    return () => {
      disposed = true;
      cancelAnimationFrame(syncFrame);
      clearTimeout(syncTimer);
      for (const u of unsubscribe) u();
      for (const l of mapListeners) l.unsubscribe();
      if (window.__borderMap === map) delete window.__borderMap;
      map.remove();
    };
  }, [attempt]);

  return <MapFrame container={container} printFigure={printFigure} onRetry={() => { reportStatus('loading'); setAttempt((a) => a + 1); }} />;
}

interface MapFrameProps {
  container: React.RefObject<HTMLDivElement | null>;
  printFigure: React.RefObject<HTMLElement | null>;
  onRetry: () => void;
}

function MapFrame({ container, printFigure, onRetry }: MapFrameProps) {
  const status = useViewStore((s) => s.status);
  const error = useViewStore((s) => s.error);
  const noWebGl = error?.includes('WebGL') ?? false;
  return (
    <div className="map-frame">
      <div ref={container} className="map-canvas" data-testid="map.canvas" data-map-state={status} />
      <figure ref={printFigure} className="print-only print-map" data-testid="print.map">
        <img alt="The map as it was shown when the page was printed" />
        <figcaption>
          <span className="print-map-view" /> Map data: {SOURCES_TEXT}.
        </figcaption>
      </figure>
      {status === 'error' && (
        <div role="alert" className="map-error">
          <p>{error}</p>
          {noWebGl ? (
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
