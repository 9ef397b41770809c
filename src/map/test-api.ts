// What end-to-end tests and benchmarks may ask of the map, and nothing more:
// a narrow, typed window onto it (`window.__mapTest`), set only when a
// browser is driven by automation (navigator.webdriver).
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';

export interface MapTestCamera {
  zoom: number;
  lon: number;
  lat: number;
  bearing: number;
  pitch: number;
}

/** Map events a test may wait for or count. */
export type MapTestEvent = 'idle' | 'movestart' | 'move' | 'moveend';

export interface MapTestApi {
  camera(): MapTestCamera;
  /** Pixel position of a coordinate on the map's canvas. */
  project(lonLat: readonly [number, number]): { x: number; y: number };
  /** A property (`id` unless named) of every feature drawn in these layers (all layers if none). */
  rendered(layers?: readonly string[], key?: string): string[];
  /** How many features of a source are loaded. */
  sourceFeatureCount(source: string): number;
  /** The feature state of a place (selected, hover). */
  featureState(placeId: string): Record<string, unknown>;
  /** A paint property of a layer as the map has it now. */
  paint(layer: string, property: string): unknown;
  /** The circle radius (px) a circle layer draws for the rendered feature whose property `key` is `value`; null if none is drawn. */
  renderedRadius(layer: string, key: string, value: string): number | null;
  /** Move the camera at once, as a reader's drag would. */
  jumpTo(center: readonly [number, number], zoom: number): void;
  /** Resolves (with the page's time) at the next event of this kind; `repaint` asks for a frame so an idle follows. */
  next(event: MapTestEvent, options?: { repaint?: boolean }): Promise<number>;
  /** How many events of this kind have happened since the map was created. */
  count(event: MapTestEvent): number;
  /** The data loads each source has finished since the map was created. */
  dataLoads(): Record<string, number>;
  /** The map's style as it is now (the benchmark draws it on a bare page to tell the map's cost from the page's). */
  style(): StyleSpecification;
  /** Lose the map's WebGL context, restore it, and resolve once the style is rebuilt. */
  loseAndRestoreContext(): Promise<void>;
}

declare global {
  interface Window {
    __mapTest?: MapTestApi;
  }
}

const COUNTED: readonly MapTestEvent[] = ['idle', 'movestart', 'move', 'moveend'];

/** Expose the map's test API (under automation only); returns the way off. */
export function exposeForTests(map: MapLibreMap): () => void {
  if (!navigator.webdriver) return () => {};
  const counts: Record<string, number> = {};
  const loads: Record<string, number> = {};
  const listeners = [
    ...COUNTED.map((type) => map.on(type, () => (counts[type] = (counts[type] ?? 0) + 1))),
    map.on('sourcedata', (e) => {
      if (e.sourceDataType === 'content') loads[e.sourceId] = (loads[e.sourceId] ?? 0) + 1;
    }),
  ];
  const api: MapTestApi = {
    camera: () => {
      const c = map.getCenter();
      return { zoom: map.getZoom(), lon: c.lng, lat: c.lat, bearing: map.getBearing(), pitch: map.getPitch() };
    },
    project: ([lon, lat]) => {
      const p = map.project([lon, lat]);
      return { x: p.x, y: p.y };
    },
    rendered: (layers, key = 'id') =>
      map.queryRenderedFeatures(layers ? { layers: [...layers] } : undefined).map((f) => String(f.properties[key])),
    sourceFeatureCount: (source) => map.querySourceFeatures(source).length,
    featureState: (id) => map.getFeatureState({ source: 'places', id }),
    paint: (layer, property) => map.getPaintProperty(layer, property as Parameters<MapLibreMap['getPaintProperty']>[1]),
    renderedRadius: (layer, key, value) => {
      const f = map.queryRenderedFeatures({ layers: [layer] }).find((x) => String(x.properties[key]) === value);
      // The layer as the feature was drawn: data-driven paint values evaluated for it.
      const r = (f?.layer.paint as Record<string, unknown> | undefined)?.['circle-radius'];
      return typeof r === 'number' ? r : null;
    },
    jumpTo: ([lon, lat], zoom) => map.jumpTo({ center: [lon, lat], zoom }),
    next: (event, options) =>
      new Promise((resolve) => {
        map.once(event, () => resolve(performance.now()));
        if (options?.repaint) map.triggerRepaint();
      }),
    count: (event) => counts[event] ?? 0,
    dataLoads: () => ({ ...loads }),
    style: () => map.getStyle(),
    loseAndRestoreContext: () =>
      new Promise((resolve) => {
        const canvas = map.getCanvas();
        const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
        const ext = gl?.getExtension('WEBGL_lose_context');
        if (!ext) throw new Error('no WEBGL_lose_context');
        map.once('webglcontextrestored', () => map.once('style.load', () => resolve()));
        map.once('webglcontextlost', () => setTimeout(() => ext.restoreContext(), 0));
        ext.loseContext();
      }),
  };
  window.__mapTest = api;
  return () => {
    for (const l of listeners) l.unsubscribe();
    if (window.__mapTest === api) delete window.__mapTest;
  };
}
