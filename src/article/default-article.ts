// The default document ships byte for byte as the seed it came from.
import text from './default-article.txt?raw';
import { parseArticle } from './passages.ts';

/** The outlet that published the default article. */
export const DEFAULT_SOURCE = 'Azad News HD';

/** The default article, parsed once. */
export const DEFAULT_ARTICLE = parseArticle(text, DEFAULT_SOURCE);
