// The export writers: places as GeoJSON and CSV, and the article bundle.
import { readFileSync } from 'node:fs';
import { check } from '@placemarkio/check-geojson';
import { booleanClockwise } from '@turf/turf';
import fc from 'fast-check';
import type { Geometry, Polygon, Position } from 'geojson';
import Papa from 'papaparse';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { articleData } from '../core/article/article-data.ts';
import { DEFAULT_ARTICLE, DEFAULT_ARTICLE_DATA, DEFAULT_TEXT } from '../article/default-article.ts';
import { PLACES } from '../core/places/gazetteer.ts';
import { contentId } from '../core/article/readers/content-id.ts';
import { placesOf } from '../map/geodata.ts';
import { factsOf } from '../core/places/place-data.ts';
import { BUNDLE_FORMAT, readBundle, writeBundle, type ArticleBundle } from '../core/export/bundle.ts';
import { CSV_COLUMNS, placesCsv } from '../core/export/csv.ts';
import { exportName, slug } from '../core/export/file-names.ts';
import { placesGeoJson } from '../core/export/geojson.ts';
import { exportPlaces, type ExportPlace } from '../core/export/places.ts';

const topo = JSON.parse(
  readFileSync(new URL('../../public/geo/places.topo.json', import.meta.url), 'utf8'),
) as Topology;
const shipped = new Map(placesOf(topo)!.features.map((f) => [String(f.properties!.id), f.geometry]));
const shapeOf = (id: string): Geometry | null =>
  shipped.get(id) ?? (factsOf(id) ? { type: 'Point', coordinates: [...factsOf(id)!.anchor] } : null);
const pointOf = (id: string) => factsOf(id)?.anchor ?? null;

/** Every ring of a polygon geometry, exterior first. */
const polygons = (g: Geometry): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
const windingErrors = (g: Geometry) =>
  polygons(g).flatMap((rings) =>
    rings.filter((ring, i) => booleanClockwise(ring) !== i > 0).map((_, i) => (i === 0 ? 'exterior' : 'hole')),
  );

describe('the places of an article', () => {
  const places = exportPlaces(DEFAULT_ARTICLE_DATA, new Map([['torkham', 1_161_580]]));

  it('lists every place named, in the order the article first names them, with every mention’s words', () => {
    expect(places).toHaveLength(DEFAULT_ARTICLE_DATA.mentionedIds.length);
    expect(places[0]!.id).toBe('kabul');
    const torkham = places.find((p) => p.id === 'torkham')!;
    expect(torkham).toMatchObject({ name: 'Torkham', kind: 'crossing', country: 'PK', geonames: 1_161_580 });
    expect(torkham.mentions[0]).toEqual({ passage: 20, text: 'Torkham', corrected: false });
    const pakistan = places.find((p) => p.id === 'pakistan')!;
    expect(pakistan.mentions.map((m) => m.text)).toContain('Pakistan’s');
    expect(pakistan.geonames).toBeNull();
  });
});

describe('a corrected place in the export', () => {
  it('says corrected for a place the reader assigned or added, and not for the others', () => {
    const data = articleData(DEFAULT_ARTICLE_DATA.id, DEFAULT_ARTICLE, DEFAULT_ARTICLE_DATA.find, PLACES, {
      corrections: [{ every: true, words: 'Torkham', placeId: 'chaman' }],
      userPlaces: [],
    });
    const places = exportPlaces(data);
    expect(places.find((p) => p.id === 'chaman')?.corrected).toBe(true);
    expect(places.find((p) => p.id === 'kabul')?.corrected).toBe(false);
    expect(placesGeoJson(places, shapeOf).features.find((f) => f.id === 'chaman')?.properties?.corrected).toBe(true);
    const rows = Papa.parse<Record<string, string>>(placesCsv(places, pointOf), { header: true }).data;
    const chaman = rows.filter((r) => r.place_id === 'chaman');
    expect(chaman.filter((r) => r.corrected === 'true').map((r) => r.passage)).toEqual(['20']);
    expect(chaman.some((r) => r.corrected === 'false')).toBe(true);
  });
});

describe('places as GeoJSON', () => {
  const places = exportPlaces(DEFAULT_ARTICLE_DATA);
  const out = placesGeoJson(places, shapeOf);

  it('is valid GeoJSON, one feature per place with the place id and its properties', () => {
    expect(() => check(JSON.stringify(out))).not.toThrow();
    expect(out.features.map((f) => f.id)).toEqual(places.map((p) => p.id));
    const durand = out.features.find((f) => f.id === 'durand-line')!;
    expect(durand.geometry.type).toMatch(/LineString/);
    expect(durand.properties).toMatchObject({
      name: 'Durand Line',
      kind: 'border',
      gazetteer: { id: 'durand-line' },
      uncertain: false,
      corrected: false,
    });
  });

  it('follows the right-hand rule (RFC 7946), where many shipped rings do not, and leaves the shipped shapes as they are', () => {
    const shippedErrors = [...shipped.values()].flatMap(windingErrors);
    expect(shippedErrors.length).toBeGreaterThan(0);
    const polygonal = out.features.filter((f) => polygons(f.geometry).length > 0);
    expect(polygonal.length).toBeGreaterThan(5);
    expect(polygonal.flatMap((f) => windingErrors(f.geometry))).toEqual([]);
    expect([...shipped.values()].flatMap(windingErrors)).toEqual(shippedErrors);
  });

  it('rewinds any polygon to the right-hand rule, keeping its points, and gives back every place and mention (property)', () => {
    // A ring around a centre, in either direction, as an exterior or a hole of one.
    const ring = (cx: number, cy: number, r: number, n: number, clockwise: boolean): Position[] => {
      const pts = Array.from({ length: n }, (_, i) => {
        const a = ((clockwise ? -1 : 1) * 2 * Math.PI * i) / n;
        return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
      });
      return [...pts, pts[0]!];
    };
    const shape = fc
      .record({
        cx: fc.double({ min: -170, max: 170, noNaN: true }),
        cy: fc.double({ min: -80, max: 80, noNaN: true }),
        n: fc.integer({ min: 3, max: 12 }),
        outerCw: fc.boolean(),
        hole: fc.option(fc.boolean(), { nil: undefined }),
      })
      .map(({ cx, cy, n, outerCw, hole }): Polygon => ({
        type: 'Polygon',
        coordinates: [ring(cx, cy, 5, n, outerCw), ...(hole === undefined ? [] : [ring(cx, cy, 2, n, hole)])],
      }));
    const mention = fc.record({
      passage: fc.integer({ min: 1, max: 99 }),
      text: fc.string({ minLength: 1 }),
      corrected: fc.boolean(),
    });
    const place = fc.record({
      id: fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/),
      name: fc.string({ minLength: 1 }),
      kind: fc.constantFrom('province', 'town'),
      country: fc.constantFrom('AF', 'PK', ''),
      geonames: fc.option(fc.integer({ min: 1, max: 9_999_999 }), { nil: null }),
      mentions: fc.array(mention, { minLength: 1, maxLength: 3 }),
      uncertain: fc.boolean(),
      corrected: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(place, shape), { selector: ([p]) => p.id, maxLength: 6 }), (pairs) => {
        const shapes = new Map(pairs.map(([p, g]) => [p.id, g]));
        const out = JSON.parse(
          JSON.stringify(
            placesGeoJson(
              pairs.map(([p]) => p),
              (id) => shapes.get(id) ?? null,
            ),
          ),
        );
        expect(() => check(JSON.stringify(out))).not.toThrow();
        expect(out.features.map((f: { id: string }) => f.id)).toEqual(pairs.map(([p]) => p.id));
        for (const [i, [p, g]] of pairs.entries()) {
          const f = out.features[i];
          expect(windingErrors(f.geometry)).toEqual([]);
          const sorted = (rings: Position[][]) => rings.map((r) => r.map((q) => q.join()).sort());
          expect(sorted(f.geometry.coordinates)).toEqual(sorted(g.coordinates));
          expect(f.properties.mentions).toEqual(p.mentions);
          expect(f.properties.name).toBe(p.name);
          expect(f.properties.gazetteer).toEqual(
            p.geonames === null ? { id: p.id } : { id: p.id, geonames: p.geonames },
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives a place with no shape a point, and leaves out a place with neither', () => {
    const one: ExportPlace = { ...places[0]!, id: 'nowhere' };
    expect(placesGeoJson([one], () => null).features).toEqual([]);
    const ring: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [0, 1],
          [1, 1],
          [0, 0],
        ],
      ],
    };
    const [f] = placesGeoJson([one], () => ring).features;
    expect(windingErrors(f!.geometry)).toEqual([]);
    expect(ring.coordinates[0]![1]).toEqual([0, 1]);
  });
});

describe('places as CSV', () => {
  const parse = (csv: string) => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    return Papa.parse<Record<string, unknown>>(csv.slice(1), {
      header: true,
      dynamicTyping: true,
      skipEmptyLines: true,
    });
  };

  it('has one row per mention, quoted text, and coordinates that stay numbers', () => {
    const places = exportPlaces(DEFAULT_ARTICLE_DATA);
    const csv = placesCsv(places, pointOf);
    const { data, meta } = parse(csv);
    expect(meta.fields).toEqual([...CSV_COLUMNS]);
    expect(data).toHaveLength(places.reduce((n, p) => n + p.mentions.length, 0));
    expect(data.find((r) => r.place_id === 'torkham')).toMatchObject({
      name: 'Torkham',
      passage: 20,
      longitude: 71.085,
      latitude: 34.115,
    });
    expect(csv).toContain('"torkham","Torkham","crossing","PK",,20,"Torkham",71.085,34.115,false,false');
  });

  // What a spreadsheet would run: OWASP's list of formula starts.
  const FORMULA = /^[=+\-@\t\r]/;

  it('gives back every place and mention it was given, with formulas neutralised and numbers as numbers (property)', () => {
    const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 });
    const risky = fc.oneof(text, fc.constantFrom('=SUM(A1)', '+1', '-2', '@cmd', '\tx', '\r=1', '=1\n2', '"a,b"'));
    const place = fc.record({
      id: fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/),
      name: risky,
      kind: fc.constantFrom('town', 'province', 'crossing'),
      country: fc.constantFrom('AF', 'PK', ''),
      geonames: fc.option(fc.integer({ min: 1, max: 99_999_999 }), { nil: null }),
      mentions: fc.array(
        fc.record({ passage: fc.integer({ min: 1, max: 500 }), text: risky, corrected: fc.boolean() }),
        {
          minLength: 1,
          maxLength: 4,
        },
      ),
      uncertain: fc.boolean(),
      corrected: fc.boolean(),
    });
    const lonLat = fc.tuple(
      fc.double({ min: -180, max: 180, noNaN: true }),
      fc.double({ min: -90, max: 90, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.uniqueArray(place, { selector: (p) => p.id, maxLength: 5 }), lonLat, (places, point) => {
        const { data } = parse(placesCsv(places, () => point));
        const back = (cell: unknown, was: string) => {
          // A neutralised cell is the text with an apostrophe in front; nothing else changes.
          const s = String(cell ?? '');
          return FORMULA.test(was) ? s === `'${was}` : s === was || Number(s) === Number(was);
        };
        const expected = places.flatMap((p) => p.mentions.map((m) => ({ p, m })));
        expect(data).toHaveLength(expected.length);
        expected.forEach(({ p, m }, i) => {
          const row = data[i]!;
          expect(back(row.name, p.name), `name ${JSON.stringify(p.name)} → ${JSON.stringify(row.name)}`).toBe(true);
          expect(back(row.mention, m.text), `mention ${JSON.stringify(m.text)} → ${JSON.stringify(row.mention)}`).toBe(
            true,
          );
          expect(row.passage).toBe(m.passage);
          // Numbers, equal as numbers (a CSV has no negative zero).
          expect(row.longitude === point[0] && row.latitude === point[1]).toBe(true);
          expect(row.geonames_id).toBe(p.geonames);
          expect(row.uncertain).toBe(p.uncertain);
          expect(row.corrected).toBe(m.corrected);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('the article bundle', () => {
  const bundleOf = async (over: Partial<ArticleBundle> = {}): Promise<Omit<ArticleBundle, 'format'>> => ({
    id: await contentId(DEFAULT_TEXT),
    articleFormat: 'text',
    text: DEFAULT_TEXT,
    title: 'Islamabad and Kabul',
    source: 'Azad News HD',
    passages: [{ n: 1, kind: 'title', text: 'Islamabad and Kabul' }],
    corrections: [{ passage: 20, words: 'Chaman', occurrence: 1, placeId: null }],
    userPlaces: [],
    gazetteer: 'gazetteer-2026-11',
    exportedAt: '2026-11-29T12:00:00.000Z',
    ...over,
  });

  it('reads back what it wrote, versioned', async () => {
    const b = await bundleOf();
    const json = writeBundle(b);
    expect(JSON.parse(json).format).toBe(BUNDLE_FORMAT);
    expect(await readBundle(json)).toEqual({ ok: true, bundle: { format: BUNDLE_FORMAT, ...b } });
  });

  it('refuses every kind of bad bundle, saying why', async () => {
    const good = JSON.parse(writeBundle(await bundleOf())) as Record<string, unknown>;
    const bad = async (value: unknown) => {
      const r = await readBundle(typeof value === 'string' ? value : JSON.stringify(value), '“x.json”');
      expect(r.ok).toBe(false);
      return r.ok ? '' : r.message;
    };
    expect(await bad('{"format": ')).toBe('“x.json” is not valid JSON.');
    expect(await bad([1, 2])).toMatch(/not a Border Explorer article bundle/);
    expect(await bad({ type: 'FeatureCollection', features: [] })).toMatch(/not a Border Explorer article bundle/);
    expect(await bad({ ...good, format: 'border-explorer/article@2' })).toMatch(
      /another version \(border-explorer\/article@2\)/,
    );
    expect(await bad({ ...good, text: undefined })).toMatch(/damaged bundle: text/);
    expect(await bad({ ...good, passages: 'all' })).toMatch(/damaged bundle: passages/);
    expect(await bad({ ...good, corrections: [{ passage: 0, words: 'x', occurrence: 1, placeId: null }] })).toMatch(
      /damaged bundle: corrections\.0\.passage/,
    );
    expect(await bad({ ...good, script: '<script>' })).toMatch(/damaged bundle/);
    expect(await bad({ ...good, id: 'not-an-id' })).toMatch(/damaged bundle: id/);
    expect(await bad({ ...good, id: `z${String(good.id)}` })).toMatch(/damaged bundle: id/);
    expect(await bad({ ...good, id: `${String(good.id)}0` })).toMatch(/damaged bundle: id/);
    // JSON that is not an object, or names no format as text, is no bundle at all.
    for (const value of ['null', '"border-explorer/article@1"', '42', JSON.stringify({ format: 1 })]) {
      expect(await bad(value)).toBe('“x.json” is not a Border Explorer article bundle.');
    }
    expect(await bad({ ...good, format: 'geojson' })).toMatch(/not a Border Explorer article bundle/);
    // Another version's name is quoted, cut short.
    expect(await bad({ ...good, format: `border-explorer/article@${'9'.repeat(200)}` })).toMatch(
      /another version \(border-explorer\/article@9{36}\);/,
    );
    expect(((await readBundle('[')) as { message: string }).message).toBe('The file is not valid JSON.');
    expect(await bad({ ...good, text: `${DEFAULT_TEXT} And one more sentence.` })).toMatch(
      /text does not match its id/,
    );
  });
});

describe('file names', () => {
  it('carry the title as a slug and the id', () => {
    expect(slug('Islamabad and Kabul in a Diplomatic Tug of War: Last-Ditch Efforts')).toBe(
      'islamabad-and-kabul-in-a-diplomatic-tug-of-war-last-ditch',
    );
    expect(slug('Spīn Bōldak — ‘closed’')).toBe('spin-boldak-closed');
    expect(slug('کابل')).toBe('article');
    expect(exportName('Torkham reopens', '0123456789ab', 'places', 'geojson')).toBe(
      'torkham-reopens-0123456789ab-places.geojson',
    );
  });
});
