// An article as the app shows it: its passages and everything derived from
// them (the place index, the printed footnotes, the places it names). Made by
// one pure function from whatever article the reader has open.
import { correctMentions, NO_CORRECTIONS, staleCorrections } from '../corrections/corrections.ts';
import type { ArticleCorrections, Correction } from '../corrections/schema.ts';
import { findClaims, type Claim } from '../places/claims.ts';
import { footnoteNumbers } from './footnotes.ts';
import { placeById, type Place } from '../places/gazetteer.ts';
import { indexMentions, passagesOf, type MentionFinder, type PlaceIndex } from '../places/mentions.ts';
import type { Article } from './passages.ts';
import { isUnlocatedId } from '../places/finder/unlocated.ts';

export interface ArticleData {
  /** `default` for the seed; else the content id of the reader's article. */
  id: string;
  article: Article;
  index: PlaceIndex;
  /** Printed footnote number of each place the article names, by first mention. */
  footnotes: ReadonlyMap<string, number>;
  /** The places the article names, in gazetteer order (styled apart on the map). */
  mentionedIds: readonly string[];
  /** The places whose every mention is uncertain: another place has the name, and the text does not decide. */
  uncertainIds: readonly string[];
  /** The lengths and distances it states, tied to the places they measure. */
  claims: readonly Claim[];
  /** The finder that found its places (corrections re-index with it). */
  find: MentionFinder;
  /** The reader's corrections of its places, applied above. */
  corrections: ArticleCorrections;
  /** Corrections that can no longer apply (their place is gone from the gazetteer), to list for the reader. */
  stale: readonly Correction[];
}

const known = (placeId: string) => placeById(placeId) !== undefined;

/**
 * Index an article against a gazetteer, with the reader's corrections applied
 * (the places they name must be known to the gazetteer by then; the reader's
 * own places too).
 */
export function articleData(
  id: string,
  article: Article,
  find: MentionFinder,
  places: readonly Place[],
  fixes: ArticleCorrections = NO_CORRECTIONS,
): ArticleData {
  const whole = find.article?.(article.passages.map((p) => p.text));
  const byNumber = new Map(article.passages.map((p, k) => [p.n, k]));
  const index = indexMentions(article.passages, (text, n) =>
    correctMentions(n, text, whole?.[byNumber.get(n)!] ?? find(text), fixes.corrections, known),
  );
  return {
    id,
    article,
    index,
    footnotes: footnoteNumbers(
      index,
      article.passages.map((p) => p.n),
    ),
    // Then the places no gazetteer knows, in the order the article first names them.
    mentionedIds: [
      ...places.filter((p) => index.byPlace.has(p.id)).map((p) => p.id),
      ...[...index.byPlace.keys()].filter(isUnlocatedId),
    ],
    uncertainIds: [...index.byPlace]
      .filter(([, ms]) => ms.every((m) => 'uncertain' in m && m.uncertain))
      .map(([id]) => id),
    claims: findClaims(article.passages, (n) => index.byPassage.get(n) ?? []),
    find,
    corrections: fixes,
    stale: staleCorrections(fixes.corrections, (n) => article.passages[n - 1]?.text, known),
  };
}

/**
 * An article's place count, the one definition the library, the Places button
 * and the exports share: the places it names (with the reader's corrections).
 */
export const placeCount = (data: Pick<ArticleData, 'mentionedIds'>): number => data.mentionedIds.length;

/** Places in gazetteer order with how many passages of the article name each. */
export function placesWithCounts(data: ArticleData, places: readonly Place[]): { place: Place; passages: number }[] {
  return places.map((place) => ({ place, passages: passagesOf(data.index, place.id).length }));
}
