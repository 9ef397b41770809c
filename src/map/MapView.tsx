// The one component that owns MapLibre. Its code loads apart; main.tsx renders it when it arrives.
import 'maplibre-gl/dist/maplibre-gl.css';
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  prewarm,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import type { GeoJSONSource, MapMouseEvent, PointLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef, useState } from 'react';
import { placeById } from '../places/gazetteer.ts';
import { factsOf, GEO_SOURCES } from '../places/place-data.ts';
import { currentArticle, useArticleStore } from '../store/article.ts';
import { hover, select, useSelectionStore } from '../store/selection.ts';
import { reportCamera, reportStatus, requestReveal, useViewStore, type CameraRequest } from '../store/view.ts';
import { framingFor, framingForAll } from './framing.ts';
import { arrivedGeo, loadAllGeo, type GeoData } from './geodata.ts';
import { buildStyle, CONTEXT_SOURCE, HIT_LAYERS, PALETTES, PLACES_SOURCE } from './layers.ts';
import { withFound } from './found-places.ts';
import { hasWebGl } from './webgl.ts';
import { drawPrintPicture } from './print-picture.ts';
import { applyTheme, currentTheme, watchTheme } from './theme.ts';
import { pickPlace, type Candidate } from './pick.ts';
import { crossingIcon } from './icons.ts';
import { INITIAL_BOUNDS, panelPadding, visibleBox } from './viewport.ts';
import { MAP_LIMITS } from './limits.ts';

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

/**
 * How far from its point a symbol counts as hit: the icon, not the label
 * beside it (a crossing's name can lie over a town's dot).
 */
const SYMBOL_HIT_PX = 9 + HIT_RADIUS;

/** Map width (px) below which the full credits would run into the scale bar. */
const COMPACT_ATTRIBUTION_BELOW = 760;

/** A move the app asked for carries its request's number, so the URL knows which entry the view belongs to. */
interface RequestMove {
  requestSeq?: number;
}

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
    let mentioned = currentArticle().mentionedIds;
    // The style as built: a restored WebGL context rebuilds it so, and it is restyled if that is out of date.
    const builtFor = { mentioned, theme };
    // Data that is here already goes into the style itself. Set later, it would
    // make MapLibre build every first tile twice: once for the load of the
    // style's empty data, once for the real data.
    const early = attempt === 0 ? arrivedGeo() : null;
    try {
      map = new MapLibreMap({
        container: el,
        style: buildStyle(mentioned, ATTRIBUTION, PALETTES[theme], early),
        bounds: INITIAL_BOUNDS,
        fitBoundsOptions: { padding: 24 },
        attributionControl: false,
        minZoom: MAP_LIMITS.minZoom,
        maxZoom: MAP_LIMITS.maxZoom,
        maxPitch: MAP_LIMITS.maxPitch,
        dragRotate: false,
        // The compass only resets here: the map cannot be turned by dragging.
        locale: { 'NavigationControl.ResetBearing': 'Reset the view to north, flat' },
        pitchWithRotate: false,
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
    if (navigator.webdriver) window.__borderMap = map;
    map.touchZoomRotate.disableRotation();
    // The compass shows only when the view is turned or tilted (a link can ask
    // for either); a click on it puts north up and the view flat again.
    map.addControl(new NavigationControl({ showCompass: true, visualizePitch: true }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    // The credits in full on a wide map; on a narrow one, where in full they
    // would cover the scale and the map, MapLibre's compact attribution (its ⓘ
    // button), folded. Chosen again whenever the map changes width.
    let attribution: AttributionControl | null = null;
    const placeAttribution = () => {
      const compact = el.clientWidth < COMPACT_ATTRIBUTION_BELOW;
      if (attribution && attribution.options.compact === compact) return;
      if (attribution) map.removeControl(attribution);
      // The credits are the control's own (not only the sources'), so that it
      // knows them from the start and a compact one can be folded at once.
      attribution = new AttributionControl({ compact, customAttribution: ATTRIBUTION });
      map.addControl(attribution, 'bottom-right');
      if (compact) el.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
    };
    placeAttribution();
    const showNorthUp = () => el.classList.toggle('is-north-up', map.getBearing() === 0 && map.getPitch() === 0);
    showNorthUp();
    map
      .getCanvas()
      .setAttribute(
        'aria-label',
        'Map of the places the article names. The place list offers the same places as text.',
      );

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

    /** Where a framed place goes, or undefined when it cannot be framed. */
    const frameCamera = (placeId: string) => {
      const place = placeById(placeId);
      const f = place ? framingFor(place.kind, factsOf(place.id)) : { type: 'none' as const };
      // cameraForBounds leaves the map's own padding at 0 (flyTo's padding would persist
      // and add to every later fit), so the view in the URL is the plain map centre.
      const padding = panelPadding(el);
      return f.type === 'bounds'
        ? map.cameraForBounds(f.bounds, { padding, maxZoom: f.maxZoom })
        : f.type === 'center'
          ? map.cameraForBounds([f.center, f.center], { padding, maxZoom: f.zoom })
          : undefined;
    };

    /** Pan so that a point hidden under the panel or off the map comes into the part the reader sees. */
    const revealPoint = (at: [number, number], animate: boolean, move: RequestMove) => {
      const box = visibleBox(el, panelPadding(el));
      const p = map.project(at);
      if (p.x >= box.left && p.x <= box.right && p.y >= box.top && p.y <= box.bottom) return false;
      const offset: [number, number] = [p.x - (box.left + box.right) / 2, p.y - (box.top + box.bottom) / 2];
      map.panBy(offset, { animate, duration: 500 }, move);
      return true;
    };

    const applyRequest = (req: CameraRequest | null) => {
      if (!req || req.seq === lastRequestSeq) return;
      if (!ready) {
        pendingRequest = req;
        return;
      }
      lastRequestSeq = req.seq;
      const animate = !reducedMotion();
      const move: RequestMove = { requestSeq: req.seq };
      reportStatus('busy');
      if (req.type === 'view') {
        const { zoom, lat, lon, bearing, pitch } = req.camera;
        map.jumpTo({ zoom, center: [lon, lat], bearing, pitch }, move);
      } else if (req.type === 'reveal') {
        revealPoint(req.at, animate, move);
      } else if (req.type === 'frame-all') {
        const f = framingForAll(req.placeIds.map(factsOf));
        const bounds = f.type === 'bounds' ? f.bounds : INITIAL_BOUNDS;
        // More room than for one place: the labels of the places at the edges stay in view.
        const pad = panelPadding(el);
        const padding = { top: pad.top + 40, bottom: pad.bottom + 20, left: pad.left + 60, right: pad.right + 60 };
        const target = map.cameraForBounds(bounds, { padding, maxZoom: f.type === 'bounds' ? f.maxZoom : 9 });
        if (target) map.jumpTo(target, move);
      } else {
        const target = frameCamera(req.placeId);
        const point = factsOf(req.placeId)?.geometry === 'point';
        if (target) {
          if (animate) map.flyTo({ ...target, duration: point ? 1100 : 900 }, move);
          else map.jumpTo(target, move);
        }
      }
      // Make sure an idle event follows even when the camera did not change.
      map.triggerRepaint();
    };

    /**
     * After the map changes size (a window resized, a phone turned), the
     * selected place stays in sight: framed again when it is hidden.
     */
    const onResize = () => {
      placeAttribution();
      const id = useSelectionStore.getState().placeId;
      const anchor = id ? factsOf(id)?.anchor : undefined;
      if (!ready || !id || !anchor || el.clientWidth === 0 || el.clientHeight === 0) return;
      const box = visibleBox(el, panelPadding(el));
      const p = map.project(anchor);
      if (p.x >= box.left && p.x <= box.right && p.y >= box.top && p.y <= box.bottom) return;
      const target = frameCamera(id);
      if (target) map.jumpTo(target);
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
          // A symbol's hit box holds its label too; only its icon counts.
          if (f.layer.type === 'symbol' && distancePx > SYMBOL_HIT_PX) continue;
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
      if (!id) return;
      select(id, null, 'user');
      // The panel opens over the map: keep what the reader clicked in sight.
      const at =
        factsOf(id)?.geometry === 'point' ? factsOf(id)!.anchor : ([e.lngLat.lng, e.lngLat.lat] as [number, number]);
      requestReveal(id, at);
    };
    const onMoveEnd = (e: object) => {
      const c = map.getCenter();
      const camera = { zoom: map.getZoom(), lat: c.lat, lon: c.lng, bearing: map.getBearing(), pitch: map.getPitch() };
      reportCamera(camera, (e as RequestMove).requestSeq ?? null);
      showNorthUp();
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
      map.on('rotate', showNorthUp),
      map.on('pitch', showNorthUp),
      map.on('resize', onResize),
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
    /** Whether the places source holds found places now. */
    let shownFound = false;
    let styleLoaded = false;

    const unsubscribe = [
      watchTheme((next) => {
        theme = next;
        if (!styleLoaded) return;
        applyTheme(map, mentioned, theme);
        reportStatus('busy');
        map.triggerRepaint();
      }),
      // Another article: its places are styled apart, on the same map.
      useArticleStore.subscribe((s, prev) => {
        if (s.current.mentionedIds === prev.current.mentionedIds) return;
        mentioned = s.current.mentionedIds;
        if (!styleLoaded) return;
        // The article's places from the regional gazetteer join the map's data (and leave it with the article).
        if (geo) {
          const data = withFound(geo[0], mentioned);
          if (data !== geo[0] || shownFound) map.getSource<GeoJSONSource>(PLACES_SOURCE)?.setData(data);
          shownFound = data !== geo[0];
        }
        applyTheme(map, mentioned, theme);
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
      if (printFigure.current && ready) drawPrintPicture(map, printFigure.current, mentioned, theme);
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
      if (!inStyle || withFound(places, mentioned) !== places) {
        map.getSource<GeoJSONSource>(PLACES_SOURCE)?.setData(withFound(places, mentioned));
        if (!inStyle) map.getSource<GeoJSONSource>(CONTEXT_SOURCE)?.setData(context);
      }
      shownFound = withFound(places, mentioned) !== places;
      inStyle = false;
      if (builtFor.mentioned !== mentioned || builtFor.theme !== theme) applyTheme(map, mentioned, theme);
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
