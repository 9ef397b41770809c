import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  byRange,
  decodeGlyphRange,
  encodeGlyphRange,
  labelCodePoints,
  rangesOf,
  toPbfGlyph,
  type PbfGlyph,
} from './glyphs.ts';

describe('labelCodePoints', () => {
  it('takes every character as written and upper-cased, and the space, once each', () => {
    const points = labelCodePoints(['Spin Boldak', 'Côte'])
      .map((c) => String.fromCodePoint(c))
      .join('');
    expect(points).toBe(' ABCDEIKLNOPSTadeiklnoptÔô');
  });
});

describe('rangesOf', () => {
  it('names the 256-code-point files the characters fall in', () => {
    expect(rangesOf([0x2019, 0x20, 0x41, 0xf4, 0x2013])).toEqual(['0-255', '8192-8447']);
  });
  it('puts each glyph in the file of its range', () => {
    const g = (id: number) =>
      toPbfGlyph(id, { data: [], glyphWidth: 0, glyphHeight: 0, glyphTop: 0, glyphLeft: 0, glyphAdvance: 5 });
    const files = byRange([g(0x41), g(0x2019), g(0x20)]);
    expect([...files].map(([range, glyphs]) => [range, glyphs.map((x) => x.id)])).toEqual([
      ['0-255', [0x41, 0x20]],
      ['8192-8447', [0x2019]],
    ]);
  });
});

describe('toPbfGlyph', () => {
  it("moves TinySDF's metrics as MapLibre moves the glyphs it draws itself, in whole pixels", () => {
    const drawn = {
      data: new Uint8Array(16 * 23),
      glyphWidth: 10,
      glyphHeight: 17,
      glyphTop: 17,
      glyphLeft: 1,
      glyphAdvance: 13.6,
    };
    expect(toPbfGlyph(65, drawn)).toMatchObject({ id: 65, width: 10, height: 17, left: 2, top: -10, advance: 14 });
  });
  it('keeps a blank glyph (the space) as an advance without a bitmap', () => {
    const space = toPbfGlyph(32, {
      data: [],
      glyphWidth: 0,
      glyphHeight: 0,
      glyphTop: 0,
      glyphLeft: 0,
      glyphAdvance: 6.2,
    });
    expect(space).toMatchObject({ width: 0, height: 0, advance: 6 });
    expect(space.bitmap.length).toBe(0);
  });
});

describe('glyph range files', () => {
  const glyph = fc
    .record({
      id: fc.integer({ min: 0, max: 255 }),
      width: fc.integer({ min: 0, max: 30 }),
      height: fc.integer({ min: 0, max: 30 }),
      left: fc.integer({ min: -5, max: 5 }),
      top: fc.integer({ min: -40, max: 10 }),
      advance: fc.integer({ min: 0, max: 40 }),
    })
    .chain((g) =>
      fc
        .uint8Array({ minLength: (g.width + 6) * (g.height + 6), maxLength: (g.width + 6) * (g.height + 6) })
        .map((bitmap): PbfGlyph => ({ ...g, bitmap: g.width && g.height ? bitmap : new Uint8Array(0) })),
    );

  it('read back what was written, sorted by code point', () => {
    fc.assert(
      fc.property(fc.uniqueArray(glyph, { selector: (g) => g.id, maxLength: 12 }), (glyphs) => {
        const back = decodeGlyphRange(encodeGlyphRange('Some-Font', '0-255', glyphs));
        expect(back.name).toBe('Some-Font');
        expect(back.range).toBe('0-255');
        expect(back.glyphs).toEqual([...glyphs].sort((a, b) => a.id - b.id));
      }),
    );
  });
});
