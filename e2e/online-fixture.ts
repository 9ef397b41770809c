// A stand-in for the detailed map's servers (issue 30): a small style, its
// TileJSON, vector tiles, glyphs, a sprite and Terrarium elevation, served by
// the test itself through route interception, for the hosts the build names.
// Nothing here reaches the internet.
import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import GeoJSONVT from 'geojson-vt';
import type { BrowserContext, Route } from '@playwright/test';

/** The default build's style host (scripts/online-map.mjs). */
const TILES = 'https://tiles.openfreemap.org';
/** The hosts a default build lets the detailed map reach. */
const ONLINE_HOSTS = /^https:\/\/(tiles\.openfreemap\.org|s3\.amazonaws\.com)\//;

/** A PNG of RGBA pixels, as a tile server sends one. */
function png(width: number, height: number, pixel: (x: number, y: number) => [number, number, number, number]) {
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 4 + 1);
    for (let x = 0; x < width; x++) rows.set(pixel(x, y), row + 1 + x * 4);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Hills in Terrarium's encoding: elevation = R * 256 + G + B / 256 - 32768 metres. */
const DEM = png(256, 256, (x, y) => {
  const metres = 1500 + 800 * Math.sin(x / 20) * Math.cos(y / 25) + 32768;
  return [Math.floor(metres / 256), Math.floor(metres) % 256, 0, 255];
});
const SPRITE = png(8, 8, () => [200, 60, 40, 255]);

const line = (cls: string, coords: [number, number][]) => ({
  type: 'Feature' as const,
  properties: { class: cls, name: `${cls} road` },
  geometry: { type: 'LineString' as const, coordinates: coords },
});
/** Around Torkham: a road up to the pass, a lake, and a town label the explorer must leave out. */
const LAYERS = {
  transportation: [
    line('trunk', [
      [70.9, 34.05],
      [71.09, 34.11],
      [71.3, 34.0],
    ]),
  ],
  water: [
    {
      type: 'Feature' as const,
      properties: { class: 'lake' },
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [71.0, 34.0],
            [71.05, 34.0],
            [71.05, 34.04],
            [71.0, 34.04],
            [71.0, 34.0],
          ],
        ],
      },
    },
  ],
  place: [
    {
      type: 'Feature' as const,
      properties: { name: 'Fixture Town' },
      geometry: { type: 'Point' as const, coordinates: [71.1, 34.1] },
    },
  ],
};
const indexes = Object.entries(LAYERS).map(
  ([name, features]) =>
    [name, new GeoJSONVT({ type: 'FeatureCollection', features } as never, { maxZoom: 14, indexMaxZoom: 4 })] as const,
);

function vectorTile(z: number, x: number, y: number): Buffer {
  const layers: Record<string, unknown> = {};
  for (const [name, index] of indexes) {
    const tile = index.getTile(z, x, y);
    if (tile && tile.features.length) layers[name] = tile;
  }
  return Buffer.from(fromGeojsonVt(layers as never, { version: 2, extent: 4096 }));
}

/** A style shaped as OpenFreeMap's: TileJSON source, glyphs and sprite of its own, place labels and boundaries. */
function style(theme: 'positron' | 'dark') {
  const land = theme === 'dark' ? '#222' : '#f2efe9';
  return {
    version: 8,
    glyphs: `${TILES}/fonts/{fontstack}/{range}.pbf`,
    sprite: `${TILES}/sprites/ofm`,
    sources: { openmaptiles: { type: 'vector', url: `${TILES}/planet` } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': land } },
      {
        id: 'water',
        type: 'fill',
        source: 'openmaptiles',
        'source-layer': 'water',
        paint: { 'fill-color': '#9cc0e0' },
      },
      {
        id: 'road',
        type: 'line',
        source: 'openmaptiles',
        'source-layer': 'transportation',
        paint: { 'line-color': '#e0a040', 'line-width': 3 },
      },
      {
        id: 'road-name',
        type: 'symbol',
        source: 'openmaptiles',
        'source-layer': 'transportation',
        layout: { 'symbol-placement': 'line', 'text-field': ['get', 'name'], 'text-font': ['Noto Sans Regular'] },
      },
      {
        id: 'road-shield',
        type: 'symbol',
        source: 'openmaptiles',
        'source-layer': 'transportation',
        layout: { 'icon-image': 'dot' },
      },
      {
        id: 'place-town',
        type: 'symbol',
        source: 'openmaptiles',
        'source-layer': 'place',
        layout: { 'text-field': ['get', 'name'], 'text-font': ['Noto Sans Regular'] },
      },
    ],
  };
}

const OWN_GLYPHS = readFileSync(new URL('../public/glyphs/NotoSans-Regular/0-255.pbf', import.meta.url));

/** What the stand-in servers answer; `fail` makes some of them fail, as a real outage would. */
export interface OnlineServers {
  requests: string[];
  fail: { style?: boolean; tiles?: boolean };
}

/** Serve the detailed map's hosts from the test; returns what they were asked and a way to make them fail. */
export async function serveOnlineMap(context: BrowserContext): Promise<OnlineServers> {
  const servers: OnlineServers = { requests: [], fail: {} };
  const send = (route: Route, body: Buffer | string, contentType: string) =>
    route.fulfill({ status: 200, body, contentType, headers: { 'access-control-allow-origin': '*' } });
  await context.route(ONLINE_HOSTS, async (route) => {
    const url = new URL(route.request().url());
    const path = decodeURIComponent(url.pathname);
    servers.requests.push(`${url.host}${path}`);
    const tile = /\/(\d+)\/(\d+)\/(\d+)\.(pbf|png)$/.exec(path);
    if (servers.fail.style && path.startsWith('/styles/')) return route.abort('internetdisconnected');
    if (servers.fail.tiles && tile) return route.fulfill({ status: 500, body: 'down' });
    if (path === '/styles/positron' || path === '/styles/dark')
      return send(route, JSON.stringify(style(path === '/styles/dark' ? 'dark' : 'positron')), 'application/json');
    if (path === '/planet')
      return send(
        route,
        JSON.stringify({ tiles: [`${TILES}/planet/fixture/{z}/{x}/{y}.pbf`], minzoom: 0, maxzoom: 14 }),
        'application/json',
      );
    if (path.startsWith('/planet/fixture/') && tile)
      return send(route, vectorTile(+tile[1]!, +tile[2]!, +tile[3]!), 'application/x-protobuf');
    if (path.startsWith('/fonts/')) return send(route, OWN_GLYPHS, 'application/x-protobuf');
    if (path.startsWith('/sprites/ofm') && path.endsWith('.json'))
      return send(
        route,
        JSON.stringify({ dot: { x: 0, y: 0, width: 8, height: 8, pixelRatio: 1 } }),
        'application/json',
      );
    if (path.startsWith('/sprites/ofm') && path.endsWith('.png')) return send(route, SPRITE, 'image/png');
    if (url.host === 's3.amazonaws.com' && tile) return send(route, DEM, 'image/png');
    return route.fulfill({ status: 404, body: 'not in the fixture' });
  });
  return servers;
}
