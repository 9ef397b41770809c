// Pure parts of the glyph step: which characters the map's labels use, and the
// glyph range files (PBF) MapLibre reads for them. Drawing happens in build.ts.
import { PbfReader, PbfWriter } from 'pbf';

/** The size, padding and spread MapLibre expects of glyphs from a glyphs URL. */
export const GLYPH_SIZE = 24;
export const GLYPH_BUFFER = 3;
export const GLYPH_RADIUS = 8;
export const GLYPH_CUTOFF = 0.25;

/** A glyph as TinySDF draws it (the fields this step uses). */
export interface DrawnGlyph {
  data: ArrayLike<number>;
  glyphWidth: number;
  glyphHeight: number;
  glyphTop: number;
  glyphLeft: number;
  glyphAdvance: number;
}

/** A glyph as a range file carries it. */
export interface PbfGlyph {
  id: number;
  /** (width + 2 × buffer) × (height + 2 × buffer) signed distances; empty for a blank glyph. */
  bitmap: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

/**
 * Every character a label can show: the names as written and upper-cased (some
 * layers transform their text), plus the space. Code points, sorted.
 */
export function labelCodePoints(names: Iterable<string>): number[] {
  const points = new Set<number>([0x20]);
  for (const name of names) {
    for (const ch of name + name.toUpperCase()) points.add(ch.codePointAt(0)!);
  }
  return [...points].sort((a, b) => a - b);
}

/** The labels' own characters and a character set built in full, sorted. */
export function mapCodePoints(names: Iterable<string>, charset: Iterable<number>): number[] {
  const points = new Set(labelCodePoints(names));
  for (const c of charset) points.add(c);
  return [...points].sort((x, y) => x - y);
}

/** The 256-code-point range a code point falls in, as MapLibre names its file ("0-255"). */
export function rangeOf(codePoint: number): string {
  const start = Math.floor(codePoint / 256) * 256;
  return `${start}-${start + 255}`;
}

/** The ranges the code points fall in, in order. */
export function rangesOf(codePoints: readonly number[]): string[] {
  return [...new Set([...codePoints].sort((a, b) => a - b).map(rangeOf))];
}

/** Glyphs by the range file they go in. */
export function byRange(glyphs: readonly PbfGlyph[]): Map<string, PbfGlyph[]> {
  const out = new Map<string, PbfGlyph[]>();
  for (const g of glyphs) {
    const range = rangeOf(g.id);
    out.set(range, [...(out.get(range) ?? []), g]);
  }
  return out;
}

/**
 * TinySDF's metrics in the units of a glyph range file. MapLibre lines up the
 * glyphs it draws itself with server glyphs by moving them 27.5 px up and 0.5 px
 * right (its `topAdjustment` and `leftAdjustment`); the same shift here keeps the
 * labels where the browser-drawn ones were. Range files carry whole pixels.
 */
export function toPbfGlyph(codePoint: number, drawn: DrawnGlyph): PbfGlyph {
  const blank = drawn.glyphWidth === 0 || drawn.glyphHeight === 0;
  return {
    id: codePoint,
    bitmap: blank ? new Uint8Array(0) : Uint8Array.from(drawn.data),
    width: blank ? 0 : drawn.glyphWidth,
    height: blank ? 0 : drawn.glyphHeight,
    left: Math.round(drawn.glyphLeft + 0.5),
    top: Math.round(drawn.glyphTop - 27.5),
    advance: Math.round(drawn.glyphAdvance),
  };
}

/** One range file: `glyphs { fontstack { name, range, glyph* } }`, MapLibre's glyph PBF schema. */
export function encodeGlyphRange(fontstack: string, range: string, glyphs: readonly PbfGlyph[]): Uint8Array {
  const pbf = new PbfWriter();
  pbf.writeMessage(
    1,
    (stack: { name: string; range: string; glyphs: readonly PbfGlyph[] }, w: PbfWriter) => {
      w.writeStringField(1, stack.name);
      w.writeStringField(2, stack.range);
      for (const g of stack.glyphs) w.writeMessage(3, writeGlyph, g);
    },
    { name: fontstack, range, glyphs: [...glyphs].sort((a, b) => a.id - b.id) },
  );
  return pbf.finish();
}

function writeGlyph(g: PbfGlyph, w: PbfWriter) {
  w.writeVarintField(1, g.id);
  if (g.bitmap.length) w.writeBytesField(2, g.bitmap);
  w.writeVarintField(3, g.width);
  w.writeVarintField(4, g.height);
  w.writeSVarintField(5, g.left);
  w.writeSVarintField(6, g.top);
  w.writeVarintField(7, g.advance);
}

/** Reads a range file back (for tests and checks). */
export function decodeGlyphRange(buf: Uint8Array): { name: string; range: string; glyphs: PbfGlyph[] } {
  const out = { name: '', range: '', glyphs: [] as PbfGlyph[] };
  new PbfReader(buf).readFields((tag, o, pbf) => {
    if (tag !== 1) return;
    pbf.readMessage((t, stack: typeof out, p) => {
      if (t === 1) stack.name = p.readString();
      else if (t === 2) stack.range = p.readString();
      else if (t === 3) stack.glyphs.push(p.readMessage(readGlyph, emptyGlyph()));
    }, o);
  }, out);
  return out;
}

const emptyGlyph = (): PbfGlyph => ({
  id: 0,
  bitmap: new Uint8Array(0),
  width: 0,
  height: 0,
  left: 0,
  top: 0,
  advance: 0,
});

function readGlyph(tag: number, g: PbfGlyph, pbf: PbfReader) {
  if (tag === 1) g.id = pbf.readVarint();
  else if (tag === 2) g.bitmap = pbf.readBytes();
  else if (tag === 3) g.width = pbf.readVarint();
  else if (tag === 4) g.height = pbf.readVarint();
  else if (tag === 5) g.left = pbf.readSVarint();
  else if (tag === 6) g.top = pbf.readSVarint();
  else if (tag === 7) g.advance = pbf.readVarint();
}
