import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentId } from '../article/readers/content-id.ts';
import { DICTIONARY_A1 } from './dictionary-a1.ts';
import { CODEC, decodeArticle, encodeArticle, MAX_INFLATED_BYTES, type CarriedArticle } from './link-codec.ts';

const article = (text: string, over: Partial<CarriedArticle> = {}): CarriedArticle => ({
  format: 'text',
  text,
  title: text.split('\n')[0]!,
  source: 'Wikinews',
  corrections: [{ passage: 2, words: 'Torkham', occurrence: 1, placeId: null }],
  userPlaces: [],
  ...over,
});

const STORY = 'Trade resumes at Torkham\n\nTrucks crossed at Torkham and Chaman on Monday, officials said.';

describe('the link codec', () => {
  it('round-trips any Unicode text with its title, source and corrections', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }), async (text) => {
        const a = article(text);
        const payload = encodeArticle(a);
        expect(payload.startsWith(`${CODEC}.`)).toBe(true);
        expect(payload).toMatch(/^[a-z0-9]+\.[A-Za-z0-9_-]+$/);
        expect(await decodeArticle(payload, await contentId(text))).toEqual({ ok: true, article: a });
      }),
      { numRuns: 60 },
    );
  });

  it('refuses every prefix of a valid payload, cleanly', async () => {
    const payload = encodeArticle(article(STORY));
    const id = await contentId(STORY);
    for (let n = 0; n < payload.length; n++) {
      const r = await decodeArticle(payload.slice(0, n), id);
      expect(r.ok, `prefix of ${n}`).toBe(false);
    }
  });

  it('catches any one-character change of the text', async () => {
    const id = await contentId(STORY);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(STORY.length - 1),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
        async (at, ch) => {
          const changed = STORY.slice(0, at) + ch + STORY.slice(at + 1);
          fc.pre((await contentId(changed)) !== id);
          expect(await decodeArticle(encodeArticle(article(changed)), id)).toEqual({
            ok: false,
            reason: 'text-mismatch',
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('stops inflating a crafted bomb at the limit', async () => {
    // 64 MB of one byte deflates to a few dozen KB.
    const zeros = new Blob([new Uint8Array(64 * 1024 * 1024).fill(0x20)]).stream();
    const bomb = new Uint8Array(
      await new Response(zeros.pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer(),
    );
    expect(bomb.length).toBeLessThan(MAX_INFLATED_BYTES / 10);
    let binary = '';
    for (const b of bomb) binary += String.fromCharCode(b);
    const payload = `${CODEC}.${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    expect(await decodeArticle(payload, 'ffffffffffff')).toEqual({ ok: false, reason: 'too-large' });
  });

  it('names what is wrong with a payload that is not one', async () => {
    const id = await contentId(STORY);
    const good = encodeArticle(article(STORY));
    expect(await decodeArticle('', id)).toEqual({ ok: false, reason: 'empty' });
    expect(await decodeArticle(`${CODEC}.`, id)).toEqual({ ok: false, reason: 'empty' });
    expect(await decodeArticle(`${good.slice(0, 20)}<script>`, id)).toEqual({ ok: false, reason: 'bad-characters' });
    expect(await decodeArticle(good.replace(/^a1\./, 'z9.'), id)).toEqual({
      ok: false,
      reason: 'unknown-version',
      version: 'z9',
    });
    const notJson = encodeArticle(article(STORY, { format: 'pdf' as 'text' }));
    expect(await decodeArticle(notJson, id)).toEqual({ ok: false, reason: 'damaged' });
    const badFix = encodeArticle(
      article(STORY, { corrections: [{ passage: 0, words: '', occurrence: 1, placeId: '<b>' }] }),
    );
    expect(await decodeArticle(badFix, id)).toEqual({ ok: false, reason: 'bad-corrections' });
  });

  it('keeps the dictionary of codec a1 byte for byte (links made with it are read with it)', async () => {
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', DICTIONARY_A1 as BufferSource));
    const hex = [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect({ bytes: DICTIONARY_A1.length, hex }).toEqual({
      bytes: 3247,
      hex: 'a6a013948d205848dae5cb0919aa0904d056667d9f157a4d066954c88232d210',
    });
  });
});
