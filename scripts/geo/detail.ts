// The map at the scale of a story (issue 30): rivers and lake shores from
// GSHHG through Debian's GMT, every town of Afghanistan and Pakistan the
// gazetteer holds, and the curated rivers, passes and ranges as labels, cut
// into vector tiles (geojson-vt, vt-pbf) and written as one PMTiles archive,
// public/geo/detail.pmtiles, that the map reads tile by tile only where and
// when its view needs it (zoom 7 and closer). Pipeline-only: GMT comes from
// Debian (`apt-get install gmt gmt-gshhg-high`); the archive is committed.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import GeoJSONVT from 'geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { feature as topoFeature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import { CURATED } from '../gazetteer/curated.ts';
import { writeArchive, type ArchiveTile } from './pmtiles-write.ts';
import { DETAIL_BOUNDS, DETAIL_MAX_ZOOM, DETAIL_MIN_ZOOM, townRank } from '../../src/core/map/detail.ts';
import { parseGmtLines } from './detail-data.ts';

const ROOT = join(import.meta.dirname, '../..');
const GEO = join(ROOT, 'public/geo');

function gmt(args: string[]): string {
  try {
    // In a scratch folder: GMT leaves its history file where it runs.
    return execFileSync('gmt', args, {
      cwd: tmpdir(),
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    throw new Error('GMT is needed for the rivers: apt-get install gmt gmt-gshhg-high');
  }
}

const [w, s, e, n] = DETAIL_BOUNDS;
const region = `-R${w}/${e}/${s}/${n}`;
// Permanent rivers (levels 0–4: river-lakes, major, additional major, additional, minor), the major
// and additional intermittent ones (5, 6: much of Balochistan's water), and lake shores (level 2).
const rivers = parseGmtLines(gmt(['coast', region, '-Ir', '-I5', '-I6', '-Dh', '-M']), 'river');
const lakes = parseGmtLines(gmt(['coast', region, '-W', '-A0/2/2', '-Dh', '-M']), 'lake');

// Towns: the gazetteer's, except those the map already draws (the article's places and the context towns).
interface GazPlace {
  i: string;
  n: string;
  k: string;
  c: string;
  x: number;
  y: number;
  r?: number;
}
const gazetteer = JSON.parse(readFileSync(join(GEO, 'gazetteer.json'), 'utf8')) as { places: GazPlace[] };
const topo = JSON.parse(readFileSync(join(GEO, 'places.topo.json'), 'utf8')) as Topology;
const drawn = new Set(
  (topoFeature(topo, topo.objects.places as GeometryCollection) as FeatureCollection).features.map((f) =>
    String(f.properties?.id),
  ),
);
const context = JSON.parse(readFileSync(join(GEO, 'context.geojson'), 'utf8')) as FeatureCollection;
for (const f of context.features)
  if (f.properties?.kind === 'town') drawn.add(String(f.properties.id).replace(/^town-/, ''));
const towns: Feature<Point>[] = gazetteer.places
  .filter((p) => (p.k === 'town' || p.k === 'capital') && (p.c === 'AF' || p.c === 'PK') && !drawn.has(p.i))
  .map((p) => ({
    type: 'Feature',
    properties: { id: p.i, name: p.n, pop: p.r ?? 0, rank: townRank(p.k === 'capital', p.r ?? 0) },
    geometry: { type: 'Point', coordinates: [p.x, p.y] },
  }));

// The curated rivers, passes and ranges; a river's name is put on its nearest course within 20 km.
const vertices: Position[] = rivers.features
  .filter((f) => f.properties!.level <= 3)
  .flatMap((f) => f.geometry.coordinates);
const km = (a: Position, b: Position) => {
  const rad = Math.PI / 180;
  const x = (b[0]! - a[0]!) * Math.cos(((a[1]! + b[1]!) / 2) * rad);
  const y = b[1]! - a[1]!;
  return Math.hypot(x, y) * 111.2;
};
const labels: Feature<Point>[] = CURATED.filter((c) => c.feature).map((c) => {
  let at: Position = c.at;
  if (c.feature === 'river') {
    let best = 20;
    for (const v of vertices) {
      const d = km(c.at, v);
      if (d < best) [best, at] = [d, v];
    }
  }
  return {
    type: 'Feature',
    properties: { id: c.id, name: c.name, what: c.feature! },
    geometry: { type: 'Point', coordinates: [Math.round(at[0]! * 1e5) / 1e5, Math.round(at[1]! * 1e5) / 1e5] },
  };
});

const collectionOf = <T extends Feature>(features: T[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const options = { maxZoom: DETAIL_MAX_ZOOM, indexMaxZoom: DETAIL_MIN_ZOOM, tolerance: 3, extent: 4096, buffer: 64 };
// At the first zoom, only the main rivers and the larger towns.
const layersAt = (full: boolean) => ({
  water: new GeoJSONVT(
    collectionOf([...rivers.features.filter((f) => full || f.properties!.level <= 2), ...lakes.features]),
    options,
  ),
  towns: new GeoJSONVT(collectionOf(towns.filter((t) => full || t.properties!.rank <= 2)), options),
  labels: new GeoJSONVT(collectionOf(labels), options),
});
const coarse = layersAt(false);
const full = layersAt(true);

const lon2x = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const lat2y = (lat: number, z: number) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

const tiles: ArchiveTile[] = [];
const bytesByZoom: Record<number, number> = {};
for (let z = DETAIL_MIN_ZOOM; z <= DETAIL_MAX_ZOOM; z++) {
  const index = z === DETAIL_MIN_ZOOM ? coarse : full;
  for (let x = lon2x(w, z); x <= lon2x(e, z); x++) {
    for (let y = lat2y(n, z); y <= lat2y(s, z); y++) {
      const layers: Record<string, ReturnType<typeof index.water.getTile>> = {};
      for (const [name, idx] of Object.entries(index)) {
        const tile = idx.getTile(z, x, y);
        if (tile && tile.features.length) layers[name] = tile;
      }
      if (Object.keys(layers).length === 0) continue;
      const data = gzipSync(fromGeojsonVt(layers as never, { version: 2, extent: 4096 }), { level: 9 });
      tiles.push({ z, x, y, data });
      bytesByZoom[z] = (bytesByZoom[z] ?? 0) + data.length;
    }
  }
}

const archive = writeArchive(tiles, {
  minZoom: DETAIL_MIN_ZOOM,
  maxZoom: DETAIL_MAX_ZOOM,
  bounds: DETAIL_BOUNDS,
  center: [69.2, 33.5, DETAIL_MIN_ZOOM],
  metadata: {
    name: 'Border Explorer detail',
    attribution: 'GSHHG (LGPL-3.0) and WDB II (public domain) rivers; GeoNames (CC BY 4.0) towns',
    vector_layers: [
      { id: 'water', fields: { kind: 'String', level: 'Number' } },
      { id: 'towns', fields: { id: 'String', name: 'String', pop: 'Number', rank: 'Number' } },
      { id: 'labels', fields: { id: 'String', name: 'String', what: 'String' } },
    ],
  },
});
writeFileSync(join(GEO, 'detail.pmtiles'), archive);
console.log(
  `detail.pmtiles: ${archive.length.toLocaleString('en-GB')} bytes, ${tiles.length} tiles (z${DETAIL_MIN_ZOOM}–${DETAIL_MAX_ZOOM}); ` +
    `${rivers.features.length} river and ${lakes.features.length} lake-shore lines, ${towns.length} towns, ${labels.length} labels; ` +
    `bytes by zoom ${JSON.stringify(bytesByZoom)}`,
);
