import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { memoryLibrary, openLibrary, type KeptArticle, type Library } from './library.ts';

const kept = (id: string, openedAt: number, over: Partial<KeptArticle> = {}): KeptArticle => ({
  id,
  format: 'text',
  text: `Title ${id}\n\nKabul.`,
  title: `Title ${id}`,
  source: '',
  openedAt,
  placeCount: 1,
  finder: 'test',
  ...over,
});

describe.each([
  ['IndexedDB (fake-indexeddb)', () => openLibrary()],
  ['memory', async () => memoryLibrary()],
] as [string, () => Promise<Library>][])('the library in %s', (_name, open) => {
  it('keeps articles by id, lists them newest first, and removes them', async () => {
    const lib = await open();
    for (const a of await lib.list()) await lib.remove(a.id);
    await lib.put(kept('aaaaaaaaaaaa', 1));
    await lib.put(kept('bbbbbbbbbbbb', 3));
    await lib.put(kept('cccccccccccc', 2));
    expect((await lib.list()).map((a) => a.id)).toEqual(['bbbbbbbbbbbb', 'cccccccccccc', 'aaaaaaaaaaaa']);
    expect(await lib.get('cccccccccccc')).toEqual(kept('cccccccccccc', 2));
    await lib.remove('bbbbbbbbbbbb');
    expect(await lib.get('bbbbbbbbbbbb')).toBeUndefined();
    expect(await lib.list()).toHaveLength(2);
  });
  it('has one entry per id: the same text again updates it, no duplicate', async () => {
    const lib = await open();
    await lib.put(kept('dddddddddddd', 5));
    await lib.put(kept('dddddddddddd', 9, { title: 'Corrected title' }));
    const all = (await lib.list()).filter((a) => a.id === 'dddddddddddd');
    expect(all).toEqual([kept('dddddddddddd', 9, { title: 'Corrected title' })]);
  });
});

it('survives a reopening (what a reload does)', async () => {
  const first = await openLibrary();
  await first.put(kept('eeeeeeeeeeee', 7));
  const second = await openLibrary();
  expect((await second.get('eeeeeeeeeeee'))?.title).toBe('Title eeeeeeeeeeee');
});
