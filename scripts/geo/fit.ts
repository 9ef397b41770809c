// Pure transforms that make areas from different sources agree on one border:
// outlines simplified so that shared edges stay shared, admin areas fitted to
// their country's outline, and the walk that measures how well they agree.
import * as turf from '@turf/turf';
import { topology } from 'topojson-server';
import { feature as topoFeature } from 'topojson-client';
import type { Feature, LineString, Point, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { difference, intersect, union } from './jts.ts';
import { type Area, polygonsOf, roundGeometry } from './transforms.ts';

const asArea = (polys: Position[][][]): Area =>
  polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };

/**
 * An area's outer rings, without the parts smaller than `minKm2`: inland water
 * (the holes of a "land" polygon) is filled, specks of islands are dropped.
 */
export function outerRings(g: Area, minKm2: number): Area {
  const kept = polygonsOf(g)
    .map((p) => [p[0]!])
    .filter((p) => turf.area(turf.polygon(p)) >= minKm2 * 1e6);
  if (kept.length === 0) throw new Error('outerRings: nothing left');
  return asArea(kept);
}

const roundLine = (cs: Position[], decimals: number): Position[] => {
  const f = 10 ** decimals;
  const out: Position[] = [];
  for (const c of cs) {
    const r: Position = [Math.round(c[0]! * f) / f, Math.round(c[1]! * f) / f];
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== r[0] || prev[1] !== r[1]) out.push(r);
  }
  // An arc keeps both its ends, even when rounding makes them one point, so the areas still join up.
  if (out.length === 1) out.push(out[0]!);
  return out;
};

type ArcRef = number[];
interface TopoArea {
  type: 'Polygon' | 'MultiPolygon';
  arcs: ArcRef[] | ArcRef[][];
}

/**
 * Simplify areas that share borders so that every border stays shared: the
 * areas are cut into arcs where they meet (topojson-server; the sources must
 * use the very same vertices along a common border), each arc is simplified
 * once (Douglas–Peucker, at the tolerance in degrees that `detailOf` gives
 * for the ids of the areas using it, with a vertex at least every
 * `maxSegmentKm` if it gives one) and rounded, and the areas are rebuilt
 * from the arcs. Both sides of a border therefore get the same vertices.
 */
export function simplifyShared(
  areas: Record<string, Area>,
  detailOf: (users: readonly string[]) => { tolerance: number; maxSegmentKm?: number },
  decimals: number,
): Record<string, Area> {
  const objects = Object.fromEntries(Object.entries(areas).map(([id, g]) => [id, turf.feature(g)]));
  const topo = topology(objects) as unknown as Topology & { arcs: Position[][] };
  const users = topo.arcs.map(() => new Set<string>());
  for (const [id, obj] of Object.entries(topo.objects)) {
    const g = obj as unknown as TopoArea;
    const rings = (g.type === 'Polygon' ? (g.arcs as ArcRef[]) : (g.arcs as ArcRef[][]).flat()) as ArcRef[];
    for (const ring of rings) for (const a of ring) users[a < 0 ? ~a : a]!.add(id);
  }
  topo.arcs = topo.arcs.map((arc, i) => {
    const { tolerance, maxSegmentKm = Infinity } = detailOf([...users[i]!].sort());
    let cs = arc;
    if (arc.length > 2 && tolerance > 0) {
      const s = turf.simplify(turf.lineString(arc), { tolerance, highQuality: true }).geometry.coordinates;
      // A ring that is one arc keeps enough points to stay a ring.
      if (s.length >= 4 || !closed(arc)) cs = s;
    }
    return roundLine(densify(cs, maxSegmentKm), decimals);
  });
  const out: Record<string, Area> = {};
  for (const id of Object.keys(areas)) {
    const f = topoFeature(topo, topo.objects[id]!) as unknown as Feature<Area>;
    out[id] = roundGeometry(f.geometry, decimals);
  }
  return out;
}

/**
 * Points added along segments longer than `maxKm`, on the segment. A vertex
 * that later clipping puts on a long straight stretch and rounding moves a
 * few metres off it would otherwise open a sliver as long as the stretch.
 */
export function densify(cs: Position[], maxKm: number): Position[] {
  if (!Number.isFinite(maxKm)) return cs;
  const out: Position[] = [cs[0]!];
  for (let i = 1; i < cs.length; i++) {
    const [a, b] = [cs[i - 1]!, cs[i]!];
    const n = Math.ceil(turf.distance(a, b) / maxKm);
    for (let k = 1; k < n; k++) out.push([a[0]! + ((b[0]! - a[0]!) * k) / n, a[1]! + ((b[1]! - a[1]!) * k) / n]);
    out.push(b);
  }
  return out;
}

const closed = (cs: Position[]) => cs[0]![0] === cs[cs.length - 1]![0] && cs[0]![1] === cs[cs.length - 1]![1];

type Box = [number, number, number, number];
const boxesMeet = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/**
 * Fit the admin areas of one country to its outline. Each area is clipped to
 * the outline; what of the outline no area covers (the slivers between a
 * coarse admin map and a detailed border) goes to the area whose boundary is
 * nearest, point by point (a Voronoi diagram of the areas' vertices), so a
 * sliver along two provinces is shared between them where their common edge
 * meets it. Edges inside the country are left as they are; edges on the
 * outline become the outline's own vertices.
 */
export function fitToOutline(areas: Map<string, Area>, outline: Area): Map<string, Area> {
  const clipped = new Map<string, Area>();
  for (const [id, g] of areas) {
    const c = intersect(g, outline);
    if (c) clipped.set(id, c);
  }
  const gaps = difference(outline, union([...clipped.values()]));
  const pieces = new Map<string, Area[]>([...clipped].map(([id, g]) => [id, [g]]));
  if (gaps) {
    // Points along every province's edge, a kilometre apart; a point two provinces share (their
    // common edge, where it meets the border) tells neither apart, so it is left out.
    const ownersAt = new Map<string, { c: Position; ids: Set<string> }>();
    for (const [id, g] of areas) {
      for (const poly of polygonsOf(g)) {
        for (const c of densify(poly[0]!, 1)) {
          const k = `${c[0]},${c[1]}`;
          const at = ownersAt.get(k) ?? { c, ids: new Set<string>() };
          at.ids.add(id);
          ownersAt.set(k, at);
        }
      }
    }
    const unique = [...ownersAt.values()].filter((o) => o.ids.size === 1);
    const owners = unique.map((o) => [...o.ids][0]!);
    const points: Feature<Point>[] = unique.map((o) => turf.point(o.c));
    const [w, s, e, n] = turf.bbox(outline);
    const cells = turf
      .voronoi(turf.featureCollection(points), { bbox: [w - 1, s - 1, e + 1, n + 1] })
      .features.map((cell, i) => ({ cell, owner: owners[i]!, box: cell ? (turf.bbox(cell) as Box) : null }));
    for (const poly of polygonsOf(gaps)) {
      const gap: Polygon = { type: 'Polygon', coordinates: poly };
      const box = turf.bbox(gap) as Box;
      const near = cells.filter((c) => c.box && boxesMeet(c.box, box));
      const byOwner = new Map<string, Area[]>();
      if (new Set(near.map((c) => c.owner)).size === 1) byOwner.set(near[0]!.owner, [gap]);
      else {
        for (const c of near) {
          const part = intersect(gap, c.cell!.geometry);
          if (part) byOwner.set(c.owner, [...(byOwner.get(c.owner) ?? []), part]);
        }
      }
      for (const [id, parts] of byOwner) pieces.set(id, [...(pieces.get(id) ?? []), ...parts]);
    }
  }
  const outlineVertices = new Set(
    polygonsOf(outline)
      .flat(2)
      .map((c) => `${c[0]},${c[1]}`),
  );
  return tidy(new Map([...pieces].map(([id, parts]) => [id, dropCollinear(union(parts), outlineVertices)])));
}

/**
 * An area without the vertices that lie on the straight line between their
 * neighbours (to a billionth of a degree), nor the tips of spikes (where the
 * ring turns back on itself by more than 179°), except those in `keep`.
 * Cutting slivers apart leaves such vertices on the border's long straight
 * stretches (rounded later, each would move a few metres off the line and
 * open a sliver), and a sliver joined to a province at a corner leaves a spike.
 */
export function dropCollinear(g: Area, keep: ReadonlySet<string>): Area {
  const ring = (r: Position[]) => {
    const open = r.slice(0, -1);
    const out = open.filter((b, i) => {
      if (keep.has(`${b[0]},${b[1]}`)) return true;
      const a = open[(i - 1 + open.length) % open.length]!;
      const c = open[(i + 1) % open.length]!;
      const cross = (c[0]! - a[0]!) * (b[1]! - a[1]!) - (c[1]! - a[1]!) * (b[0]! - a[0]!);
      const len = Math.hypot(c[0]! - a[0]!, c[1]! - a[1]!);
      const between = (b[0]! - a[0]!) * (c[0]! - b[0]!) + (b[1]! - a[1]!) * (c[1]! - b[1]!) >= 0;
      const [ba, bc] = [
        [a[0]! - b[0]!, a[1]! - b[1]!],
        [c[0]! - b[0]!, c[1]! - b[1]!],
      ];
      const spike =
        (ba[0]! * bc[0]! + ba[1]! * bc[1]!) / (Math.hypot(ba[0]!, ba[1]!) * Math.hypot(bc[0]!, bc[1]!)) >
        Math.cos(Math.PI / 180);
      return !((len > 0 && Math.abs(cross) / len < 1e-9 && between) || spike);
    });
    return out.length >= 3 ? [...out, out[0]!] : r;
  };
  return asArea(polygonsOf(g).map((p) => p.map(ring)));
}

/** Parts smaller than this (km²) that lie apart from the rest of their area go to the area beside them. */
const STRAY_KM2 = 50;
/** Holes smaller than this (km²) are the seams of unions, not land of another area: they are filled. */
const SEAM_KM2 = 1;

/**
 * Clean what clipping leaves behind: tiny holes where pieces met are filled,
 * and small parts cut off from their area (a coarse province edge that
 * crossed the border and came back) join the area they lie beside.
 */
function tidy(areas: Map<string, Area>): Map<string, Area> {
  const km2 = (ring: Position[]) => turf.area(turf.polygon([ring])) / 1e6;
  const filled = (poly: Position[][]) => [poly[0]!, ...poly.slice(1).filter((h) => km2(h) >= SEAM_KM2)];
  const main = new Map<string, Position[][][]>();
  const strays: { from: string; poly: Position[][] }[] = [];
  for (const [id, g] of areas) {
    const polys = polygonsOf(g).map(filled);
    const largest = Math.max(...polys.map((p) => km2(p[0]!)));
    main.set(id, []);
    for (const p of polys) {
      if (km2(p[0]!) < Math.min(STRAY_KM2, largest / 20)) strays.push({ from: id, poly: p });
      else main.get(id)!.push(p);
    }
  }
  const extra = new Map<string, Area[]>();
  for (const { from, poly } of strays) {
    const probe = turf.pointOnFeature(turf.polygon(poly)).geometry.coordinates;
    let best = { id: from, d: Infinity };
    for (const [id, polys] of main) {
      if (id === from || polys.length === 0) continue;
      const d = turf.pointToPolygonDistance(probe, turf.multiPolygon(polys), { units: 'kilometers' });
      if (d < best.d) best = { id, d };
    }
    // An island of its own with no area beside it stays where it is.
    const to = best.d < 1 ? best.id : from;
    extra.set(to, [...(extra.get(to) ?? []), { type: 'Polygon', coordinates: poly }]);
  }
  const out = new Map<string, Area>();
  for (const [id, polys] of main) {
    const all = [...(polys.length ? [asArea(polys)] : []), ...(extra.get(id) ?? [])];
    if (all.length === 0) continue;
    out.set(id, asArea(polygonsOf(union(all)).map(filled)));
  }
  return out;
}

/** A sample of the walk along a border: where it is, and what lies on each side. */
export interface WalkSample {
  at: Position;
  /** Skipped: the line comes back within the look distance (a fold). */
  fold: boolean;
  left: string | null;
  right: string | null;
}

/** Whether segments pq and rs cross (planar, which is exact enough within a kilometre). */
function crosses(p: Position, q: Position, r: Position, s: Position): boolean {
  const o = (a: Position, b: Position, c: Position) =>
    Math.sign((b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!));
  return o(p, q, r) * o(p, q, s) < 0 && o(r, s, p) * o(r, s, q) < 0;
}

/** A grid of a line's segments: the segments near a point, and the distance to the nearest. */
function segmentGrid(line: Position[], cell: number) {
  const grid = new Map<string, number[]>();
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1]!, line[i]!];
    if (a.length === 0 || b.length === 0) continue; // the break between two lines
    for (let x = Math.floor(Math.min(a[0]!, b[0]!) / cell); x <= Math.floor(Math.max(a[0]!, b[0]!) / cell); x++) {
      for (let y = Math.floor(Math.min(a[1]!, b[1]!) / cell); y <= Math.floor(Math.max(a[1]!, b[1]!) / cell); y++) {
        const key = `${x},${y}`;
        grid.set(key, [...(grid.get(key) ?? []), i]);
      }
    }
  }
  const near = (p: Position) => {
    const [cx, cy] = [Math.floor(p[0]! / cell), Math.floor(p[1]! / cell)];
    const out = new Set<number>();
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++) for (const i of grid.get(`${cx + dx},${cy + dy}`) ?? []) out.add(i);
    return out;
  };
  return {
    near,
    distanceKm: (p: Position) => {
      let best = Infinity;
      for (const i of near(p)) {
        const d = turf.pointToLineDistance(p, turf.lineString([line[i - 1]!, line[i]!]), { units: 'kilometers' });
        if (d < best) best = d;
      }
      return best;
    },
  };
}

/**
 * Walk a border every `stepKm` and look `sideKm` to each side, square to the
 * line: which area lies there. Where the look crosses the line again (the
 * line folds back within that distance), the sample is marked a fold and is
 * not to be judged: the point looked at lies on the other side.
 */
export function walkBorder(line: LineString, areas: Map<string, Area>, stepKm: number, sideKm: number): WalkSample[] {
  const boxed = [...areas].map(([id, g]) => ({ id, g, box: turf.bbox(g) as Box }));
  const whose = (p: Position) =>
    boxed.find((a) => boxesMeet(a.box, [p[0]!, p[1]!, p[0]!, p[1]!]) && turf.booleanPointInPolygon(p, a.g))?.id ?? null;
  const cs = line.coordinates;
  // Grid cells larger than the look distance, so every segment a look can cross is among the 3×3 around its end.
  const grid = segmentGrid(cs, Math.max(0.01, (sideKm / 111) * 2));
  const foldsBack = (from: Position, to: Position, own: number) =>
    [...grid.near(to)].some((i) => i !== own && crosses(from, to, cs[i - 1]!, cs[i]!));
  const out: WalkSample[] = [];
  let start = 0;
  let next = 0;
  for (let i = 1; i < cs.length; i++) {
    const [a, b] = [cs[i - 1]!, cs[i]!];
    const len = turf.distance(a, b);
    const bearing = turf.bearing(a, b);
    for (; next <= start + len; next += stepKm) {
      const at = turf.destination(a, next - start, bearing).geometry.coordinates;
      const left = turf.destination(at, sideKm, bearing - 90).geometry.coordinates;
      const right = turf.destination(at, sideKm, bearing + 90).geometry.coordinates;
      const fold = foldsBack(at, left, i) || foldsBack(at, right, i);
      out.push({ at, fold, left: whose(left), right: whose(right) });
    }
    start += len;
  }
  return out;
}

/**
 * The largest distance in km from any of `points` to the nearest of `lines`
 * (one direction of a Hausdorff distance), or Infinity when a point has no
 * line within about 5 km.
 */
export function farthestKm(points: Position[], lines: Position[][]): number {
  const from = distanceFrom(lines);
  let worst = 0;
  for (const p of points) worst = Math.max(worst, from(p));
  return worst;
}

/** Distance in km from a point to the nearest of `lines`, for points within about 5 km of them (Infinity beyond). */
export function distanceFrom(lines: Position[][]): (p: Position) => number {
  // One list of vertices, the lines apart by an empty position that starts no segment.
  const joined = lines.flatMap((l, i) => (i === 0 ? l : [[], ...l]));
  return segmentGrid(joined, 0.05).distanceKm;
}
