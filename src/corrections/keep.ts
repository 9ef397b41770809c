// Keeping corrections with the article in the library.
import type { ArticleData } from '../article/article-data.ts';
import { getLibrary } from '../library/open-article.ts';
import { SEED_KEY } from './user-places.ts';

/** Keep an article's corrections; false when the library cannot be written. */
export async function saveFixes(data: ArticleData): Promise<boolean> {
  const { lib } = await getLibrary();
  const { corrections, userPlaces } = data.corrections;
  try {
    const key = data.id === 'default' ? SEED_KEY : data.id;
    const kept = await lib.get(key);
    if (kept) await lib.put({ ...kept, corrections, userPlaces });
    else if (key === SEED_KEY) {
      await lib.put({
        id: SEED_KEY,
        format: 'text',
        text: '',
        title: data.article.title,
        source: data.article.source,
        openedAt: 0,
        placeCount: data.mentionedIds.length,
        finder: 'seed',
        corrections,
        userPlaces,
      });
    } else return false;
    return true;
  } catch {
    return false;
  }
}
