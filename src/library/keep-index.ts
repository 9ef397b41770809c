// Keeping each article's place index in the library as it is indexed (issue
// 33), with its date and outlet: found in it when it is first opened, kept
// with it after, and changed only by the reader.
import type { ArticleData } from '../core/article/article-data.ts';
import type { Article, Published } from '../core/article/passages.ts';
import { findPublished } from '../core/library/published.ts';
import { indexArticle } from '../core/library/library-index.ts';
import type { KeptArticle, Library } from './library.ts';
import { placeById } from '../core/places/gazetteer.ts';
import { factsOf } from '../core/places/place-data.ts';
import { isUnlocatedId } from '../core/places/finder/unlocated.ts';

/** What the index keeps of a place: its name, and for a place no gazetteer holds, its point. */
export const placeFacts = (id: string) => {
  const p = placeById(id);
  if (!p) return undefined;
  return { name: p.name, point: factsOf(id)?.anchor ?? null, known: !isUnlocatedId(id) };
};

/** An article's date (how it was had) and outlet. */
export type Dated = Published;

/** The day a time falls on, in the reader's time zone ('YYYY-MM-DD'). */
export const dayOf = (ms: number): string => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * The date and outlet an article is kept with: those already kept (found
 * before, or set by the reader), else those found in it now; no date found,
 * the day it was opened, marked as such.
 */
export function datedFor(kept: Partial<KeptArticle> | undefined, article: Article, openedAt: number): Dated {
  if (kept?.date && kept.dateFrom) return { date: kept.date, dateFrom: kept.dateFrom, outlet: kept.outlet ?? '' };
  const found = findPublished(article);
  return {
    date: found.date ?? dayOf(openedAt),
    dateFrom: found.date ? (found.dateFrom ?? 'text') : 'opened',
    outlet: kept?.outlet ?? found.outlet,
  };
}

/** Keep an article's place index; false when the library cannot be written. */
export async function keepIndex(lib: Library, data: ArticleData, dated: Dated, finder: string): Promise<boolean> {
  const { entry, passages } = indexArticle(
    { id: data.id, title: data.article.title, finder, ...dated },
    data.article.passages,
    data.index,
    placeFacts,
  );
  try {
    await lib.putIndex(entry, passages);
    return true;
  } catch {
    return false;
  }
}
