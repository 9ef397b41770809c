import { describe, expect, it } from 'vitest';
import facts from './geo-facts.ts';
import { PLACES, placeById } from './gazetteer.ts';

describe('gazetteer', () => {
  it('has unique, url-safe ids', () => {
    const ids = PLACES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });
  it('has no name or alias claimed by two places', () => {
    const seen = new Map<string, string>();
    for (const p of PLACES) {
      for (const n of [p.name, ...p.aliases]) {
        expect(seen.get(n), n).toBeUndefined();
        seen.set(n, p.id);
      }
    }
  });
  it('keeps Natural Earth spellings as aliases of current names', () => {
    expect(placeById('helmand')!.aliases).toContain('Hilmand');
    expect(placeById('paktia')!.aliases).toContain('Paktya');
    expect(placeById('balochistan')!.aliases).toContain('Baluchistan');
    expect(placeById('khyber-pakhtunkhwa')!.aliases).toEqual(expect.arrayContaining(['KP', 'N.W.F.P.']));
  });
  it('is safe for prototype keys', () => {
    expect(placeById('__proto__')).toBeUndefined();
    expect(placeById('constructor')).toBeUndefined();
  });
  it('has geometry facts for every place and no others', () => {
    expect(Object.keys(facts.places).sort()).toEqual(PLACES.map((p) => p.id).sort());
  });
});
