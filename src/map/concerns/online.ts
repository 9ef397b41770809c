// The detailed map (online, on request): when the reader turns it on, the
// public style for the page's theme and its terrain go under our layers (the
// border, the places, the selection and the article's labels stay ours and on
// top); off, they leave and nothing more is requested. A style that cannot be
// reached leaves the map as it was and says so.
import type { LayerSpecification } from 'maplibre-gl';
import {
  baseSprite,
  ONLINE_BEFORE,
  ONLINE_PREFIX,
  onlineBase,
  parseBaseStyle,
  parseTileJson,
  REPLACED_LAYERS,
  routeGlyphs,
  tileJsonUrls,
  type OnlineBase,
  type OnlineMapSettings,
} from '../../core/map/online-base.ts';
import { notify, withdraw } from '../../notices/notices.ts';
import { reportOnlineMap, useOnlineMapStore, wantOnlineMap } from '../../store/online-map.ts';
import { reportStatus } from '../../store/view.ts';
import { LABEL_FONT, type Theme } from '../layers.ts';
import type { MapSession } from '../session.ts';
import { currentTheme, watchTheme } from '../theme.ts';

/** The sprite sheet of the style, as the map's default (unprefixed) one: its layers name their icons as they are. */
const SPRITE_ID = 'default';
/** How long a style or tile set description may take before the map gives up on it. */
const FETCH_TIMEOUT_MS = 15_000;

interface Ready {
  theme: Theme;
  base: OnlineBase;
  sprite: string | null;
}

async function getJson(url: string, signal: AbortSignal): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.any([signal, AbortSignal.timeout(FETCH_TIMEOUT_MS)]) });
  if (!res.ok) throw new Error(`${new URL(url).host} answered ${res.status}`);
  return res.json();
}

/** The style for a theme, with its tile sets' descriptions: everything the map needs before it can add it. */
async function load(settings: OnlineMapSettings, theme: Theme, signal: AbortSignal): Promise<Ready> {
  const styleUrl = settings[theme];
  const style = parseBaseStyle(await getJson(styleUrl, signal));
  const tileJsons = new Map(
    await Promise.all(
      tileJsonUrls(style, styleUrl).map(async (url) => [url, parseTileJson(await getJson(url, signal))] as const),
    ),
  );
  return { theme, base: onlineBase(style, styleUrl, tileJsons, settings), sprite: baseSprite(style, styleUrl) };
}

/** Why it failed, in the reader's words. */
function reason(err: unknown): string {
  if (err instanceof DOMException && err.name === 'TimeoutError') return 'it did not answer in time';
  if (err instanceof TypeError) return 'this browser is offline, or the server is blocked';
  return err instanceof Error ? err.message : String(err);
}

export function attachOnline({ map }: MapSession, settings: OnlineMapSettings | null): () => void {
  if (!settings) return () => {};
  let styleLoaded = false;
  let theme = currentTheme();
  /** What is on the map now. */
  let shown: Ready | null = null;
  /** The style that is on the way, and the way to stop it. */
  let pending: AbortController | null = null;
  let tileTrouble = false;

  /** The map is busy until it has drawn the change (the status says idle again then). */
  const redraw = () => {
    reportStatus('busy');
    map.triggerRepaint();
  };

  const setReplacedVisible = (visible: boolean) => {
    for (const id of REPLACED_LAYERS)
      if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
  };

  const takeOff = () => {
    if (!shown) return;
    const { base } = shown;
    for (const { id } of base.layers) if (map.getLayer(id)) map.removeLayer(id);
    for (const id of Object.keys(base.sources)) if (map.getSource(id)) map.removeSource(id);
    if (map.getSprite().some((s) => s.id === SPRITE_ID)) map.removeSprite(SPRITE_ID);
    map.setTransformRequest(null);
    setReplacedVisible(true);
    shown = null;
    redraw();
  };

  const putOn = (ready: Ready) => {
    takeOff();
    const { base } = ready;
    map.setTransformRequest((url, type) =>
      type === 'Glyphs' ? { url: routeGlyphs(url, LABEL_FONT, base.glyphs) } : { url },
    );
    if (ready.sprite && !map.getSprite().some((s) => s.id === SPRITE_ID)) map.addSprite(SPRITE_ID, ready.sprite);
    for (const [id, source] of Object.entries(base.sources)) map.addSource(id, source);
    const before = map.getLayer(ONLINE_BEFORE) ? ONLINE_BEFORE : undefined;
    for (const layer of base.layers) map.addLayer(layer as LayerSpecification, before);
    setReplacedVisible(false);
    shown = ready;
    tileTrouble = false;
    redraw();
  };

  /** Bring the map to what the reader wants, for the theme the page has now. */
  const follow = () => {
    const { wanted } = useOnlineMapStore.getState();
    if (!wanted) {
      pending?.abort();
      pending = null;
      if (shown && styleLoaded) takeOff();
      // Turned off by the reader: what it said of failing tiles is moot (a failed start stays said).
      if (useOnlineMapStore.getState().state === 'on') withdraw('online-map');
      reportOnlineMap('off');
      return;
    }
    if (shown?.theme === theme || !styleLoaded) return;
    pending?.abort();
    const controller = (pending = new AbortController());
    // A new try: what the last one said goes, so that what this one says is heard as new.
    withdraw('online-map');
    reportOnlineMap('loading');
    load(settings, theme, controller.signal)
      .then((ready) => {
        if (controller.signal.aborted) return;
        pending = null;
        putOn(ready);
        reportOnlineMap('on');
      })
      .catch((err: unknown) => {
        if (controller.signal.aborted) return;
        pending = null;
        if (shown) takeOff();
        reportOnlineMap('off', true);
        notify(
          `The detailed map could not be reached (${reason(err)}). The map stays as it was, with its own rivers, towns and passes.`,
          'online-map',
          [],
          0,
          { actions: [{ label: 'Try again', run: () => wantOnlineMap(true) }] },
        );
      });
  };

  const listeners = [
    map.on('style.load', () => {
      styleLoaded = true;
      // A rebuilt style (a restored WebGL context) has lost what was added: add it again, as it was.
      const had = shown;
      shown = null;
      if (had && useOnlineMapStore.getState().wanted && had.theme === theme) putOn(had);
      else follow();
    }),
    map.on('error', (e: { sourceId?: string; error?: { message?: string } }) => {
      if (!e.sourceId?.startsWith(ONLINE_PREFIX) || tileTrouble) return;
      tileTrouble = true;
      notify('Part of the detailed map could not be loaded; the rest of the map is unchanged.', 'online-map');
    }),
  ];
  const offStore = useOnlineMapStore.subscribe((now, prev) => {
    if (now.wanted !== prev.wanted) follow();
  });
  const offTheme = watchTheme((next) => {
    theme = next;
    follow();
  });
  return () => {
    pending?.abort();
    for (const l of listeners) l.unsubscribe();
    offStore();
    offTheme();
  };
}
