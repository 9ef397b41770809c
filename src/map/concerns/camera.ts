// The camera: moves the app asks for (frame a place, reveal a point, frame
// them all, a view from a link), each carrying its request's number so the URL
// knows which history entry a view belongs to; the selected place kept in sight
// when the map changes size; and every move's end reported to the view store.
import { placeById } from '../../core/places/gazetteer.ts';
import { factsOf } from '../../core/places/place-data.ts';
import { useSelectionStore } from '../../store/selection.ts';
import { reportCamera, reportStatus, useViewStore, type CameraRequest } from '../../store/view.ts';
import { framingFor, framingForAll } from '../framing.ts';
import type { MapSession } from '../session.ts';
import type { MapOptions } from 'maplibre-gl';
import { allPlacesPadding, INITIAL_BOUNDS, panelPadding, visibleBox } from '../viewport.ts';

/** A move the app asked for carries its request's number, so the URL knows which entry the view belongs to. */
interface RequestMove {
  requestSeq?: number;
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** How the whole border is fitted: at the start, and whenever there is nothing else to frame. */
const HOME_FIT = { padding: 24 };

/** Where the map starts, and the request that start already answers (null: none). */
export interface StartCamera {
  options: Pick<MapOptions, 'bounds' | 'fitBoundsOptions' | 'center' | 'zoom' | 'bearing' | 'pitch'>;
  answers: number | null;
}

/**
 * The camera to create the map at: where the link asks (its view, or its
 * place framed with the panel's padding from the page's layout), so that no
 * tile of a view the reader never sees is loaded; else the whole border.
 * Computed before the map exists, from the pipeline's precomputed bounds.
 */
export function startCamera(req: CameraRequest | null, el: HTMLElement): StartCamera {
  const home: StartCamera = { options: { bounds: INITIAL_BOUNDS, fitBoundsOptions: HOME_FIT }, answers: null };
  if (!req) return home;
  if (req.type === 'view') {
    const { zoom, lat, lon, bearing, pitch } = req.camera;
    return { options: { center: [lon, lat], zoom, bearing, pitch }, answers: req.seq };
  }
  if (req.type === 'frame') {
    const place = placeById(req.placeId);
    const f = place ? framingFor(place.kind, factsOf(place.id)) : { type: 'none' as const };
    const padding = panelPadding(el);
    if (f.type === 'bounds')
      return { options: { bounds: f.bounds, fitBoundsOptions: { padding, maxZoom: f.maxZoom } }, answers: req.seq };
    if (f.type === 'center') {
      return {
        options: { bounds: [f.center, f.center], fitBoundsOptions: { padding, maxZoom: f.zoom } },
        answers: req.seq,
      };
    }
    return home;
  }
  if (req.type === 'frame-all') {
    const f = framingForAll(req.placeIds.map(factsOf));
    if (f.type !== 'bounds') return home;
    return {
      options: {
        bounds: f.bounds,
        fitBoundsOptions: { padding: allPlacesPadding(el), maxZoom: Math.min(f.maxZoom, req.maxZoom ?? Infinity) },
      },
      answers: req.seq,
    };
  }
  return home;
}

/** `answered`: the request the map was created at (startCamera), which needs no move of its own. */
export function attachCamera(s: MapSession, answered: number | null = null): () => void {
  const { map, el } = s;
  let pendingRequest: CameraRequest | null = useViewStore.getState().request;
  let lastRequestSeq = answered ?? -1;

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
    if (p.x >= box.left && p.x <= box.right && p.y >= box.top && p.y <= box.bottom) return;
    const offset: [number, number] = [p.x - (box.left + box.right) / 2, p.y - (box.top + box.bottom) / 2];
    map.panBy(offset, { animate, duration: 500 }, move);
  };

  const applyRequest = (req: CameraRequest | null) => {
    if (!req || req.seq === lastRequestSeq) return;
    if (!s.ready) {
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
      // Nothing to frame (the default article, or no place found): the whole border, as the map starts.
      const target =
        f.type === 'bounds'
          ? map.cameraForBounds(f.bounds, {
              padding: allPlacesPadding(el),
              maxZoom: Math.min(f.maxZoom, req.maxZoom ?? Infinity),
            })
          : map.cameraForBounds(INITIAL_BOUNDS, HOME_FIT);
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
  const applyLatest = () => applyRequest(useViewStore.getState().request);

  /**
   * After the map changes size (a window resized, a phone turned), the
   * selected place stays in sight: framed again when it is hidden.
   */
  const onResize = () => {
    const id = useSelectionStore.getState().placeId;
    const anchor = id ? factsOf(id)?.anchor : undefined;
    if (!s.ready || !id || !anchor || el.clientWidth === 0 || el.clientHeight === 0) return;
    const box = visibleBox(el, panelPadding(el));
    const p = map.project(anchor);
    if (p.x >= box.left && p.x <= box.right && p.y >= box.top && p.y <= box.bottom) return;
    const target = frameCamera(id);
    if (target) map.jumpTo(target);
  };

  const onMoveEnd = (e: object) => {
    const c = map.getCenter();
    const camera = { zoom: map.getZoom(), lat: c.lat, lon: c.lng, bearing: map.getBearing(), pitch: map.getPitch() };
    reportCamera(camera, (e as RequestMove).requestSeq ?? null);
  };

  const listeners = [map.on('resize', onResize), map.on('moveend', onMoveEnd)];
  const offReady = s.onReady((first) => {
    if (!first) return;
    // The map was created where the link asked: that view is the request's, as a move's end would say.
    if (answered !== null && pendingRequest?.seq === answered) onMoveEnd({ requestSeq: answered });
    applyRequest(pendingRequest);
  });
  const offStore = useViewStore.subscribe((now, prev) => {
    if (now.request === prev.request) return;
    if (!s.ready) {
      pendingRequest = now.request;
      return;
    }
    // Busy at once, so that nobody reads the previous idle as this move's end.
    if (now.status !== 'busy' && now.status !== 'error') reportStatus('busy');
    s.afterPaint(applyLatest);
  });
  return () => {
    for (const l of listeners) l.unsubscribe();
    offReady();
    offStore();
  };
}
