// Robust area operations from JTS (through jsts), for the pipeline only:
// overlays that snap when floating point would fail, rounding to a grid that
// keeps an area valid, and the OGC validity check. turf's own overlays and
// rounding leave self-touching and crossing rings on detailed borders.
import GeoJSONReader from 'jsts/org/locationtech/jts/io/GeoJSONReader.js';
import GeoJSONWriter from 'jsts/org/locationtech/jts/io/GeoJSONWriter.js';
import PrecisionModel from 'jsts/org/locationtech/jts/geom/PrecisionModel.js';
import SnapIfNeededOverlayOp from 'jsts/org/locationtech/jts/operation/overlay/snap/SnapIfNeededOverlayOp.js';
import UnaryUnionOp from 'jsts/org/locationtech/jts/operation/union/UnaryUnionOp.js';
import ArrayList from 'jsts/java/util/ArrayList.js';
import IsValidOp from 'jsts/org/locationtech/jts/operation/valid/IsValidOp.js';
import GeometryPrecisionReducer from 'jsts/org/locationtech/jts/precision/GeometryPrecisionReducer.js';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

type Area = Polygon | MultiPolygon;

/** What of a JTS geometry we use (jsts's own typings leave these out). */
interface JtsGeometry {
  getNumGeometries(): number;
  getGeometryN(i: number): JtsGeometry;
  isEmpty(): boolean;
  getGeometryType(): string;
  getFactory(): { buildGeometry(parts: unknown): JtsGeometry };
}

const reader = new (GeoJSONReader as unknown as new () => { read(g: Geometry): unknown })();
const writer = new (GeoJSONWriter as unknown as new () => { write(g: JtsGeometry): Geometry })();
const read = (g: Geometry): JtsGeometry => reader.read(g) as unknown as JtsGeometry;

/** An area from a JTS result: null when empty; polygons only (an overlay can leave lines or points where areas touch). */
function toArea(g: JtsGeometry): Area | null {
  const polys: Position[][][] = [];
  for (let i = 0; i < g.getNumGeometries(); i++) {
    const part = g.getGeometryN(i);
    if (part.isEmpty() || part.getGeometryType() !== 'Polygon') continue;
    polys.push((writer.write(part) as Polygon).coordinates);
  }
  if (polys.length === 0) return null;
  return polys.length === 1
    ? { type: 'Polygon', coordinates: polys[0]! }
    : { type: 'MultiPolygon', coordinates: polys };
}

/** A valid copy of an invalid input (Natural Earth's and OSM's rings can touch or cross themselves). */
const valid = (g: JtsGeometry, decimals = 7): JtsGeometry =>
  GeometryPrecisionReducer.reduce(g as never, new PrecisionModel(10 ** decimals)) as unknown as JtsGeometry;

/** An overlay of two areas; inputs that are not valid are made so first. */
function overlay(op: 'intersection' | 'difference', a: Area, b: Area): Area | null {
  const [ga, gb] = [read(a), read(b)];
  const run = (x: JtsGeometry, y: JtsGeometry) =>
    toArea(SnapIfNeededOverlayOp[op](x as never, y as never) as unknown as JtsGeometry);
  try {
    return run(ga, gb);
  } catch {
    return run(valid(ga), valid(gb));
  }
}

/** The common part of two areas, if any. */
export const intersect = (a: Area, b: Area): Area | null => overlay('intersection', a, b);

/** What of `a` lies outside `b`, if anything. */
export const difference = (a: Area, b: Area): Area | null => overlay('difference', a, b);

/** All the areas as one. */
export function union(areas: readonly Area[]): Area {
  if (areas.length === 0) throw new Error('union of nothing');
  const factory = read(areas[0]!).getFactory();
  const list = (gs: JtsGeometry[]) => {
    const l = new (ArrayList as unknown as new () => { add(x: unknown): void })();
    for (const g of gs) l.add(g);
    return factory.buildGeometry(l);
  };
  let u: JtsGeometry;
  try {
    u = UnaryUnionOp.union(list(areas.map(read)) as never) as unknown as JtsGeometry;
  } catch {
    u = UnaryUnionOp.union(list(areas.map((a) => valid(read(a)))) as never) as unknown as JtsGeometry;
  }
  const out = toArea(u);
  if (!out) throw new Error('union: nothing left');
  return out;
}

/**
 * Round an area to `decimals` places and keep it valid: where rounding makes
 * rings touch or cross, JTS rebuilds the area's topology on the grid.
 */
export function roundArea(g: Area, decimals: number): Area | null {
  const reduced = GeometryPrecisionReducer.reduce(
    read(g) as never,
    new PrecisionModel(10 ** decimals),
  ) as unknown as JtsGeometry;
  return toArea(reduced);
}

/** Null when the geometry is valid as the OGC Simple Features define it, else what JTS found wrong and where. */
export function invalidity(g: Geometry): string | null {
  const op = new IsValidOp(read(g) as never);
  if (op.isValid()) return null;
  const e = op.getValidationError();
  const c = e.getCoordinate();
  return `${e.getMessage()}${c ? ` at ${c.x}, ${c.y}` : ''}`;
}
