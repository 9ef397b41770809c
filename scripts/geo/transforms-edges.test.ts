// The pipeline transforms at their edges: rings walked from any vertex, every
// field of a GeoNames record, areas beyond the map's latitudes, and the
// fallbacks that keep an output valid. Tiny fixtures, exact answers.
import { PbfReader, PbfWriter } from 'pbf';
import * as turf from '@turf/turf';
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  anchorOf,
  areaKm2,
  borderKmByArea,
  clipToEasternHemisphere,
  collection,
  decodeCities,
  findCity,
  fitToMap,
  lengthKm,
  orientFrom,
  polygonsOf,
  roundGeometry,
  sharedEdge,
  simplifyArea,
  simplifyValid,
  type City,
  type PbfLike,
} from './transforms.ts';

const poly = (ring: Position[]): Polygon => ({ type: 'Polygon', coordinates: [ring] });
/** The same closed ring, walked from its k-th vertex. */
const rotate = (ring: Position[], k: number): Position[] => {
  const open = ring.slice(0, -1);
  const r = [...open.slice(k), ...open.slice(0, k)];
  return [...r, r[0]!];
};
const square = (x0: number, y0: number, x1: number, y1: number): Position[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];

describe('sharedEdge walks rings from any vertex', () => {
  // West square [0,1]×[0,1] with vertices along x = 1; east square shares them.
  const westRing: Position[] = [
    [0, 0],
    [1, 0],
    [1, 0.25],
    [1, 0.5],
    [1, 0.75],
    [1, 1],
    [0, 1],
    [0, 0],
  ];
  const eastRing: Position[] = [
    [1, 0],
    [2, 0],
    [2, 1],
    [1, 1],
    [1, 0.75],
    [1, 0.5],
    [1, 0.25],
    [1, 0],
  ];
  const ys = (l: LineString) => l.coordinates.map((c) => c[1]);

  it.each([0, 1, 2, 3, 4, 5, 6])('finds the whole edge, in ring order, from vertex %i of the other ring', (k) => {
    const e = sharedEdge(poly(westRing), poly(rotate(eastRing, k)));
    expect(e.coordinates.every((c) => c[0] === 1)).toBe(true);
    expect(ys(e)).toEqual([1, 0.75, 0.5, 0.25, 0]);
  });

  it('keeps the longest of several shared stretches', () => {
    // The east area touches the west square along two stretches, apart by more than the gap allowed.
    const a = poly([
      [0, 0],
      [1, 0],
      [1, 0.1],
      [1, 0.2],
      [1, 0.5],
      [1, 0.6],
      [1, 0.7],
      [1, 0.8],
      [1, 1],
      [0, 1],
      [0, 0],
    ]);
    const b = poly([
      [1, 0],
      [3, 0],
      [3, 1],
      [1, 1],
      [1, 0.8],
      [1, 0.7],
      [1, 0.6],
      [1, 0.5],
      [2, 0.35],
      [1, 0.2],
      [1, 0.1],
      [1, 0],
    ]);
    expect(ys(sharedEdge(a, b, 1))).toEqual([1, 0.8, 0.7, 0.6, 0.5]);
    // Joined across the gap when the gap is allowed.
    expect(ys(sharedEdge(a, b, 40))).toEqual([1, 0.8, 0.7, 0.6, 0.5, 0.2, 0.1, 0]);
  });

  it('joins the stretch at the end of a ring to the one at its start', () => {
    // Walked from the middle of the shared edge, the ring starts and ends on it.
    const b = poly(rotate(eastRing, 5));
    expect(b.coordinates[0]![0]).toEqual([1, 0.5]);
    expect(ys(sharedEdge(poly(westRing), b))).toEqual([1, 0.75, 0.5, 0.25, 0]);
  });

  it('does not join stretches farther apart than the gap allowed, even across the ring’s start', () => {
    const b = poly([
      [1, 0.5],
      [1, 0.25],
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
      [1, 0.75],
      [1.5, 0.6],
      [1, 0.5],
    ]);
    // 0.75 → 0.5 is about 28 km apart along the detour's ends.
    expect(ys(sharedEdge(poly(westRing), b, 20))).toEqual([0.5, 0.25, 0]);
    expect(ys(sharedEdge(poly(westRing), b, 30))).toEqual([1, 0.75, 0.5, 0.25, 0]);
  });

  it('joins the last stretch to the first across the ring’s start when the gap allows', () => {
    // Walked from just after the detour, the shared stretches come last-then-first.
    const b = poly([
      [1, 0.75],
      [1.5, 0.6],
      [1, 0.5],
      [1, 0.25],
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
      [1, 0.75],
    ]);
    expect(ys(sharedEdge(poly(westRing), b, 30))).toEqual([1, 0.75, 0.5, 0.25, 0]);
    expect(ys(sharedEdge(poly(westRing), b, 20))).toEqual([0.5, 0.25, 0]);
  });

  it('skips a ring that is shared whole (an enclave) or not at all', () => {
    const hole = square(0.25, 0.25, 0.75, 0.75);
    const outer: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 1, 1), [...hole].reverse()] };
    expect(() => sharedEdge(outer, poly(hole))).toThrow(/share no edge/);
  });
});

describe('orientFrom', () => {
  it('keeps a line whose ends are equally far from the start', () => {
    const l: LineString = {
      type: 'LineString',
      coordinates: [
        [-1, 0],
        [0, 1],
        [1, 0],
      ],
    };
    expect(orientFrom(l, [0, 0])).toBe(l);
  });
});

describe('roundGeometry', () => {
  it('rounds lines of a MultiLineString and drops the ones that collapse', () => {
    expect(
      roundGeometry(
        {
          type: 'MultiLineString',
          coordinates: [
            [
              [0.01, 0],
              [0.02, 0],
            ],
            [
              [1.04, 1],
              [2, 2.06],
            ],
          ],
        },
        1,
      ),
    ).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [1, 1],
          [2, 2.1],
        ],
      ],
    });
  });
  it('refuses geometry it does not know', () => {
    expect(() => roundGeometry({ type: 'GeometryCollection', geometries: [] }, 1)).toThrow(
      /unsupported GeometryCollection/,
    );
  });
});

describe('measures', () => {
  it('gives lengths in km and areas in km²', () => {
    expect(
      lengthKm({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [0, 1],
        ],
      }),
    ).toBe(111);
    expect(areaKm2(poly(square(0, 0, 1, 1)))).toBe(12364);
  });
  it('anchors a MultiPolygon inside its parts, and refuses a collection', () => {
    const g: MultiPolygon = { type: 'MultiPolygon', coordinates: [[square(0, 0, 2, 2)], [square(10, 10, 11, 11)]] };
    const a = anchorOf({ type: 'Feature', properties: {}, geometry: g });
    expect(turf.booleanPointInPolygon(a, g)).toBe(true);
    expect(() =>
      anchorOf({ type: 'Feature', properties: {}, geometry: { type: 'GeometryCollection', geometries: [] } }),
    ).toThrow(/no anchor for a GeometryCollection/);
  });
});

describe('borderKmByArea', () => {
  it('gives each segment to the area holding its midpoint, else to the area nearest it', () => {
    const a = poly(square(0, 0, 1, 1));
    const b = poly(square(1, 0, 2, 1));
    // Segments: inside a (midpoint y = 0.5); inside b; outside both, nearer b; outside both, nearer a.
    const line: LineString = {
      type: 'LineString',
      coordinates: [
        [0.5, 0.2],
        [0.5, 0.8],
        [1.5, 0.8],
        [1.5, 1.4],
        [0.5, 1.4],
        [0.5, 1.8],
      ],
    };
    const seg = (i: number) => turf.distance(line.coordinates[i]!, line.coordinates[i + 1]!);
    const km = borderKmByArea(
      line,
      new Map([
        ['a', a],
        ['b', b],
      ]),
    );
    // The second segment's midpoint [1, 0.8] lies on the shared edge: a, listed first, holds it.
    expect(km.get('a')).toBeCloseTo(seg(0) + seg(1) + seg(4), 6);
    expect(km.get('b')).toBeCloseTo(seg(2) + seg(3), 6);
  });
  it('gives a segment inside two areas to the first that holds it, not to the nearest edge', () => {
    const big = poly(square(0, 0, 10, 10));
    const inner = poly(square(9.9, 4, 9.99, 6));
    const line: LineString = {
      type: 'LineString',
      coordinates: [
        [9.95, 4.5],
        [9.95, 5.5],
      ],
    };
    const km = borderKmByArea(
      line,
      new Map([
        ['big', big],
        ['inner', inner],
      ]),
    );
    expect([...km.keys()]).toEqual(['big']);
  });
  it('judges a segment outside every area by its midpoint', () => {
    const a = poly(square(0, 0, 1, 1));
    const b = poly(square(1.5, 3, 2.5, 4));
    const line: LineString = {
      type: 'LineString',
      coordinates: [
        [1.2, 1.4],
        [1.2, 1.6],
      ],
    };
    const km = borderKmByArea(
      line,
      new Map([
        ['b', b],
        ['a', a],
      ]),
    );
    expect([...km.keys()]).toEqual(['a']);
  });
});

describe('decodeCities', () => {
  const encode = (records: Partial<City & { skipped: string }>[]) => {
    const w = new PbfWriter();
    let lon = 0;
    let lat = 0;
    for (const c of records) {
      const body = new PbfWriter();
      if (c.id !== undefined) body.writeSVarintField(1, c.id);
      if (c.name !== undefined) body.writeStringField(2, c.name);
      if (c.country !== undefined) body.writeStringField(3, c.country);
      if (c.altName !== undefined) body.writeStringField(4, c.altName);
      // Fields the pipeline reads past: admin codes and a modification date.
      body.writeStringField(5, c.skipped ?? 'x');
      body.writeStringField(6, 'y');
      if (c.featureCode !== undefined) body.writeStringField(7, c.featureCode);
      body.writeStringField(8, 'z');
      if (c.population !== undefined) body.writeVarintField(9, c.population);
      if (c.lon !== undefined) {
        body.writeSVarintField(10, Math.round(c.lon * 1e5) - lon);
        lon = Math.round(c.lon * 1e5);
      }
      if (c.lat !== undefined) {
        body.writeSVarintField(11, Math.round(c.lat * 1e5) - lat);
        lat = Math.round(c.lat * 1e5);
      }
      w.writeBytes(body.finish());
    }
    return decodeCities(new PbfReader(w.finish()) as unknown as PbfLike);
  };

  it('reads every field it keeps, and reads past the ones it does not', () => {
    expect(
      encode([
        {
          id: -7,
          name: 'Khar',
          country: 'PK',
          altName: 'Khar,Kharr',
          featureCode: 'PPLA3',
          population: 12345,
          lon: 71.52739,
          lat: 34.7361,
        },
      ]),
    ).toEqual([
      {
        id: -7,
        name: 'Khar',
        country: 'PK',
        altName: 'Khar,Kharr',
        featureCode: 'PPLA3',
        population: 12345,
        lon: 71.52739,
        lat: 34.7361,
      },
    ]);
  });
  it('starts each record empty, and carries coordinates over a record that omits them', () => {
    const [, second] = encode([{ id: 1, name: 'A', country: 'AF', lon: 60.5, lat: 30.25 }, { id: 2 }]);
    expect(second).toEqual({
      id: 2,
      name: '',
      country: '',
      altName: '',
      featureCode: '',
      population: 0,
      lon: 60.5,
      lat: 30.25,
    });
  });
});

describe('findCity', () => {
  const city = (over: Partial<City>): City => ({
    id: 0,
    name: '',
    altName: '',
    country: 'AF',
    featureCode: 'PPL',
    population: 0,
    lon: 0,
    lat: 0,
    ...over,
  });
  const cities = [
    city({ id: 1, name: 'Khost', country: 'AF', population: 100 }),
    city({ id: 2, name: 'Khōst', country: 'AF', population: 5000 }),
    city({ id: 3, name: 'Matun', altName: 'Khost City,Khowst', country: 'AF', population: 50 }),
    city({ id: 4, name: 'Khost', country: 'PK', population: 90000 }),
  ];
  it('takes the most populous match in the country, by folded name or alternate name', () => {
    expect(findCity(cities, 'AF', 'KHOST').id).toBe(2);
    expect(findCity(cities, 'AF', 'Khowst').id).toBe(3);
    expect(findCity(cities, 'PK', 'Khost').id).toBe(4);
    expect(() => findCity(cities, 'IR', 'Khost')).toThrow('GeoNames has no Khost in IR');
  });
});

describe('collection', () => {
  it('sorts features by id, whatever order they come in', () => {
    const f = (id: string) => ({
      type: 'Feature' as const,
      properties: { id, kind: 'town', name: id },
      geometry: { type: 'Point' as const, coordinates: [0, 0] },
    });
    expect(collection([f('c'), f('a'), f('b'), f('a')]).features.map((x) => x.properties.id)).toEqual([
      'a',
      'a',
      'b',
      'c',
    ]);
  });
});

describe('simplifyArea and simplifyValid', () => {
  // A square with a small notch; simplification at 0.1° removes the notch.
  const notched = poly([
    [0, 0],
    [0.5, 0],
    [0.52, 0.03],
    [0.54, 0],
    [1, 0],
    [1, 1],
    [0, 1],
    [0, 0],
  ]);
  it('simplifies polygon by polygon, and says so when nothing is left', () => {
    expect(simplifyArea(notched, 0.1)).toEqual(poly(square(0, 0, 1, 1)));
    const two: MultiPolygon = { type: 'MultiPolygon', coordinates: [notched.coordinates, [square(5, 5, 6, 6)]] };
    expect(simplifyArea(two, 0.1).type).toBe('MultiPolygon');
    const flat = poly([
      [0, 0],
      [1, 0],
      [2, 0],
      [0, 0],
    ]);
    expect(() => simplifyArea(flat, 0.1)).toThrow('simplifyArea: nothing left');
  });
  it('returns a valid area, rounded', () => {
    const out = simplifyValid(notched, 0.1, 1);
    expect(out).toEqual(poly(square(0, 0, 1, 1)));
    expect(simplifyValid(notched, 0.001, 2)).toEqual(roundGeometry(notched, 2));
  });
  it('falls back to rounding alone when simplification leaves the area invalid, and fails when nothing is valid', () => {
    // An island in a narrow inlet, reaching out past the coast: simplified, the inlet closes over it.
    const coast: Position[] = [
      [0, 0],
      [1, 0],
      [1, 0.5],
      [0.95, 0.52],
      [1, 0.54],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    const island: Position[] = [
      [0.97, 0.52],
      [1.1, 0.515],
      [1.1, 0.525],
      [0.97, 0.52],
    ];
    const islands: MultiPolygon = { type: 'MultiPolygon', coordinates: [[coast], [island]] };
    expect(turf.booleanValid(turf.feature(simplifyArea(islands, 0.1)))).toBe(false);
    expect(simplifyValid(islands, 0.1, 3)).toEqual(islands);
    // A ring that runs back along one of its own edges is invalid however it is rounded.
    const punctured = poly([
      [1, 0],
      [2, 2],
      [0, 2],
      [0, 0],
      [2, 0],
      [1, 0],
    ]);
    expect(() => simplifyValid(punctured, 0.001, 3)).toThrow(/no valid rounding of this area \(\[0,0,2,2\]\)/);
  });
});

describe('clipToEasternHemisphere', () => {
  it('keeps 0–180° of longitude, unwrapping a polygon that crosses the antimeridian first', () => {
    const wrapped = poly([
      [170, 60],
      [-170, 60],
      [-170, 70],
      [170, 70],
      [170, 60],
    ]);
    const west = poly(square(-20, 0, 10, 10));
    const out = clipToEasternHemisphere({
      type: 'MultiPolygon',
      coordinates: [wrapped.coordinates, west.coordinates],
    });
    const [w, s, e, n] = turf.bbox(out);
    expect([w, s, e, n]).toEqual([0, 0, 180, 70]);
    expect(polygonsOf(out)).toHaveLength(2);
  });
  it('drops what lies wholly west', () => {
    const out = clipToEasternHemisphere({
      type: 'MultiPolygon',
      coordinates: [[square(-30, 0, -10, 10)], [square(10, 0, 20, 10)]],
    });
    expect(turf.bbox(out)).toEqual([10, 0, 20, 10]);
  });
});

describe('fitToMap at the map’s edges', () => {
  it('cuts an area reaching beyond 85° of latitude at the map’s edge, keeping its coasts as the outline', () => {
    const north = poly(square(-40, 70, -20, 88));
    const { areas, cutOutline } = fitToMap(north);
    expect(areas).toHaveLength(1);
    expect(turf.bbox(areas[0]!)).toEqual([-40, 70, -20, 85]);
    // The cut along 85° is no coast.
    const segs = cutOutline!.flatMap((run) => run.slice(1).map((b, i) => [run[i]!, b] as const));
    expect(segs.some(([a, b]) => a[1] === 85 && b[1] === 85)).toBe(false);
    expect(segs.length).toBe(3);
  });
  it('cuts the same beyond −85°', () => {
    const { areas } = fitToMap(poly(square(10, -88, 20, -70)));
    expect(turf.bbox(areas[0]!)).toEqual([10, -85, 20, -70]);
  });
  it('cuts an area wider than half the world at the meridian between the halves', () => {
    // Vertices every 50°, as real coasts have them: no edge longer than half the world.
    const wide = poly([
      [-100, 10],
      [-50, 10],
      [0, 10],
      [50, 10],
      [100, 10],
      [100, 20],
      [50, 20],
      [0, 20],
      [-50, 20],
      [-100, 20],
      [-100, 10],
    ]);
    const { areas, cutOutline } = fitToMap(wide);
    expect(areas.map((a) => turf.bbox(a))).toEqual([
      [-100, 10, 0, 20],
      [0, 10, 100, 20],
    ]);
    const segs = cutOutline!.flatMap((run) => run.slice(1).map((b, i) => [run[i]!, b] as const));
    expect(segs.some(([a, b]) => a[0] === 0 && b[0] === 0)).toBe(false);
  });
  it('moves a crossing polygon that lies mostly west of −180° back onto the map', () => {
    // Stored from −179 eastwards across to +170 (the far side): unwrapped it starts below −180.
    const crossing = poly([
      [-179, 60],
      [-170, 60],
      [-170, 70],
      [-179, 70],
      [170, 70],
      [170, 60],
      [-179, 60],
    ]);
    const { areas } = fitToMap(crossing);
    const boxes = areas.map((a) => turf.bbox(a));
    expect(boxes).toEqual([
      [-180, 60, -170, 70],
      [170, 60, 180, 70],
    ]);
  });
  it('closes a polar ring towards the north pole too', () => {
    const arctic = poly([
      [-180, 80],
      [-90, 75],
      [0, 75],
      [90, 75],
      [180, 80],
      [-180, 80],
    ]);
    const { areas } = fitToMap(arctic);
    for (const a of areas) {
      const [, s, , n] = turf.bbox(a);
      expect(s).toBe(75);
      expect(n).toBe(85);
    }
  });
});
