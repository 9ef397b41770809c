// An article as the app shows it: its passages and everything derived from
// them (the place index, the printed footnotes, the places it names). Made by
// one pure function from whatever article the reader has open.
import { findClaims, type Claim } from '../places/claims.ts';
import { footnoteNumbers } from './footnotes.ts';
import type { Place } from '../places/gazetteer.ts';
import { indexMentions, passagesOf, type MentionFinder, type PlaceIndex } from '../places/mentions.ts';
import type { Article } from './passages.ts';

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
}

/** Index an article against a gazetteer. */
export function articleData(id: string, article: Article, find: MentionFinder, places: readonly Place[]): ArticleData {
  const index = indexMentions(article.passages, find);
  return {
    id,
    article,
    index,
    footnotes: footnoteNumbers(
      index,
      article.passages.map((p) => p.n),
    ),
    mentionedIds: places.filter((p) => index.byPlace.has(p.id)).map((p) => p.id),
    uncertainIds: [...index.byPlace]
      .filter(([, ms]) => ms.every((m) => 'uncertain' in m && m.uncertain))
      .map(([id]) => id),
    claims: findClaims(article.passages, (n) => index.byPassage.get(n) ?? []),
  };
}

/** Places in gazetteer order with how many passages of the article name each. */
export function placesWithCounts(data: ArticleData, places: readonly Place[]): { place: Place; passages: number }[] {
  return places.map((place) => ({ place, passages: passagesOf(data.index, place.id).length }));
}
