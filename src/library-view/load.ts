// Reading the library's place index for the library view. The index is kept
// as each article is indexed; only articles kept before it existed, or indexed
// by an older finder, are indexed here, once. The default article belongs to
// the library like any other.
import type { IndexEntry } from '../core/library/library-index.ts';
import { seedArticle } from '../store/article.ts';
import { SEED_KEY } from '../corrections/user-places.ts';
import { finderVersion, gazetteer, getLibrary, indexKept } from '../library/open-article.ts';
import { datedFor, keepIndex } from '../library/keep-index.ts';

/** How far indexing older articles has come. */
export type IndexProgress = (done: number, total: number) => void;

/** The library's index entries, every kept article indexed. */
export async function loadLibraryIndex(progress: IndexProgress = () => undefined): Promise<IndexEntry[]> {
  const { lib } = await getLibrary();
  const g = await gazetteer();
  const finder = typeof g === 'string' ? null : finderVersion(g);
  const [entries, kept] = await Promise.all([lib.index().catch(() => []), lib.list().catch(() => [])]);
  const have = new Map(entries.map((e) => [e.id, e]));
  const stale = kept.filter((k) => {
    if (k.id === SEED_KEY) return false;
    const e = have.get(k.id);
    return !e || (finder !== null && e.finder !== finder);
  });
  let changed = false;
  for (const [i, k] of stale.entries()) {
    progress(i, stale.length);
    changed = (await indexKept(k).catch(() => false)) || changed;
  }
  // The default article, as it shows now (with the reader's corrections); its date and outlet as kept.
  const seed = seedArticle();
  const before = have.get(seed.id);
  const dated = before ?? datedFor(undefined, seed.article, Date.now());
  const { date, dateFrom, outlet } = dated;
  changed = (await keepIndex(lib, seed, { date, dateFrom, outlet }, finder ?? 'seed')) || changed;
  if (!changed) return entries;
  return lib.index();
}
