import { describe, expect, it } from 'vitest';
import { contentId } from '../core/article/readers/content-id.ts';
import { BUNDLE_FORMAT, type ArticleBundle } from '../core/export/bundle.ts';
import { differs, keptFrom, LIBRARY_FORMAT, readLibraryFile } from './import-bundle.ts';
import { memoryLibrary } from './library.ts';
import { SEED_KEY } from '../corrections/user-places.ts';

const SEED = 'aaaaaaaaaaaa';

const bundle = async (text: string, over: Partial<ArticleBundle> = {}): Promise<ArticleBundle> => ({
  format: BUNDLE_FORMAT,
  id: await contentId(text),
  articleFormat: 'text',
  text,
  title: text.split('\n')[0]!,
  source: 'X',
  passages: [],
  corrections: [],
  userPlaces: [],
  gazetteer: 'gazetteer-1',
  exportedAt: '2026-11-29T12:00:00.000Z',
  ...over,
});

describe('a library file', () => {
  it('sorts its articles against the library: new, the same, kept differently, and refused with why', async () => {
    const lib = memoryLibrary();
    const same = await bundle('Same\n\nOn Kabul.');
    const mine = await bundle('Mine\n\nOn Chaman.');
    await lib.put(keptFrom(same));
    await lib.put({ ...keptFrom(mine), title: 'My own title' });
    const fresh = await bundle('Fresh\n\nOn Torkham.');
    const broken = { ...(await bundle('Broken\n\nOn Quetta.')), id: 'ffffffffffff' };
    const r = await readLibraryFile(
      { format: LIBRARY_FORMAT, articles: [fresh, same, mine, broken, 'nonsense'] },
      lib,
      '“lib.json”',
      SEED,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.result.fresh.map((a) => a.title)).toEqual(['Fresh']);
    expect(r.result.same.map((a) => a.title)).toEqual(['Same']);
    expect(r.result.conflicts.map((a) => a.title)).toEqual(['Mine']);
    expect(r.result.refused).toEqual([
      'Article 4 has been changed: its text does not match its id.',
      'Article 5 is not a Border Explorer article bundle.',
    ]);
    // Reading changes nothing.
    expect((await lib.list()).map((a) => a.title).sort()).toEqual(['My own title', 'Same']);
  });

  it('of another version, or without articles, is refused', async () => {
    const lib = memoryLibrary();
    expect(await readLibraryFile({ format: 'border-explorer/library@9', articles: [] }, lib, 'It', SEED)).toEqual({
      ok: false,
      message: `It is a library of another version; this explorer reads ${LIBRARY_FORMAT}.`,
    });
    expect(await readLibraryFile({ format: LIBRARY_FORMAT }, lib, 'It', SEED)).toMatchObject({ ok: false });
  });
});

describe('one article per id', () => {
  it('a file holding an article three times counts it once, the last copy read, and says so', async () => {
    const lib = memoryLibrary();
    const text = 'Thrice\n\nOn Kabul.';
    const copies = [
      await bundle(text, { source: 'one' }),
      await bundle(text, { source: 'two' }),
      await bundle(text, { source: 'three' }),
    ];
    const r = await readLibraryFile({ format: LIBRARY_FORMAT, articles: copies }, lib, 'It', SEED);
    if (!r.ok) throw new Error(r.message);
    expect(r.result.fresh.map((a) => a.source)).toEqual(['three']);
    expect(r.result.repeated).toEqual([{ title: 'Thrice', copies: 3 }]);
  });
  it('the default article in a library file is its corrections, under the default article’s own key', async () => {
    const seedText = 'The default\n\nOn Torkham.';
    const seedBundle = await bundle(seedText, {
      corrections: [{ passage: 2, words: 'Torkham', occurrence: 1, placeId: null }],
    });
    const r = await readLibraryFile(
      { format: LIBRARY_FORMAT, articles: [seedBundle] },
      memoryLibrary(),
      'It',
      seedBundle.id,
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.result.fresh).toHaveLength(1);
    expect(r.result.fresh[0]).toMatchObject({ id: SEED_KEY, text: '', corrections: seedBundle.corrections });
  });
});

describe('differs', () => {
  it('is true when the reader’s title, source or corrections would be replaced, and only then', async () => {
    const a = keptFrom(await bundle('A\n\nOn Kabul.'), 1);
    expect(differs(a, { ...a, openedAt: 2, placeCount: 5 })).toBe(false);
    expect(differs(a, { ...a, source: 'Y' })).toBe(true);
    expect(differs(a, { ...a, corrections: [{ passage: 2, words: 'Kabul', occurrence: 1, placeId: null }] })).toBe(
      true,
    );
    expect(differs({ ...a, corrections: undefined }, { ...a, corrections: [] })).toBe(false);
  });
});
