import * as turf from '@turf/turf';
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { densify, dropCollinear, farthestKm, fitToOutline, outerRings, simplifyShared, walkBorder } from './fit.ts';
import { difference, intersect, invalidity, roundArea, union } from './jts.ts';
import { polygonsOf, type Area } from './transforms.ts';

const poly = (...rings: Position[][]): Polygon => ({ type: 'Polygon', coordinates: rings });
const box = (x0: number, y0: number, x1: number, y1: number): Position[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];
const km2 = (g: Area | null) => (g ? turf.area(g) / 1e6 : 0);

describe('outerRings', () => {
  it('fills holes and drops parts under the size given', () => {
    const g: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[box(0, 0, 1, 1), box(0.4, 0.4, 0.6, 0.6)], [box(2, 2, 2.01, 2.01)]],
    };
    expect(outerRings(g, 5)).toEqual(poly(box(0, 0, 1, 1)));
    expect(polygonsOf(outerRings(g, 0.5))).toHaveLength(2);
    expect(() => outerRings(g, 1e6)).toThrow('nothing left');
  });
});

describe('simplifyShared', () => {
  // Two areas meeting along a wiggly border: simplified apart, their borders would part company.
  const wiggle: Position[] = Array.from({ length: 21 }, (_, i) => [1 + (i % 2) * 0.004, i * 0.05]);
  const west = poly([[0, 0], ...wiggle, [0, 1], [0, 0]]);
  const east = poly([[2, 0], [2, 1], ...[...wiggle].reverse(), [2, 0]]);

  it('simplifies a shared border once, so both sides keep the same vertices', () => {
    const out = simplifyShared({ west, east }, () => ({ tolerance: 0.01 }), 4);
    const onBorder = (g: Area) =>
      new Set(
        polygonsOf(g)
          .flat(2)
          .filter((c) => c[0]! > 0.5 && c[0]! < 1.5)
          .map((c) => c.join()),
      );
    const [w, e] = [onBorder(out.west!), onBorder(out.east!)];
    expect([...w].sort()).toEqual([...e].sort());
    // Simplified: the wiggle of 0.004° is under the tolerance, so only its ends stay.
    expect(w.size).toBe(2);
    expect(km2(intersect(out.west!, out.east!))).toBeLessThan(1e-6);
  });

  it('gives each border the tolerance its users call for', () => {
    const keep = simplifyShared({ west, east }, (users) => ({ tolerance: users.length > 1 ? 0 : 0.01 }), 4);
    const border = polygonsOf(keep.west!)
      .flat(2)
      .filter((c) => c[0]! > 0.5 && c[0]! < 1.5);
    expect(new Set(border.map((c) => c.join())).size).toBe(21);
  });

  it('adds vertices along long straight stretches when asked', () => {
    const out = simplifyShared({ west, east }, () => ({ tolerance: 0.01, maxSegmentKm: 10 }), 4);
    const border = polygonsOf(out.west!)
      .flat(2)
      .filter((c) => c[0]! > 0.5 && c[0]! < 1.5);
    // 111 km of border, a vertex at least every 10 km.
    expect(border.length).toBeGreaterThanOrEqual(12);
  });
});

describe('densify', () => {
  it('puts points on long segments, evenly, and leaves short ones', () => {
    const out = densify(
      [
        [0, 0],
        [0, 0.01],
        [0, 0.31],
      ],
      10,
    );
    // 0.3° of latitude is 33 km: four pieces.
    expect(out.map((c) => c[1]!.toFixed(3))).toEqual(['0.000', '0.010', '0.085', '0.160', '0.235', '0.310']);
    expect(
      densify(
        [
          [0, 0],
          [0, 1],
        ],
        Infinity,
      ),
    ).toEqual([
      [0, 0],
      [0, 1],
    ]);
  });
});

describe('dropCollinear', () => {
  it('drops vertices on the straight line between their neighbours, except those it is told to keep', () => {
    const g = poly([
      [0, 0],
      [0.5, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0.5],
      [0, 0],
    ]);
    expect(polygonsOf(dropCollinear(g, new Set())).flat(2)).toHaveLength(5);
    expect(polygonsOf(dropCollinear(g, new Set(['0.5,0']))).flat(2)).toContainEqual([0.5, 0]);
    // A vertex a hair off the line is a corner, and stays.
    const bent = poly([
      [0, 0],
      [0.5, 0.0001],
      [1, 0],
      [1, 1],
      [0, 0],
    ]);
    expect(dropCollinear(bent, new Set())).toEqual(bent);
  });
  it('drops the tip of a spike', () => {
    const spiked = poly([
      [0, 0],
      [1, 0],
      [1, 1],
      [0.5, 1],
      [0.5, 3],
      [0.5001, 1],
      [0, 1],
      [0, 0],
    ]);
    expect(polygonsOf(dropCollinear(spiked, new Set())).flat(2)).not.toContainEqual([0.5, 3]);
    expect(polygonsOf(dropCollinear(spiked, new Set(['0.5,3']))).flat(2)).toContainEqual([0.5, 3]);
  });
});

describe('fitToOutline', () => {
  // A country whose east edge is wavy; two coarse provinces cut straight at x = 1, with a seam at y = 0.5.
  const outline = poly([
    [0, 0],
    [1.05, 0],
    [0.95, 0.25],
    [1.05, 0.5],
    [0.95, 0.75],
    [1.05, 1],
    [0, 1],
    [0, 0],
  ]);
  const provinces = new Map<string, Area>([
    ['south', poly(box(0, 0, 1, 0.5))],
    ['north', poly(box(0, 0.5, 1, 1))],
  ]);
  const fitted = fitToOutline(provinces, outline);

  it('covers the outline exactly, with no province overlapping another', () => {
    const all = union([...fitted.values()]);
    expect(km2(difference(outline, all))).toBeLessThan(1e-6);
    expect(km2(difference(all, outline))).toBeLessThan(1e-6);
    expect(km2(intersect(fitted.get('south')!, fitted.get('north')!))).toBeLessThan(1e-6);
  });

  it('gives each sliver to the province beside it, splitting one that lies along both', () => {
    // The bulge around (1.05, 0.5) lies along both: split near the seam's line.
    expect(turf.booleanPointInPolygon([1.02, 0.45], fitted.get('south')!)).toBe(true);
    expect(turf.booleanPointInPolygon([1.02, 0.55], fitted.get('north')!)).toBe(true);
    expect(turf.booleanPointInPolygon([1.02, 0.02], fitted.get('south')!)).toBe(true);
    expect(turf.booleanPointInPolygon([1.02, 0.98], fitted.get('north')!)).toBe(true);
  });

  it('keeps the edges inside the country as they were', () => {
    const seam = polygonsOf(fitted.get('south')!)
      .flat(2)
      .filter((c) => c[1] === 0.5 && c[0]! < 0.9);
    expect(seam.map((c) => c[0])).toContain(0);
  });

  it('leaves no stray piece apart from its province', () => {
    for (const [id, g] of fitted) expect(polygonsOf(g), id).toHaveLength(1);
  });
});

describe('walkBorder', () => {
  // A straight border between two areas, and one with a hairpin fold.
  const line: LineString = {
    type: 'LineString',
    coordinates: [
      [0, 0],
      [0, 0.1],
    ],
  };
  const areas = new Map<string, Area>([
    ['w', poly(box(-1, -1, 0, 1))],
    ['e', poly(box(0, -1, 1, 1))],
  ]);

  it('samples every step and sees each side', () => {
    const walk = walkBorder(line, areas, 0.5, 0.25);
    expect(walk).toHaveLength(23);
    expect(walk.every((s) => !s.fold && s.left === 'w' && s.right === 'e')).toBe(true);
  });

  it('marks as a fold a sample whose look crosses the line again', () => {
    const hairpin: LineString = {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [0, 0.05],
        [0.001, 0.05],
        [0.001, 0],
      ],
    };
    const walk = walkBorder(hairpin, areas, 0.5, 0.25);
    expect(walk.filter((s) => s.fold).length).toBeGreaterThan(15);
    // The short crossing between the legs is not a fold: its looks run along the legs, not across them.
    expect(walk.length).toBeGreaterThan(20);
  });
});

describe('farthestKm', () => {
  it('measures from each point to the nearest of several lines', () => {
    const lines = [
      [
        [0, 0],
        [0, 1],
      ],
      [
        [1, 0],
        [1, 1],
      ],
    ];
    expect(farthestKm([[0, 0.5]], lines)).toBe(0);
    expect(
      farthestKm(
        [
          [0.001, 0.5],
          [0.999, 0.2],
        ],
        lines,
      ),
    ).toBeCloseTo(0.111, 2);
    expect(farthestKm([[0.5, 0.5]], lines)).toBe(Infinity);
  });
});

describe('JTS operations', () => {
  it('intersects, subtracts and unites areas', () => {
    const a = poly(box(0, 0, 2, 2));
    const b = poly(box(1, 1, 3, 3));
    expect(turf.bbox(intersect(a, b)!)).toEqual([1, 1, 2, 2]);
    expect(intersect(a, poly(box(5, 5, 6, 6)))).toBeNull();
    expect(km2(difference(a, b))).toBeCloseTo((km2(a) * 3) / 4, -2);
    expect(difference(a, a)).toBeNull();
    expect(turf.bbox(union([a, b]))).toEqual([0, 0, 3, 3]);
    expect(() => union([])).toThrow('union of nothing');
  });

  it('still overlays an input whose ring crosses itself', () => {
    const bowtie = poly([
      [0, 0],
      [2, 2],
      [2, 0],
      [0, 2],
      [0, 0],
    ]);
    expect(invalidity(bowtie)).toMatch(/Self-intersection/);
    expect(intersect(bowtie, poly(box(0, 0, 2, 2)))).not.toBeNull();
  });

  it('rounds an area to a grid and keeps it valid', () => {
    // Two parts 0.00004° apart: rounded to four places they would overlap along an edge.
    const close: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[box(0, 0, 1, 1)], [box(1.00004, 0, 2, 1)]],
    };
    const r = roundArea(close, 4)!;
    expect(invalidity(r)).toBeNull();
    expect(turf.bbox(r)).toEqual([0, 0, 2, 1]);
  });

  it('calls valid what OGC calls valid: parts touching at one point, which turf refuses', () => {
    const touching: MultiPolygon = { type: 'MultiPolygon', coordinates: [[box(0, 0, 1, 1)], [box(1, 1, 2, 2)]] };
    expect(invalidity(touching)).toBeNull();
    expect(turf.booleanValid(turf.feature(touching))).toBe(false);
    const overlapping: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[box(0, 0, 1, 1)], [box(0.5, 0.5, 2, 2)]],
    };
    expect(invalidity(overlapping)).not.toBeNull();
  });
});
