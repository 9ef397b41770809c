// Glyph step of the data pipeline: draws the label font's glyphs as signed
// distance fields, only for the characters the map's labels use, and writes them
// as the glyph range files MapLibre reads (public/glyphs/<font>/<range>.pbf).
//
// Without them MapLibre downloads the font and draws every glyph on the page's
// main thread while the map loads. The drawing here is MapLibre's own (TinySDF
// in a browser, so the font is rasterised as a browser does); run it after the
// geodata step: `npm run build:geo`.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { FeatureCollection } from 'geojson';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../chromium.mjs';
import { LABEL_FONT } from '../../src/map/layers.ts';
import { labelCharset } from '../../src/map/label-charset.ts';
import { readPlaces } from '../geo/read-places.ts';
import {
  byRange,
  encodeGlyphRange,
  GLYPH_BUFFER,
  GLYPH_CUTOFF,
  GLYPH_RADIUS,
  GLYPH_SIZE,
  mapCodePoints,
  toPbfGlyph,
  type DrawnGlyph,
} from './glyphs.ts';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
/** The font's subsets that hold Latin and Latin Extended, loaded as one family. */
const FONT_FILES = ['latin', 'latin-ext', 'vietnamese'].map((subset) =>
  require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-400-normal.woff2`),
);
const FONT_LICENCE = require.resolve('@fontsource/noto-sans/LICENSE');
const TINY_SDF = require.resolve('@mapbox/tiny-sdf');

const names: string[] = [];
for (const fc of [
  readPlaces(),
  JSON.parse(readFileSync(join(root, 'public/geo/context.geojson'), 'utf8')) as FeatureCollection,
]) {
  for (const f of fc.features) if (typeof f.properties?.name === 'string') names.push(f.properties.name);
}
const codePoints = mapCodePoints(names, labelCharset());

const browser = await chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS });
let drawn: DrawnGlyph[];
try {
  const page = await browser.newPage();
  // TinySDF is an ES module: the page's own module script hands its class to the window.
  await page.addScriptTag({ type: 'module', content: `${readFileSync(TINY_SDF, 'utf8')}\nwindow.TinySDF = TinySDF;` });
  await page.waitForFunction(() => 'TinySDF' in window);
  drawn = await page.evaluate(
    async ({ fonts, chars, options }) => {
      for (const font of fonts) {
        const face = new FontFace(
          'label-font',
          Uint8Array.from(atob(font), (c) => c.charCodeAt(0)),
        );
        document.fonts.add(await face.load());
      }
      type Sdf = { draw(ch: string): DrawnGlyph & { data: Uint8ClampedArray } };
      const TinySDF = (window as unknown as { TinySDF: new (o: object) => Sdf }).TinySDF;
      const sdf = new TinySDF({ ...options, fontFamily: 'label-font' });
      return chars.map((ch) => {
        const g = sdf.draw(ch);
        return { ...g, data: Array.from(g.data) };
      });
    },
    {
      fonts: FONT_FILES.map((f) => readFileSync(f).toString('base64')),
      chars: codePoints.map((c) => String.fromCodePoint(c)),
      options: { fontSize: GLYPH_SIZE, buffer: GLYPH_BUFFER, radius: GLYPH_RADIUS, cutoff: GLYPH_CUTOFF },
    },
  );
} finally {
  await browser.close();
}

const dir = join(root, 'public/glyphs', LABEL_FONT);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const glyphs = codePoints.map((c, i) => toPbfGlyph(c, drawn[i]!));
for (const [range, inRange] of byRange(glyphs)) {
  writeFileSync(join(dir, `${range}.pbf`), encodeGlyphRange(LABEL_FONT, range, inRange));
}
// The glyphs are drawn from the font: its licence (SIL OFL 1.1) travels with them.
copyFileSync(FONT_LICENCE, join(root, 'public/glyphs', `${LABEL_FONT}.LICENSE.txt`));
console.log(`glyphs: ${codePoints.length} characters of ${LABEL_FONT} in ${readdirSync(dir).join(', ')}`);
