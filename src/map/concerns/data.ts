// The map's data and style: the geodata installed as soon as both it and the
// style are there (again after a restored WebGL context), the article's places
// styled apart and its gazetteer places added, the theme followed, and a
// picture of the view for paper.
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import { useArticleStore } from '../../store/article.ts';
import { reportStatus } from '../../store/view.ts';
import { hasNeighbourShape, withFound } from '../found-places.ts';
import { loadAllGeo, loadNeighbourShapes, type GeoData } from '../geodata.ts';
import { crossingIcon } from '../icons.ts';
import { CONTEXT_SOURCE, PALETTES, PLACES_SOURCE, type Theme } from '../layers.ts';
import { drawPrintPicture } from '../print-picture.ts';
import type { OwnedSession } from '../session.ts';
import { applyTheme, watchTheme } from '../theme.ts';

export interface DataOptions {
  /** The style was built for these: it is restyled if they changed before the data came. */
  builtFor: { mentioned: readonly string[]; uncertain: readonly string[]; theme: Theme };
  /** Geodata that is in the style already (it arrived before the map was created). */
  early: GeoData | null;
  /** Fetch the geodata again (a Retry) rather than take what start-up fetched. */
  fresh: boolean;
  /** Where paper gets its picture of the map. */
  printFigure: () => HTMLElement | null;
}

export function attachData(s: OwnedSession, { builtFor, early, fresh, printFigure }: DataOptions): () => void {
  const { map } = s;
  let { mentioned, uncertain, theme } = builtFor;
  let disposed = false;
  // The geodata once fetched, whether the style carries it already, and whether
  // the style can take it yet.
  let geo: GeoData | null = early;
  let inStyle = early !== null;
  /** Whether the places source holds found places now. */
  let shownFound = false;
  let styleLoaded = false;

  const restyle = () =>
    onePlacesReload('style', () => {
      applyTheme(map, mentioned, theme, uncertain);
      reportStatus('busy');
      map.triggerRepaint();
    });

  // The places source's tiles are reloaded by new data and by new filters, one reload at a time.
  // MapLibre 6 lets two reloads of one GeoJSON tile run at once, and the second result can pair
  // the new buckets with the tile's old data: a feature state applied in between (a place chosen
  // while an article opens) throws "feature index out of bounds" and that frame is lost. A change
  // waits while the last one's reload is under way; of the waiting, each kind runs once, with the
  // article and theme of its turn.
  const waiting = new Map<'data' | 'style', () => void>();
  let reloading = false;
  const onePlacesReload = (kind: 'data' | 'style', change: () => void) => {
    waiting.set(kind, change);
    nextReload();
  };
  const nextReload = () => {
    if (reloading || disposed) return;
    const next = waiting.entries().next();
    if (next.done) return;
    const [kind, change] = next.value;
    waiting.delete(kind);
    reloading = true;
    change();
    map.triggerRepaint();
    // The reload starts with the next frame's style update and is over when the source has loaded again.
    const settled = () => {
      if (disposed) return;
      if (!map.isSourceLoaded(PLACES_SOURCE)) {
        map.once('sourcedata', settled);
        return;
      }
      reloading = false;
      nextReload();
    };
    map.once('render', settled);
  };
  const setPlaces = (data: FeatureCollection) =>
    onePlacesReload('data', () => map.getSource<GeoJSONSource>(PLACES_SOURCE)?.setData(data));

  // The data goes in as soon as the style has loaded, not after the map's first
  // (empty) render. A restored WebGL context rebuilds the style without our data
  // and feature states, so every `style.load` installs them again.
  const install = () => {
    if (disposed || !geo || !styleLoaded) return;
    const [places, context] = geo;
    if (!map.hasImage('crossing')) map.addImage('crossing', crossingIcon(PALETTES[theme]), { pixelRatio: 2 });
    const withArticle = withFound(places, mentioned, shapes ?? undefined);
    if (!inStyle || withArticle !== places) {
      setPlaces(withArticle);
      if (!inStyle) map.getSource<GeoJSONSource>(CONTEXT_SOURCE)?.setData(context);
    }
    shownFound = withArticle !== places;
    inStyle = false;
    if (builtFor.mentioned !== mentioned || builtFor.uncertain !== uncertain || builtFor.theme !== theme) restyle();
    s.markReady();
    reportStatus('busy');
    map.triggerRepaint();
  };

  /** The neighbours' divisions' shapes, once an article that names one has needed them. */
  let shapes: FeatureCollection | null = null;
  const wantShapes = () => {
    if (shapes || !mentioned.some(hasNeighbourShape)) return;
    loadNeighbourShapes()
      .then((fc) => {
        if (disposed) return;
        shapes = fc;
        if (!geo || !styleLoaded) return;
        const data = withFound(geo[0], mentioned, fc);
        setPlaces(data);
        shownFound = data !== geo[0];
        reportStatus('busy');
        map.triggerRepaint();
      })
      // Without them the divisions stay points: the article and the rest of the map are unchanged.
      .catch((err: unknown) => console.warn('map: neighbours’ shapes', err));
  };
  wantShapes();

  const offTheme = watchTheme((next) => {
    theme = next;
    if (styleLoaded) restyle();
  });
  // Another article: its places are styled apart, on the same map.
  const offArticle = useArticleStore.subscribe((now, prev) => {
    if (
      now.current.mentionedIds === prev.current.mentionedIds &&
      now.current.uncertainIds === prev.current.uncertainIds
    )
      return;
    mentioned = now.current.mentionedIds;
    uncertain = now.current.uncertainIds;
    wantShapes();
    if (!styleLoaded) return;
    // The article's places from the regional gazetteer join the map's data (and leave it with the article).
    if (geo) {
      const data = withFound(geo[0], mentioned, shapes ?? undefined);
      if (data !== geo[0] || shownFound) setPlaces(data);
      shownFound = data !== geo[0];
    }
    restyle();
  });

  // Paper gets a picture of the view the reader has now.
  const snapshot = () => {
    const figure = printFigure();
    if (figure && s.ready) drawPrintPicture(map, figure, mentioned, theme, uncertain);
  };
  window.addEventListener('beforeprint', snapshot);

  const styleListener = map.on('style.load', () => {
    styleLoaded = true;
    install();
  });
  loadAllGeo({ fresh })
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
    offTheme();
    offArticle();
    window.removeEventListener('beforeprint', snapshot);
    styleListener.unsubscribe();
  };
}
