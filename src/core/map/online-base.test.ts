import { describe, expect, it } from 'vitest';
import {
  HILLSHADE_LAYER,
  onlineBase,
  parseBaseStyle,
  parseTileJson,
  routeGlyphs,
  TERRAIN_SOURCE,
  tileJsonUrls,
  baseSprite,
  type BaseStyle,
  type TileJson,
} from './online-base.ts';

const STYLE_URL = 'https://tiles.example.org/styles/quiet';
const settings = {
  terrain: 'https://dem.example.org/{z}/{x}/{y}.png',
  attribution: 'Example © OSM',
  terrainAttribution: 'Relief: DEM',
};

/** A style shaped as OpenFreeMap's are: a TileJSON source, fills, lines, labels, places, boundaries. */
function style(): BaseStyle {
  return parseBaseStyle({
    version: 8,
    glyphs: '../fonts/{fontstack}/{range}.pbf',
    sprite: 'https://tiles.example.org/sprites/ofm',
    sources: { openmaptiles: { type: 'vector', url: '/planet' }, extra: { type: 'geojson', data: {} } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#eee' } },
      { id: 'water', type: 'fill', source: 'openmaptiles', 'source-layer': 'water' },
      { id: 'road', type: 'line', source: 'openmaptiles', 'source-layer': 'transportation' },
      { id: 'boundary_2', type: 'line', source: 'openmaptiles', 'source-layer': 'boundary' },
      { id: 'dots', type: 'circle', source: 'extra' },
      { id: 'road_name', type: 'symbol', source: 'openmaptiles', 'source-layer': 'transportation_name' },
      { id: 'place_city', type: 'symbol', source: 'openmaptiles', 'source-layer': 'place' },
    ],
  });
}

const tileJsons = new Map<string, TileJson>([
  ['https://tiles.example.org/planet', { tiles: ['https://tiles.example.org/planet/{z}/{x}/{y}.pbf'], maxzoom: 14 }],
]);

describe('the detailed map under ours', () => {
  it('reads only what is a style, and says what is wrong with the rest', () => {
    expect(parseBaseStyle({ version: 8, sources: {}, layers: [] }).layers).toEqual([]);
    expect(() => parseBaseStyle('<html>')).toThrow(/not one the map can read/);
    expect(() => parseBaseStyle({ version: 7, sources: {}, layers: [] })).toThrow();
    expect(() => parseBaseStyle({ version: 8, sources: {}, layers: [{ type: 'fill' }] })).toThrow();
    expect(() => parseTileJson({ tiles: [] })).toThrow(/description/);
    expect(parseTileJson({ tiles: ['https://t/{z}/{x}/{y}.pbf'], maxzoom: 14 }).maxzoom).toBe(14);
  });

  it('resolves the TileJSON and the sprite against the style', () => {
    expect(tileJsonUrls(style(), STYLE_URL)).toEqual(['https://tiles.example.org/planet']);
    expect(baseSprite(style(), STYLE_URL)).toBe('https://tiles.example.org/sprites/ofm');
  });

  it('keeps the style’s land, water, roads and their names, prefixed, and leaves out what we draw', () => {
    const base = onlineBase(style(), STYLE_URL, tileJsons, settings);
    expect(base.layers.map((l) => l.id)).toEqual([
      'online:background',
      'online:water',
      HILLSHADE_LAYER,
      'online:road',
      'online:road_name',
    ]);
    for (const l of base.layers) if ('source' in l) expect(l.source in base.sources).toBe(true);
    expect(base.sources['online:openmaptiles']).toEqual({
      type: 'vector',
      tiles: ['https://tiles.example.org/planet/{z}/{x}/{y}.pbf'],
      maxzoom: 14,
      attribution: 'Example © OSM',
    });
    expect(base.sources[TERRAIN_SOURCE]).toMatchObject({
      type: 'raster-dem',
      encoding: 'terrarium',
      tiles: [settings.terrain],
      attribution: 'Relief: DEM',
    });
    expect(base.glyphs).toBe('https://tiles.example.org/fonts/{fontstack}/{range}.pbf');
  });

  it('drops a vector source whose tiles it could not learn, and the layers on it', () => {
    const base = onlineBase(style(), STYLE_URL, new Map(), settings);
    expect(Object.keys(base.sources)).toEqual([TERRAIN_SOURCE]);
    expect(base.layers.map((l) => l.id)).toEqual(['online:background', HILLSHADE_LAYER]);
  });

  it('sends the style’s fonts to its glyph server and keeps ours at home', () => {
    const glyphs = 'https://tiles.example.org/fonts/{fontstack}/{range}.pbf';
    const own = 'http://localhost/glyphs/NotoSans-Regular/0-255.pbf';
    expect(routeGlyphs(own, 'NotoSans-Regular', glyphs)).toBe(own);
    expect(
      routeGlyphs('http://localhost/glyphs/Noto Sans Regular,Noto Sans Bold/256-511.pbf', 'NotoSans-Regular', glyphs),
    ).toBe('https://tiles.example.org/fonts/Noto%20Sans%20Regular,Noto%20Sans%20Bold/256-511.pbf');
    expect(routeGlyphs('http://localhost/glyphs/Noto%20Sans%20Italic/0-255.pbf', 'NotoSans-Regular', glyphs)).toBe(
      'https://tiles.example.org/fonts/Noto%20Sans%20Italic/0-255.pbf',
    );
    expect(routeGlyphs(own.replace('NotoSans-Regular', 'Other'), 'NotoSans-Regular', null)).toContain('/Other/');
  });
});
