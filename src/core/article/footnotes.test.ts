import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mention, PlaceIndex } from '../places/mentions.ts';
import { anchorLabel, footnoteNumbers, formatLatLon } from './footnotes.ts';

const index = (byPassage: Record<number, string[]>): PlaceIndex => ({
  byPassage: new Map(
    Object.entries(byPassage).map(([n, ids]) => [
      Number(n),
      ids.map((placeId, i): Mention => ({ placeId, start: i * 10, end: i * 10 + 5 })),
    ]),
  ),
  byPlace: new Map(),
});

describe('footnoteNumbers', () => {
  it('numbers places by their first mention, in reading order', () => {
    const notes = footnoteNumbers(index({ 1: ['kabul', 'islamabad'], 2: [], 3: ['kabul', 'torkham'] }), [1, 2, 3]);
    expect([...notes]).toEqual([
      ['kabul', 1],
      ['islamabad', 2],
      ['torkham', 3],
    ]);
  });
  it('follows the passage order it is given, not the map order of the index', () => {
    expect([...footnoteNumbers(index({ 2: ['a'], 1: ['b'] }), [1, 2]).keys()]).toEqual(['b', 'a']);
  });
  it('gives each place exactly one number, from 1 to the number of places', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 6 }), { maxLength: 8 }),
        (ps) => {
          const idx = index(Object.fromEntries(ps.map((ids, i) => [i + 1, ids])));
          const notes = footnoteNumbers(
            idx,
            ps.map((_, i) => i + 1),
          );
          expect(new Set(ps.flat())).toEqual(new Set(notes.keys()));
          expect([...notes.values()]).toEqual(Array.from({ length: notes.size }, (_, i) => i + 1));
        },
      ),
    );
  });
});

describe('formatLatLon', () => {
  it('writes hemispheres, not signs', () => {
    expect(formatLatLon([71.085, 34.115])).toBe('34.115° N, 71.085° E');
    expect(formatLatLon([-77.0365, -12.5], 2)).toBe('12.50° S, 77.04° W');
  });
});

it('says what an area or line coordinate stands for', () => {
  expect(anchorLabel('point')).toBe('');
  expect(anchorLabel('line')).toBe('midpoint');
  expect(anchorLabel('area')).toBe('inside the area');
});
