// Contract over the committed glyph files: every label can be drawn from them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { GLYPHS_URL, LABEL_FONT } from '../../src/map/layers.ts';
import { labelCharset } from '../../src/map/label-charset.ts';
import { decodeGlyphRange, mapCodePoints, rangesOf } from './glyphs.ts';
import { readPlaces } from '../geo/read-places.ts';

const root = new URL('../../', import.meta.url);
const names = [
  readPlaces(),
  JSON.parse(readFileSync(new URL('public/geo/context.geojson', root), 'utf8')) as FeatureCollection,
].flatMap((fc) => fc.features.map((f) => String(f.properties!.name)));
const file = (range: string) =>
  new URL(`public/${GLYPHS_URL.replace('{fontstack}', LABEL_FONT).replace('{range}', range)}`, root);

describe(`public/glyphs/${LABEL_FONT}`, () => {
  const needed = mapCodePoints(names, labelCharset());

  it('has a file for every range the labels use, and no other', () => {
    const ranges = rangesOf(needed);
    for (const range of ranges) expect(existsSync(file(range)), range).toBe(true);
    expect(readdirSync(new URL(`public/glyphs/${LABEL_FONT}/`, root)).sort()).toEqual(
      ranges.map((r) => `${r}.pbf`).sort(),
    );
  });

  it('travels with the font licence', () => {
    expect(readFileSync(new URL(`public/glyphs/${LABEL_FONT}.LICENSE.txt`, root), 'utf8')).toMatch(
      /SIL Open Font License, Version 1\.1/,
    );
  });

  it('draws every character of every label and every Latin letter, and only those', () => {
    const shipped = rangesOf(needed).flatMap((range) => {
      const { name, glyphs } = decodeGlyphRange(readFileSync(file(range)));
      expect(name).toBe(LABEL_FONT);
      return glyphs;
    });
    expect(shipped.map((g) => g.id)).toEqual(needed);
    for (const g of shipped) {
      expect(g.bitmap.length, String.fromCodePoint(g.id)).toBe(
        g.width && g.height ? (g.width + 6) * (g.height + 6) : 0,
      );
      if (g.id !== 0x20) expect(g.width * g.height, String.fromCodePoint(g.id)).toBeGreaterThan(0);
    }
  });
});
