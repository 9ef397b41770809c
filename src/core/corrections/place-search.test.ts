import { describe, expect, it } from 'vitest';
import type { Place } from '../places/gazetteer.ts';
import { search } from './place-search.ts';

const place = (id: string, name: string, aliases: string[] = []): Place => ({
  id,
  name,
  kind: 'town',
  country: 'PK',
  aliases,
  description: '',
});
const PLACES = [
  place('khar', 'Khar'),
  place('kharan', 'Kharan'),
  place('barg', 'Barg-e-Matāl'),
  place('peshawar', 'Peshawar', ['Pes̱ẖāwar']),
];

describe('the place search', () => {
  it('finds a name written with a possessive or punctuation, the exact name first', () => {
    expect(search(PLACES, 'Khar’s').map((p) => p.id)).toEqual(['khar', 'kharan']);
    expect(search(PLACES, "Khar's,").map((p) => p.id)[0]).toBe('khar');
  });
  it('folds as the finder does: diacritics, case, hyphens and apostrophes', () => {
    expect(search(PLACES, 'barg e matal').map((p) => p.id)).toEqual(['barg']);
    expect(search(PLACES, 'PESHĀWAR').map((p) => p.id)).toEqual(['peshawar']);
  });
  it('finds nothing for nothing', () => {
    expect(search(PLACES, ' “” ')).toEqual([]);
  });
});
