import { create } from 'zustand';
import type { ArticleData } from '../article/article-data.ts';
import { DEFAULT_ARTICLE_DATA } from '../article/default-article.ts';

export interface ArticleState {
  /** The article the reader has open, indexed. */
  current: ArticleData;
}

const initial: ArticleState = { current: DEFAULT_ARTICLE_DATA };

/** Article store: which article is open. The seed is the default. */
export const useArticleStore = create<ArticleState>()(() => initial);

/** The open article, outside React. */
export const currentArticle = () => useArticleStore.getState().current;

/** Open another article (already read and indexed). */
export function showArticle(data: ArticleData) {
  useArticleStore.setState({ current: data });
}

/** Back to the start; for tests. */
export function resetArticle() {
  useArticleStore.setState(initial, true);
}
