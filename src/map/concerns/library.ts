// The library view on the map (issue 33): the places the shown articles name,
// each a circle whose area grows with the number of articles that name it (a
// calm graduated symbol, explained in the key), filtered with the view. The
// article's own places step back meanwhile. Clicking a circle chooses its place.
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import { filterEntries, libraryPlaces, type IndexEntry } from '../../core/library/library-index.ts';
import { factsOf } from '../../core/places/place-data.ts';
import { placeById } from '../../core/places/gazetteer.ts';
import { chooseLibraryPlace, hoverLibraryPlace, useLibraryView } from '../../store/library-view.ts';
import { currentArticle } from '../../store/article.ts';
import { requestFrame, requestFrameAll } from '../../store/view.ts';
import { LABEL_FONT, PALETTES } from '../layers.ts';
import { applyTheme, currentTheme, watchTheme } from '../theme.ts';
import { labelText } from '../found-places.ts';
import type { MapSession } from '../session.ts';

export const LIBRARY_SOURCE = 'library';
export const LIBRARY_LAYERS = { circles: 'library-circles', labels: 'library-labels' } as const;

/** Radius in pixels of a place named by one article, and of the library's most named place. */
const MIN_R = 4;
const MAX_R = 22;

/** The features of the library's places that have a point, with their counts. */
export function libraryFeatures(entries: readonly IndexEntry[]): FeatureCollection {
  const points = new Map<string, [number, number]>();
  for (const e of entries) for (const [id, p] of Object.entries(e.points ?? {})) points.set(id, p);
  const names = new Map<string, string>();
  for (const e of entries) for (const [id, n] of Object.entries(e.names ?? {})) names.set(id, n);
  const features: Feature[] = [];
  for (const p of libraryPlaces(entries)) {
    const facts = factsOf(p.id);
    const at = facts?.anchor ?? points.get(p.id);
    if (!at) continue;
    features.push({
      type: 'Feature',
      id: features.length,
      geometry: { type: 'Point', coordinates: at },
      properties: {
        place: p.id,
        name: labelText(placeById(p.id)?.name ?? names.get(p.id) ?? p.id),
        articles: p.articles,
        mentions: p.mentions,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

export function attachLibrary(s: MapSession): () => void {
  const { map } = s;
  let shownFor: {
    entries: readonly IndexEntry[] | null;
    from: string | null;
    to: string | null;
    source: string | null;
  } | null = null;
  let data: FeatureCollection = { type: 'FeatureCollection', features: [] };
  /** Feature ids by place, for the chosen and hovered states. */
  let idOf = new Map<string, number>();
  const lit = { chosen: null as number | null, hover: null as number | null };

  const install = () => {
    const c = PALETTES[currentTheme()];
    if (!map.getSource(LIBRARY_SOURCE)) map.addSource(LIBRARY_SOURCE, { type: 'geojson', data });
    const most = Math.max(1, ...data.features.map((f) => Number(f.properties?.articles ?? 1)));
    // Area, not radius, grows with the count: the radius with its square root.
    const radius = [
      'interpolate',
      ['linear'],
      ['sqrt', ['get', 'articles']],
      1,
      MIN_R,
      Math.max(1.01, Math.sqrt(most)),
      most === 1 ? MIN_R + 2 : MAX_R,
    ] as const;
    if (!map.getLayer(LIBRARY_LAYERS.circles)) {
      map.addLayer({
        id: LIBRARY_LAYERS.circles,
        type: 'circle',
        source: LIBRARY_SOURCE,
        layout: { 'circle-sort-key': ['-', 0, ['get', 'articles']] },
        paint: {},
      });
      map.addLayer({
        id: LIBRARY_LAYERS.labels,
        type: 'symbol',
        source: LIBRARY_SOURCE,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [LABEL_FONT],
          'text-size': 12,
          'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
          'text-radial-offset': ['+', 0.6, ['/', ['sqrt', ['get', 'articles']], 2]],
          'text-optional': true,
          'symbol-sort-key': ['-', 0, ['get', 'articles']],
        },
        paint: {},
      });
    }
    map.setPaintProperty(LIBRARY_LAYERS.circles, 'circle-radius', radius as never);
    map.setPaintProperty(LIBRARY_LAYERS.circles, 'circle-color', [
      'case',
      ['boolean', ['feature-state', 'chosen'], false],
      c.selectedFill,
      ['boolean', ['feature-state', 'hover'], false],
      c.hoverFill,
      c.articleFill,
    ]);
    map.setPaintProperty(LIBRARY_LAYERS.circles, 'circle-opacity', 0.75);
    map.setPaintProperty(LIBRARY_LAYERS.circles, 'circle-stroke-color', c.point);
    map.setPaintProperty(LIBRARY_LAYERS.circles, 'circle-stroke-width', [
      'case',
      ['boolean', ['feature-state', 'chosen'], false],
      2,
      1,
    ]);
    map.setPaintProperty(LIBRARY_LAYERS.labels, 'text-color', c.label);
    map.setPaintProperty(LIBRARY_LAYERS.labels, 'text-halo-color', c.halo);
    map.setPaintProperty(LIBRARY_LAYERS.labels, 'text-halo-width', 1.5);
  };

  const setState = (key: 'chosen' | 'hover', place: string | null) => {
    const next = place === null ? null : (idOf.get(place) ?? null);
    if (lit[key] === next) return;
    if (lit[key] !== null) map.setFeatureState({ source: LIBRARY_SOURCE, id: lit[key] }, { [key]: false });
    if (next !== null) map.setFeatureState({ source: LIBRARY_SOURCE, id: next }, { [key]: true });
    lit[key] = next;
  };

  const visible = (on: boolean) => {
    for (const id of Object.values(LIBRARY_LAYERS))
      if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
  };

  /** The article's own places step back while the library shows, and come back after. */
  const articleStyle = (library: boolean) => {
    const { mentionedIds, uncertainIds } = currentArticle();
    applyTheme(map, library ? [] : mentionedIds, currentTheme(), library ? [] : uncertainIds);
  };

  let wasOpen = false;
  let framed = false;
  const apply = () => {
    if (!s.ready) return;
    const v = useLibraryView.getState();
    if (v.open !== wasOpen) {
      articleStyle(v.open);
      wasOpen = v.open;
      if (!v.open) {
        visible(false);
        framed = false;
        return;
      }
    }
    if (!v.open) return;
    const key = { entries: v.entries, from: v.from, to: v.to, source: v.source };
    if (
      !shownFor ||
      shownFor.entries !== key.entries ||
      shownFor.from !== key.from ||
      shownFor.to !== key.to ||
      shownFor.source !== key.source
    ) {
      shownFor = key;
      data = libraryFeatures(v.entries ? filterEntries(v.entries, v) : []);
      idOf = new Map(data.features.map((f) => [String(f.properties!.place), Number(f.id)]));
      lit.chosen = null;
      lit.hover = null;
      install();
      (map.getSource(LIBRARY_SOURCE) as GeoJSONSource).setData(data);
      map.getCanvasContainer().dataset.libraryPlaces = String(data.features.length);
    }
    visible(true);
    setState('chosen', v.place);
    setState('hover', v.hover);
    // The view opened by the reader, without a view of its own in the link: the library's places framed once.
    if (!framed && v.entries && data.features.length && v.origin === 'user' && !v.place) {
      framed = true;
      requestFrameAll(data.features.map((f) => String(f.properties!.place)).filter((id) => factsOf(id)));
    }
  };

  const hit = (e: MapMouseEvent) =>
    map.getLayer(LIBRARY_LAYERS.circles)
      ? map.queryRenderedFeatures(
          [
            [e.point.x - 3, e.point.y - 3],
            [e.point.x + 3, e.point.y + 3],
          ],
          { layers: [LIBRARY_LAYERS.circles] },
        )[0]
      : undefined;
  const onMove = (e: MapMouseEvent) => {
    if (!useLibraryView.getState().open) return;
    const f = hit(e);
    map.getCanvas().style.cursor = f ? 'pointer' : '';
    hoverLibraryPlace(f ? String(f.properties.place) : null);
  };
  const onClick = (e: MapMouseEvent) => {
    if (!useLibraryView.getState().open) return;
    const f = hit(e);
    if (!f) return;
    const place = String(f.properties.place);
    chooseLibraryPlace(place);
    if (factsOf(place)?.geometry !== 'point') return;
    requestFrame(place);
  };
  map.on('mousemove', onMove);
  map.on('click', onClick);
  const offReady = s.onReady(() => {
    shownFor = null;
    wasOpen = false;
    apply();
  });
  // The view first, the map after: what the view shows is applied once the view has drawn it (and painted),
  // the hover at once, the article's own style back as soon as the view closes.
  const offStore = useLibraryView.subscribe((v, prev) => {
    if (v.drawn !== prev.drawn || v.hover !== prev.hover || (!v.open && prev.open)) s.afterPaint(apply);
  });
  const offTheme = watchTheme(() => {
    if (!useLibraryView.getState().open || !map.getLayer(LIBRARY_LAYERS.circles)) return;
    // After the data concern restyled for the theme: the library's colours, and the article's places kept back.
    s.afterPaint(() => {
      install();
      articleStyle(true);
    });
  });
  return () => {
    offReady();
    offStore();
    offTheme();
    map.off('mousemove', onMove);
    map.off('click', onClick);
  };
}
