import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickPlace, type Candidate } from './pick.ts';

const c = (id: string, geometry: Candidate['geometry'], areaKm2 = 0, distancePx = 0): Candidate => ({
  id,
  geometry,
  areaKm2,
  distancePx,
});

describe('pickPlace', () => {
  it('prefers points over lines over areas', () => {
    expect(pickPlace([c('kp', 'area', 100000), c('durand-line', 'line', 0, 3), c('torkham', 'point', 0, 5)])).toBe(
      'torkham',
    );
    expect(pickPlace([c('kp', 'area', 100000), c('durand-line', 'line', 0, 3)])).toBe('durand-line');
  });
  it('prefers the smaller area', () => {
    expect(
      pickPlace([c('pakistan', 'area', 880000), c('kp', 'area', 102000), c('tribal-districts', 'area', 27000)]),
    ).toBe('tribal-districts');
  });
  it('prefers the nearer point', () => {
    expect(pickPlace([c('chaman', 'point', 0, 4), c('friendship-gate', 'point', 0, 1)])).toBe('friendship-gate');
  });
  it('gives a tie to the id that sorts first, in either order', () => {
    expect(pickPlace([c('b', 'point', 0, 2), c('a', 'point', 0, 2)])).toBe('a');
    expect(pickPlace([c('a', 'point', 0, 2), c('b', 'point', 0, 2)])).toBe('a');
    expect(pickPlace([c('b', 'area', 50), c('a', 'area', 50), c('c', 'area', 50)])).toBe('a');
  });
  it('returns null for nothing', () => {
    expect(pickPlace([])).toBeNull();
  });
  it('does not depend on order', () => {
    const arb = fc.array(
      fc.record({
        id: fc.constantFrom('a', 'b', 'c', 'd'),
        geometry: fc.constantFrom('point' as const, 'line' as const, 'area' as const),
        areaKm2: fc.nat(),
        distancePx: fc.nat(10),
      }),
    );
    const rank = { point: 0, line: 1, area: 2 };
    /** The rule, written out: kind, then area or distance, then id. */
    const expected = (cs: Candidate[]) =>
      [...cs].sort(
        (a, b) =>
          rank[a.geometry] - rank[b.geometry] ||
          (a.geometry === 'area' ? a.areaKm2 - b.areaKm2 : a.distancePx - b.distancePx) ||
          a.id.localeCompare(b.id),
      )[0]?.id ?? null;
    fc.assert(
      fc.property(arb, (cs) => {
        expect(pickPlace([...cs].reverse())).toBe(pickPlace(cs));
        expect(pickPlace(cs)).toBe(expected(cs));
      }),
    );
  });
});
