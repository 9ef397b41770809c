import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../places/claims.ts';
import { chunksOf } from './chunks.ts';
import { segmentsOf } from './segments.ts';

const mention = (start: number, end: number) => ({ placeId: 'kabul', start, end });

describe('chunksOf', () => {
  it('cuts after every `per` mentions and covers the passage', () => {
    const text = 'Kabul '.repeat(10);
    const ms = Array.from({ length: 10 }, (_, i) => mention(i * 6, i * 6 + 5));
    const chunks = chunksOf(text, ms, [], 4);
    expect(chunks.map((c) => c.mentions.length)).toEqual([4, 4, 2]);
    expect(chunks.map((c) => [c.start, c.end])).toEqual([
      [0, 23],
      [23, 47],
      [47, 60],
    ]);
  });
  it('gives one piece to a passage with few mentions', () => {
    expect(chunksOf('x'.repeat(40), [mention(0, 5)], [], 4)).toEqual([
      { start: 0, end: 40, mentions: [mention(0, 5)], claims: [] },
    ]);
  });
  it('cuts at the end of a sentence within reach, so a piece ends as prose does', () => {
    const text = 'Kabul and Kabul met. Then Kabul again. Kabul.';
    const ms = [0, 10, 26, 39].map((s) => mention(s, s + 5));
    const chunks = chunksOf(text, ms, [], 1);
    expect(chunks.map((c) => text.slice(c.start, c.end))).toEqual([
      'Kabul and Kabul met. ',
      'Then Kabul again. ',
      'Kabul.',
    ]);
  });
  it('never cuts inside a claim', () => {
    const claim = { passage: 1, start: 4, end: 30 } as unknown as Claim;
    const ms = [mention(0, 5), mention(10, 15), mention(20, 25), mention(35, 40)];
    const chunks = chunksOf('x'.repeat(50), ms, [claim], 1);
    for (const c of chunks) expect(c.start >= 30 || c.end <= 4 || (c.start <= 4 && c.end >= 30)).toBe(true);
  });
  it('pieces render to the same text as the whole passage', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(5), { maxLength: 60 }), fc.integer({ min: 1, max: 7 }), (gaps, per) => {
        let at = 0;
        const ms = gaps.map((g) => {
          at += g;
          const m = mention(at, at + 5);
          at += 5;
          return m;
        });
        const text = 'x'.repeat(at + 3);
        const chunks = chunksOf(text, ms, [], per);
        const joined = chunks
          .flatMap((c) => segmentsOf(text, c.mentions, c.claims, c.start, c.end))
          .map((s) => s.text)
          .join('');
        expect(joined).toBe(text);
        expect(chunks.flatMap((c) => c.mentions)).toEqual(ms);
        expect(chunks.every((c) => c.mentions.length <= per)).toBe(true);
        expect(chunks.every((c) => c.end > c.start)).toBe(true);
      }),
    );
  });
});
