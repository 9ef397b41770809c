// The detailed map (online, on request): a public vector style and terrain
// put under the explorer's own layers. What is kept of the style, how it is
// renamed so it cannot collide with ours, and where its glyphs come from are
// decided here, from the style as data; src/map/concerns/online.ts applies it.
import type {
  LayerSpecification,
  SourceSpecification,
  VectorSourceSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import * as v from 'valibot';

/** Where the detailed map comes from (a build-time setting: scripts/online-map.mjs). */
export interface OnlineMapSettings {
  light: string;
  dark: string;
  terrain: string;
  attribution: string;
  terrainAttribution: string;
  hosts: string[];
}

/** Every source and layer of the detailed map has its id behind this prefix. */
export const ONLINE_PREFIX = 'online:';
export const TERRAIN_SOURCE = `${ONLINE_PREFIX}terrain`;
export const HILLSHADE_LAYER = `${ONLINE_PREFIX}hillshade`;

/**
 * What the explorer draws itself, so the style's own is left out: its place
 * labels (ours are the gazetteer's, clickable) and its boundaries (ours are the
 * Durand Line and the provinces the article is about).
 */
const DRAWN_BY_US = new Set(['place', 'boundary']);

/**
 * Our layers the detailed map stands in for while it shows: the plain land and
 * water, and our coarse rivers (its own are finer; our passes, ranges and towns stay).
 */
export const REPLACED_LAYERS = [
  'background',
  'land-fill',
  'land-line',
  'country-land',
  'detail-water',
  'detail-water-seasonal',
  'detail-river-labels',
] as const;

/** The first of our layers that stays: the detailed map goes under it. */
export const ONLINE_BEFORE = 'country-fill';

const Layer = v.looseObject({ id: v.string(), type: v.string() });
const Source = v.looseObject({ type: v.string() });
const SpriteEntry = v.object({ id: v.string(), url: v.string() });
const BaseStyle = v.looseObject({
  version: v.literal(8),
  sources: v.record(v.string(), Source),
  layers: v.array(Layer),
  glyphs: v.optional(v.string()),
  sprite: v.optional(v.union([v.string(), v.array(SpriteEntry)])),
});
export type BaseStyle = v.InferOutput<typeof BaseStyle>;

const TileJson = v.looseObject({
  tiles: v.pipe(v.array(v.string()), v.minLength(1)),
  minzoom: v.optional(v.number()),
  maxzoom: v.optional(v.number()),
  bounds: v.optional(v.tuple([v.number(), v.number(), v.number(), v.number()])),
});
export type TileJson = v.InferOutput<typeof TileJson>;

/** A style as the server sent it, checked; throws, saying what is wrong, if it is not one. */
export function parseBaseStyle(json: unknown): BaseStyle {
  const r = v.safeParse(BaseStyle, json);
  if (!r.success) throw new Error(`the style is not one the map can read (${r.issues[0].message})`);
  return r.output;
}

/** A source's TileJSON as the server sent it, checked; throws, saying what is wrong, if it is not one. */
export function parseTileJson(json: unknown): TileJson {
  const r = v.safeParse(TileJson, json);
  if (!r.success) throw new Error(`a tile set's description is not one the map can read (${r.issues[0].message})`);
  return r.output;
}

/** A URL (or URL template: its `{z}` and `{fontstack}` kept as they are) made absolute. */
const absolute = (url: string, base: string) => new URL(url, base).href.replaceAll('%7B', '{').replaceAll('%7D', '}');

/** The TileJSON documents the style's vector sources point to, to fetch before the style goes on the map. */
export function tileJsonUrls(style: BaseStyle, styleUrl: string): string[] {
  const urls = Object.values(style.sources).flatMap((s) =>
    s.type === 'vector' && typeof s.url === 'string' && !Array.isArray(s.tiles) ? [absolute(s.url, styleUrl)] : [],
  );
  return [...new Set(urls)];
}

/** The style's sprite (one sheet, used as the map's default one), or null. */
export function baseSprite(style: BaseStyle, styleUrl: string): string | null {
  const sprite = typeof style.sprite === 'string' ? style.sprite : style.sprite?.[0]?.url;
  return sprite ? absolute(sprite, styleUrl) : null;
}

/** What goes on the map: the sources and layers to add, in order, under ONLINE_BEFORE. */
export interface OnlineBase {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
  /** The style's glyph URL template, for the fonts its labels use. */
  glyphs: string | null;
}

/**
 * The style made ready to go under ours: its vector sources with their tiles
 * resolved (and the credits its data requires), the layers we draw ourselves
 * left out, every id prefixed, and relief (a hillshade of the terrain) laid
 * over its land and water, under its roads and labels.
 */
export function onlineBase(
  style: BaseStyle,
  styleUrl: string,
  tileJsons: ReadonlyMap<string, TileJson>,
  settings: Pick<OnlineMapSettings, 'terrain' | 'attribution' | 'terrainAttribution'>,
): OnlineBase {
  const sources: Record<string, SourceSpecification> = {};
  for (const [id, source] of Object.entries(style.sources)) {
    if (source.type === 'vector') {
      const tj = typeof source.url === 'string' ? tileJsons.get(absolute(source.url, styleUrl)) : undefined;
      const tiles = tj?.tiles ?? (Array.isArray(source.tiles) ? (source.tiles as string[]) : null);
      if (!tiles) continue;
      const spec: VectorSourceSpecification = {
        type: 'vector',
        tiles: tiles.map((t) => absolute(t, styleUrl)),
        attribution: settings.attribution,
      };
      const minzoom = tj?.minzoom ?? source.minzoom;
      const maxzoom = tj?.maxzoom ?? source.maxzoom;
      const bounds = tj?.bounds ?? source.bounds;
      if (typeof minzoom === 'number') spec.minzoom = minzoom;
      if (typeof maxzoom === 'number') spec.maxzoom = maxzoom;
      if (Array.isArray(bounds)) spec.bounds = bounds as [number, number, number, number];
      sources[ONLINE_PREFIX + id] = spec;
    } else if (source.type === 'raster' && Array.isArray(source.tiles)) {
      // A raster under the vector layers (shaded relief at low zooms, say): kept, with its tiles made absolute.
      const rest = Object.fromEntries(Object.entries(source).filter(([k]) => k !== 'url'));
      sources[ONLINE_PREFIX + id] = {
        ...(rest as SourceSpecification),
        tiles: (source.tiles as string[]).map((t) => absolute(t, styleUrl)),
        attribution: settings.attribution,
      } as SourceSpecification;
    }
  }
  sources[TERRAIN_SOURCE] = {
    type: 'raster-dem',
    tiles: [settings.terrain],
    encoding: 'terrarium',
    tileSize: 256,
    maxzoom: 15,
    ...(settings.terrainAttribution && { attribution: settings.terrainAttribution }),
  };

  const kept: LayerSpecification[] = [];
  for (const layer of style.layers as unknown as LayerSpecification[]) {
    if ('source-layer' in layer && DRAWN_BY_US.has(layer['source-layer'] ?? '')) continue;
    if ('source' in layer) {
      if (!(ONLINE_PREFIX + layer.source in sources)) continue;
      kept.push({ ...layer, id: ONLINE_PREFIX + layer.id, source: ONLINE_PREFIX + layer.source } as LayerSpecification);
    } else {
      kept.push({ ...layer, id: ONLINE_PREFIX + layer.id });
    }
  }
  const hillshade: LayerSpecification = {
    id: HILLSHADE_LAYER,
    type: 'hillshade',
    source: TERRAIN_SOURCE,
    paint: { 'hillshade-exaggeration': 0.4, 'hillshade-shadow-color': 'rgba(60, 50, 40, 0.55)' },
  };
  // Relief over the land and water, under the first line or label: roads and names stay crisp.
  const at = kept.findIndex((l) => l.type === 'line' || l.type === 'symbol');
  const layers = at < 0 ? [...kept, hillshade] : [...kept.slice(0, at), hillshade, ...kept.slice(at)];
  return { sources, layers, glyphs: style.glyphs ? absolute(style.glyphs, styleUrl) : null };
}

/**
 * Where a glyph request goes: ours (the font our labels use) stays with the
 * app; the style's fonts come from the style's glyph server.
 */
export function routeGlyphs(url: string, ownFont: string, baseGlyphs: string | null): string {
  if (!baseGlyphs) return url;
  const m = /\/([^/]+)\/(\d+-\d+)\.pbf(?:[?#].*)?$/.exec(url);
  const [, stack, range] = m ?? [];
  if (!stack || !range) return url;
  const fontstack = decodeURIComponent(stack);
  if (fontstack.split(',').every((f) => f.trim() === ownFont)) return url;
  const encoded = fontstack.split(',').map(encodeURIComponent).join(',');
  return baseGlyphs.replace('{fontstack}', encoded).replace('{range}', range);
}
