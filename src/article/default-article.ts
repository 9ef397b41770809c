// The default document ships byte for byte as the seed it came from.
import text from './default-article.txt?raw';
import { PLACES } from '../core/places/gazetteer.ts';
import { createMentionFinder } from '../core/places/mentions.ts';
import { articleData } from '../core/article/article-data.ts';
import { parseArticle } from '../core/article/passages.ts';
import { DEFAULT_SOURCE_NAME } from '../core/article/source.ts';

/** The seed's text as it ships. */
export const DEFAULT_TEXT = text;

/** The default article, parsed once. */
export const DEFAULT_ARTICLE = parseArticle(text, DEFAULT_SOURCE_NAME);

/** The default article, indexed: the first entry of every reader's library. */
export const DEFAULT_ARTICLE_DATA = articleData('default', DEFAULT_ARTICLE, createMentionFinder(PLACES), PLACES);
