import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.ts';

const utf16 = (s: string, le: boolean) => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i + (le ? 0 : 1)] = c & 0xff;
    out[2 + 2 * i + (le ? 1 : 0)] = c >> 8;
  }
  return out;
};

describe('decodeText', () => {
  const text = 'Café in Peshāwar, “Torkham”';
  it('reads UTF-8 with and without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(text);
    expect(decodeText(bytes)).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ text, encoding: 'utf-8' });
  });
  it('reads UTF-16 with a mark, either byte order', () => {
    expect(decodeText(utf16(text, true))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(utf16(text, false))).toEqual({ text, encoding: 'utf-16be' });
  });
  it('reads Latin-1 and Windows-1252 bytes as Windows-1252, and says so', () => {
    // "Café in Peshawar – “Kabul”" as a Windows editor saves it.
    const bytes = new Uint8Array([
      0x43, 0x61, 0x66, 0xe9, 0x20, 0x69, 0x6e, 0x20, 0x50, 0x65, 0x73, 0x68, 0x61, 0x77, 0x61, 0x72, 0x20, 0x96, 0x20,
      0x93, 0x4b, 0x61, 0x62, 0x75, 0x6c, 0x94,
    ]);
    expect(decodeText(bytes)).toEqual({ text: 'Café in Peshawar – “Kabul”', encoding: 'windows-1252' });
  });
  it('gives back any text saved as UTF-8 (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const r = decodeText(new TextEncoder().encode(s));
        expect(r.encoding).toBe('utf-8');
        expect(r.text).toBe(s.startsWith('\uFEFF') ? s.slice(1) : s);
      }),
    );
  });
});
