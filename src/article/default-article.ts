// The default document ships byte for byte as the seed it came from.
import text from './default-article.txt?raw';
import { parseArticle } from './passages.ts';
import { DEFAULT_SOURCE_NAME } from './source.ts';

/** The default article, parsed once. */
export const DEFAULT_ARTICLE = parseArticle(text, DEFAULT_SOURCE_NAME);
