import { create } from 'zustand';
import type { ArticleData } from '../core/article/article-data.ts';
import { DEFAULT_ARTICLE_DATA } from '../article/default-article.ts';
import type { Origin } from './selection.ts';
import { withdraw } from '../notices/notices.ts';
import { addPlaces } from '../core/places/gazetteer.ts';
import { addFacts } from '../core/places/place-data.ts';
import { textPlaces } from '../core/places/text-places.ts';

export interface ArticleState {
  /** The article the reader has open, indexed. */
  current: ArticleData;
  /** The default article as last shown: with the reader's corrections once they are loaded. */
  seed: ArticleData;
  /** Who opened it: the reader (the dialog, the library, a drop) or the URL (a link, Back and Forward). */
  origin: Origin;
  /** Whether the "Open an article" dialog is open. */
  dialogOpen: boolean;
  /** Whether the header's Export menu is open. */
  exportOpen: boolean;
  /** An article a link names that this browser does not hold: the link applies once the reader gives its text. */
  awaited: string | null;
}

const initial: ArticleState = {
  current: DEFAULT_ARTICLE_DATA,
  seed: DEFAULT_ARTICLE_DATA,
  origin: 'url',
  dialogOpen: false,
  exportOpen: false,
  awaited: null,
};

/** Article store: which article is open. The seed is the default. */
export const useArticleStore = create<ArticleState>()(() => initial);

/** The open article, outside React. */
export const currentArticle = () => useArticleStore.getState().current;

/** Open another article (already read and indexed). */
/** The places an article names that no gazetteer knows become places the app knows. */
export function registerTextPlaces(data: ArticleData) {
  const text = textPlaces(data.index.byPlace, (n) => data.article.passages[n - 1]?.text);
  addPlaces(text.places);
  addFacts(text.facts);
}

export function showArticle(data: ArticleData, origin: Origin = 'user') {
  // Before anything shows them.
  registerTextPlaces(data);
  const before = useArticleStore.getState().current;
  // Notices about the article shown before, or about its having no place, leave with that state.
  if (before.id !== data.id) withdraw('article', 'no-places');
  else if (data.mentionedIds.length > 0) withdraw('no-places');
  // The reader brought an article: what the link asked of them is done, or no longer asked.
  if (origin === 'user' && before.id !== data.id) withdraw('link');
  useArticleStore.setState(
    data.id === DEFAULT_ARTICLE_DATA.id ? { current: data, seed: data, origin } : { current: data, origin },
  );
}

/** The default article, with the reader's corrections when they are loaded. */
export const seedArticle = () => useArticleStore.getState().seed;

/** The default article's corrections have loaded: shown at once if it is the one open. */
export function updateSeed(data: ArticleData) {
  if (currentArticle().id === DEFAULT_ARTICLE_DATA.id) showArticle(data, 'url');
  else useArticleStore.setState({ seed: data });
}

/** Open or close the dialog that opens articles. */
export function setDialogOpen(open: boolean) {
  useArticleStore.setState({ dialogOpen: open });
}

/** Open or close the Export menu. */
export function setExportOpen(open: boolean) {
  useArticleStore.setState({ exportOpen: open });
}

/** A link names an article this browser does not hold (null: no longer waiting). */
export function awaitArticle(id: string | null) {
  if (id === null) withdraw('link');
  useArticleStore.setState({ awaited: id });
}

/** Back to the start; for tests. */
export function resetArticle() {
  useArticleStore.setState(initial, true);
}
