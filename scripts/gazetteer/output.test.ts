// Contract over the committed gazetteer: what the finder, the map and links rely on.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { articleData } from '../../src/core/article/article-data.ts';
import { parseArticle } from '../../src/core/article/passages.ts';
import { createPlaceFinder } from '../../src/core/places/finder/finder.ts';
import type { GazetteerFile } from '../../src/core/places/finder/gazetteer-file.ts';
import { PLACES } from '../../src/core/places/gazetteer.ts';
import { drawableLabel } from '../../src/map/label-charset.ts';
import * as v from 'valibot';
import { GazetteerFileSchema } from '../../src/core/places/schema.ts';
import { createMentionFinder, passagesOf } from '../../src/core/places/mentions.ts';
import { readPlaces } from '../geo/read-places.ts';

const read = (name: string) => readFileSync(new URL(`../../public/geo/${name}`, import.meta.url), 'utf8');
const raw = read('gazetteer.json');
const file = JSON.parse(raw) as GazetteerFile;
const places = readPlaces();
const feature = (id: string) => places.features.find((f) => f.properties!.id === id)!;
const durand = feature('durand-line') as Feature<LineString>;
const country = { AF: feature('afghanistan'), PK: feature('pakistan') } as Record<
  string,
  Feature<Polygon | MultiPolygon>
>;

describe('public/geo/gazetteer.json', () => {
  it('fits the schema the app parses it with', () => {
    expect(v.safeParse(GazetteerFileSchema, file).success).toBe(true);
  });
  it('stays within its budget of 80 KB gzip', () => {
    expect(gzipSync(raw).length).toBeLessThanOrEqual(80 * 1024);
  });
  it('has unique, readable, url-safe ids', () => {
    const ids = file.places.map((p) => p.i);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });
  it('keeps every seed id with its meaning: same name, kind and country', () => {
    for (const p of PLACES) {
      const e = file.places.find((x) => x.i === p.id);
      expect(e, p.id).toMatchObject({ n: p.name, k: p.kind, c: p.country });
    }
  });
  it('credits a source with a licence for every entry', () => {
    const sources = new Set(file.sources.map((s) => s.id));
    for (const e of file.places) expect(sources.has(e.s), e.i).toBe(true);
    for (const s of file.sources) expect(s.licence).not.toBe('');
  });
  it('puts every Afghan and Pakistani place inside its country, or within 10 km of its outline', () => {
    const outside: string[] = [];
    for (const e of file.places) {
      const c = country[e.c];
      if (!c || e.k === 'country' || e.k === 'crossing') continue;
      const pt = turf.point([e.x, e.y]);
      if (turf.booleanPointInPolygon(pt, c)) continue;
      // Every ring of the outline, holes included, as a line of its own.
      const lines = turf.flatten(turf.polygonToLine(c) as FeatureCollection<LineString | MultiLineString>).features;
      const km = Math.min(...lines.map((l) => turf.pointToLineDistance(pt, l, { units: 'kilometers' })));
      if (km > 10) outside.push(`${e.i} ${km.toFixed(1)} km`);
    }
    expect(outside).toEqual([]);
  });
  it('puts every crossing within 0.5 km of the Durand Line', () => {
    for (const e of file.places.filter((p) => p.k === 'crossing')) {
      expect(turf.pointToLineDistance([e.x, e.y], durand, { units: 'kilometers' }), e.i).toBeLessThanOrEqual(0.5);
    }
  });
  it('has names the map’s label glyphs can draw, every one', () => {
    expect(file.places.filter((p) => !drawableLabel(p.n)).map((p) => p.n)).toEqual([]);
    expect(drawableLabel('Spīn Bōldak')).toBe(true);
    expect(drawableLabel('Qal‘ah-ye Now')).toBe(true);
    expect(drawableLabel('پشاور')).toBe(false);
  });
  it('has the towns beyond the border a story names, each with an id no other place had', () => {
    const at = (id: string) => file.places.find((p) => p.i === id);
    expect(at('zahedan')).toMatchObject({ n: 'Zahedan', k: 'town', c: 'IR', p: 'sistan-and-baluchestan' });
    expect(at('khorugh')).toMatchObject({ c: 'TJ', a: expect.arrayContaining(['Khorog']) });
    expect(at('dubai')).toMatchObject({ c: 'AE' });
    // Iran's Kerman province keeps its id; the town beside it takes the country's code.
    expect(at('kerman')).toMatchObject({ k: 'province', c: 'IR' });
    expect(at('kerman-ir')).toMatchObject({ k: 'town', c: 'IR', p: 'kerman' });
    // An Afghan or Pakistani name stays its place's alone: Zabul's spelling, Sindh's Hyderabad.
    expect(file.places.filter((p) => p.n === 'Zabol' || (p.n === 'Hyderabad' && p.c !== 'PK'))).toEqual([]);
  });
  it('names the districts and crossings a border story is made of', () => {
    const ids = new Set(file.places.map((p) => p.i));
    for (const id of [
      'wana',
      'south-waziristan',
      'ghulam-khan',
      'angoor-adda',
      'kharlachi',
      'arandu',
      'nawa-pass',
      'gursal',
      'badini',
      'mohmand',
      'malakand',
      'upper-dir',
      'lower-dir',
      'kurram',
      'khyber',
      'orakzai',
      'wesh',
      'landi-kotal',
      'miranshah',
      'khar',
      'drosh',
      'barg-e-matal',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});

describe('the seed under the new finder', () => {
  it('keeps its place index exactly: the same passages for every place', () => {
    const text = readFileSync(new URL('../../src/article/default-article.txt', import.meta.url), 'utf8');
    const article = parseArticle(text, '');
    const before = articleData('default', article, createMentionFinder(PLACES), PLACES);
    const after = articleData('default', article, createPlaceFinder(file.places), PLACES);
    for (const p of PLACES) expect(passagesOf(after.index, p.id), p.id).toEqual(passagesOf(before.index, p.id));
  });

  it('holds the neighbours’ first-level divisions under their country, framed by their bounds, named as the news names them', () => {
    const find = createPlaceFinder(file.places);
    const text =
      'Refugees crossed into Iran’s Sistan-Baluchestan; China’s Xinjiang borders Gorno-Badakhshan, and Indian-administered Kashmir was tense. Mary said Punjab and Kashmir were calm.';
    const ids = find(text).map((m) => [text.slice(m.start, m.end), m.placeId]);
    expect(ids).toEqual([
      ['Iran’s', 'iran'],
      ['Sistan-Baluchestan', 'sistan-and-baluchestan'],
      ['China’s', 'china'],
      ['Xinjiang', 'xinjiang'],
      ['Gorno-Badakhshan', 'gorno-badakhshan'],
      ['Indian-administered Kashmir', 'jammu-and-kashmir'],
      // A bare "Mary" is a person; a bare Punjab is Pakistan's.
      ['Punjab', 'punjab'],
      ['Kashmir', 'kashmir'],
    ]);
    const xinjiang = file.places.find((e) => e.i === 'xinjiang')!;
    expect(xinjiang).toMatchObject({ k: 'province', c: 'CN', p: 'china' });
    expect(xinjiang.b![0]).toBeLessThan(xinjiang.x);
    expect(xinjiang.b![2]).toBeGreaterThan(xinjiang.x);
  });
});
