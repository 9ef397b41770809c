// Reading the library's place index for the library view. The index is kept
// as each article is indexed; only articles kept before it existed, or indexed
// by an older finder, are indexed here, once. The default article belongs to
// the library like any other.
import { seedArticle } from '../store/article.ts';
import { SEED_KEY } from '../corrections/user-places.ts';
import { finderVersion, gazetteer, getLibrary, indexKept } from '../library/open-article.ts';
import { datedFor, placeFacts } from '../library/keep-index.ts';
import { indexArticle, type IndexEntry } from '../core/library/library-index.ts';

/** How far indexing older articles has come. */
export type IndexProgress = (done: number, total: number) => void;

/** Whether two index entries say the same (the default article's is made afresh each time and kept only when it changed). */
const same = (a: IndexEntry, b: IndexEntry) => JSON.stringify(a) === JSON.stringify(b);

/** The library's index entries, every kept article indexed. */
export async function loadLibraryIndex(progress: IndexProgress = () => undefined): Promise<IndexEntry[]> {
  const { lib } = await getLibrary();
  const g = await gazetteer();
  const finder = typeof g === 'string' ? null : finderVersion(g);
  // The entries, and only the ids of the articles: their texts are read only for those to index.
  const [entries, ids] = await Promise.all([lib.index().catch(() => []), lib.ids().catch(() => [])]);
  performance.mark('library:index-read'); // read by the benchmark
  const have = new Map(entries.map((e) => [e.id, e]));
  const stale = ids.filter((id) => {
    if (id === SEED_KEY) return false;
    const e = have.get(id);
    return !e || (finder !== null && e.finder !== finder);
  });
  for (const [i, id] of stale.entries()) {
    progress(i, stale.length);
    const kept = await lib.get(id).catch(() => undefined);
    if (kept) await indexKept(kept).catch(() => false);
  }
  // The default article, as it shows now (with the reader's corrections); its date and outlet as kept.
  const seed = seedArticle();
  const before = have.get(seed.id);
  const { date, dateFrom, outlet } = before ?? datedFor(undefined, seed.article, Date.now());
  const seedEntry = indexArticle(
    { id: seed.id, title: seed.article.title, finder: finder ?? 'seed', date, dateFrom, outlet },
    seed.article.passages,
    seed.index,
    placeFacts,
  );
  const seedChanged = !before || !same(before, seedEntry.entry);
  if (seedChanged) await lib.putIndex(seedEntry.entry, seedEntry.passages).catch(() => undefined);
  if (stale.length) return lib.index();
  return seedChanged ? [...entries.filter((e) => e.id !== seed.id), seedEntry.entry] : entries;
}

/** A short signature of the entries: the view draws anew only when the library changed. */
export const signature = (entries: readonly IndexEntry[]) =>
  entries
    .map((e) => `${e.id}|${e.finder}|${e.date}|${e.dateFrom}|${e.outlet}|${e.title}|${e.places.length}`)
    .join('\n');
