import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLACES, placeById } from '../places/gazetteer.ts';
import { formatUrl, parseHash, parseUrl, precisionFor, roundCamera, type UrlState } from './url-state.ts';

const ctx = { isPlace: (id: string) => placeById(id) !== undefined, passageCount: 66 };
const parse = (url: string) => {
  const u = new URL(url, 'http://x/');
  return parseUrl(u.search, u.hash, ctx);
};

describe('parseUrl', () => {
  it('reads place, passage and view', () => {
    const { state, notices } = parse('/?place=torkham&passage=20#9.5/34.1147/71.0847');
    expect(notices).toEqual([]);
    expect(state).toEqual({
      article: null,
      place: 'torkham',
      passage: 20,
      camera: { zoom: 9.5, lat: 34.1147, lon: 71.0847, bearing: 0, pitch: 0 },
      extra: [],
    });
  });
  it('reads bearing and pitch', () => {
    expect(parse('/#5/30/66/45/30').state.camera).toEqual({ zoom: 5, lat: 30, lon: 66, bearing: 45, pitch: 30 });
  });
  it('names an unknown place and keeps the rest', () => {
    const { state, notices } = parse('/?place=atlantis&passage=3');
    expect(state.place).toBeNull();
    expect(state.passage).toBe(3);
    expect(notices).toEqual(['No place called “atlantis” in this article.']);
  });
  it('says that a place the sender added came with their corrections, and keeps the rest', () => {
    const { state, notices } = parse('/?place=user-0a1b2c3d&passage=3');
    expect(state.place).toBeNull();
    expect(state.passage).toBe(3);
    expect(notices).toEqual([expect.stringMatching(/^The link names a place its sender added .* article bundle/)]);
    // Only the shape of a reader's id says so; anything else is an unknown place.
    expect(parse('/?place=user-zz').notices).toEqual(['No place called “user-zz” in this article.']);
  });
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('refuses prototype key %s', (id) => {
    const { state, notices } = parse(`/?place=${id}`);
    expect(state.place).toBeNull();
    expect(notices[0]).toContain(id);
  });
  it.each(['0', '67', '-1', '2.5', '1e3', 'abc', '99999999999'])('refuses passage %s', (n) => {
    const { state, notices } = parse(`/?passage=${n}`);
    expect(state.passage).toBeNull();
    expect(notices).toHaveLength(1);
  });
  it.each([
    '#abc',
    '#5/1',
    '#5/1/1/1/1/1',
    '#NaN/1/1',
    '#Infinity/1/1',
    '#1e3/1/1',
    '#5/1/x',
    '#5//1',
    `#${'9'.repeat(30)}/1/1`,
  ])('refuses view %s', (h) => {
    const { state, notices } = parse(`/${h}`);
    expect(state.camera).toBeNull();
    expect(notices).toHaveLength(1);
  });
  it.each([
    ['#16/34.1/71.1', { zoom: 14, lat: 34.1, lon: 71.1, bearing: 0, pitch: 0 }, ['zoom 16 → 14']],
    ['#5/33/67/400/90', { zoom: 5, lat: 33, lon: 67, bearing: 40, pitch: 60 }, ['bearing 400 → 40', 'pitch 90 → 60']],
    [
      '#22/90/180',
      { zoom: 14, lat: 85.05112, lon: 180, bearing: 0, pitch: 0 },
      ['zoom 22 → 14', 'latitude 90 → 85.05'],
    ],
    ['#5/10/200', { zoom: 5, lat: 10, lon: -160, bearing: 0, pitch: 0 }, ['longitude 200 → -160']],
    ['#-3/-100/10', { zoom: 0, lat: -85, lon: 10, bearing: 0, pitch: 0 }, ['zoom -3 → 0', 'latitude -100 → -85.05']],
  ])('brings view %s within the map and says what it adjusted', (h, camera, adjusted) => {
    const { state, notices } = parse(`/${h}`);
    expect(state.camera).toEqual(camera);
    expect(notices).toHaveLength(1);
    for (const a of adjusted) expect(notices[0]).toContain(a);
    expect(notices[0]).not.toContain('could not be read');
  });
  it('keeps a view within range as it is, without a notice', () => {
    expect(parse('/#14/34.1/71.1/-360/60').notices).toEqual([]);
  });
  it.each(['TORKHAM', ' Torkham ', 'Spin-Boldak'])(
    'accepts place id %j in any case and with spaces, as the canonical id',
    (id) => {
      const { state, notices } = parse(`/?place=${encodeURIComponent(id)}`);
      expect(notices).toEqual([]);
      expect(state.place).toBe(id.trim().toLowerCase());
      expect(formatUrl(state)).toBe(`?place=${id.trim().toLowerCase()}`);
    },
  );
  it('takes a fragment that names an element of the page as an anchor, not a view', () => {
    const isAnchor = (f: string) => f === 'article';
    const r = parseUrl('?place=torkham', '#article', { ...ctx, isAnchor });
    expect(r.notices).toEqual([]);
    expect(r.anchor).toBe('article');
    expect(r.state.camera).toBeNull();
    expect(parseUrl('', '#5/30/66', { ...ctx, isAnchor }).anchor).toBeNull();
    expect(parseUrl('', '#nowhere', { ...ctx, isAnchor }).notices).toHaveLength(1);
  });
  it('reads an article id, first among the keys, in any case', () => {
    const { state, notices } = parse('/?article=A1B2C3D4E5F6&place=kabul');
    expect(notices).toEqual([]);
    expect(state.article).toBe('a1b2c3d4e5f6');
    expect(formatUrl(state)).toBe('?article=a1b2c3d4e5f6&place=kabul');
  });
  it.each(['xyz', '12345', 'a1b2c3d4e5f6a', '<script>'])('names article %j that is no id, and keeps the rest', (id) => {
    const { state, notices } = parse(`/?article=${encodeURIComponent(id)}&place=kabul`);
    expect(state.article).toBeNull();
    expect(state.place).toBe('kabul');
    expect(notices).toHaveLength(1);
  });
  it('takes the first of duplicated parameters and says so', () => {
    const { state, notices } = parse('/?place=kunar&place=bajaur');
    expect(state.place).toBe('kunar');
    expect(notices).toHaveLength(1);
  });
  it('keeps other parameters in order', () => {
    const { state } = parse('/?utm=a&place=kunar&x=1&x=2');
    expect(state.extra).toEqual([
      ['utm', 'a'],
      ['x', '1'],
      ['x', '2'],
    ]);
    expect(formatUrl(state)).toBe('?place=kunar&utm=a&x=1&x=2');
  });
  it('shortens huge values in notices', () => {
    const { notices } = parse(`/?place=${'a'.repeat(100_000)}`);
    expect(notices[0]!.length).toBeLessThan(120);
  });
});

describe('formatUrl', () => {
  it('writes the short canonical form', () => {
    expect(formatUrl({ article: null, place: 'torkham', passage: 20, camera: null, extra: [] })).toBe(
      '?place=torkham&passage=20',
    );
    expect(formatUrl({ article: null, place: null, passage: null, camera: null, extra: [] })).toBe('');
    expect(formatUrl({ article: 'a1b2c3d4e5f6', place: 'kabul', passage: 3, camera: null, extra: [['x', '1']] })).toBe(
      '?article=a1b2c3d4e5f6&place=kabul&passage=3&x=1',
    );
    expect(
      formatUrl({
        article: null,
        place: null,
        passage: null,
        camera: { zoom: 5.123, lat: 31.123456, lon: 66.987654, bearing: 0, pitch: 0 },
        extra: [],
      }),
    ).toBe('#5.12/31.12/66.99');
  });
  it('rounds the view to a precision that follows the zoom', () => {
    expect(precisionFor(2)).toBe(2);
    expect(precisionFor(10)).toBe(4);
    expect(roundCamera({ zoom: 10, lat: 34.123456789, lon: 71.1, bearing: -190, pitch: 0 }).bearing).toBe(170);
  });
});

const placeArb = fc.oneof(fc.constant(null), fc.constantFrom(...PLACES.map((p) => p.id)));
const cameraArb = fc.oneof(
  fc.constant(null),
  fc.record({
    zoom: fc.double({ min: 0, max: 14, noNaN: true }),
    lat: fc.double({ min: -85, max: 85, noNaN: true }),
    lon: fc.double({ min: -180, max: 180, noNaN: true }),
    bearing: fc.double({ min: -180, max: 180, noNaN: true }),
    pitch: fc.double({ min: 0, max: 60, noNaN: true }),
  }),
);
const keyArb = fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !['article', 'place', 'passage'].includes(k));
const articleArb = fc.oneof(fc.constant(null), fc.stringMatching(/^[0-9a-f]{12}$/));
const stateArb: fc.Arbitrary<UrlState> = fc.record({
  article: articleArb,
  place: placeArb,
  passage: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 66 })),
  camera: cameraArb.map((c) => (c ? roundCamera(c) : null)),
  extra: fc.array(fc.tuple(keyArb, fc.string({ maxLength: 8 })), { maxLength: 3 }),
});

/** Number of runs of each property; the fuzz of the parser runs 10,000 times. */
const RUNS = 1000;
const FUZZ_RUNS = 10_000;

describe('properties', () => {
  it('parses any string without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (search, hash) => {
        const { state } = parseUrl(search, hash, ctx);
        expect(state.place === null || placeById(state.place) !== undefined).toBe(true);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
  it('gives back the state it formatted', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        const u = new URL(formatUrl(s), 'http://x/');
        const { state, notices } = parseUrl(u.search, u.hash, ctx);
        expect(notices).toEqual([]);
        expect(state).toEqual(s);
      }),
      { numRuns: RUNS },
    );
  });
  it('formats canonically: format ∘ parse ∘ format = format', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        const once = formatUrl(s);
        const u = new URL(once, 'http://x/');
        expect(formatUrl(parseUrl(u.search, u.hash, ctx).state)).toBe(once);
      }),
      { numRuns: RUNS },
    );
  });
  it('never carries a value that is not ours into place', () => {
    fc.assert(
      fc.property(fc.string(), (v) => {
        const { state } = parseUrl(`?place=${encodeURIComponent(v)}`, '', ctx);
        expect(state.place === null || PLACES.some((p) => p.id === state.place)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
  it('leaves parseHash total on random hashes', () => {
    fc.assert(
      fc.property(fc.string(), (h) => {
        parseHash(h);
      }),
      { numRuns: RUNS },
    );
  });
  it('fits any numeric view within the map', () => {
    const num = fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => v.toFixed(3));
    fc.assert(
      fc.property(fc.array(num, { minLength: 3, maxLength: 5 }), (parts) => {
        const c = parseHash(parts.join('/'))!.camera;
        expect(c.zoom).toBeGreaterThanOrEqual(0);
        expect(c.zoom).toBeLessThanOrEqual(14);
        expect(Math.abs(c.lat)).toBeLessThanOrEqual(85.06);
        expect(Math.abs(c.lon)).toBeLessThanOrEqual(180);
        expect(c.bearing).toBeGreaterThanOrEqual(-180);
        expect(c.bearing).toBeLessThan(180);
        expect(c.pitch).toBeGreaterThanOrEqual(0);
        expect(c.pitch).toBeLessThanOrEqual(60);
      }),
      { numRuns: RUNS },
    );
  });
});
