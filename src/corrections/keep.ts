// Keeping corrections with the article in the library.
import { placeCount, type ArticleData } from '../core/article/article-data.ts';
import { getLibrary } from '../library/open-article.ts';
import { SEED_KEY } from './user-places.ts';
import { keepIndex } from '../library/keep-index.ts';

/** Keep an article's corrections; false when the library cannot be written. */
export async function saveFixes(data: ArticleData): Promise<boolean> {
  const { lib } = await getLibrary();
  const { corrections, userPlaces } = data.corrections;
  try {
    // The default article's id is its library key (SEED_KEY): its text ships with the app.
    const kept = await lib.get(data.id);
    if (kept) await lib.put({ ...kept, corrections, userPlaces });
    else if (data.id === SEED_KEY) {
      await lib.put({
        id: SEED_KEY,
        format: 'text',
        text: '',
        title: data.article.title,
        source: data.article.source,
        openedAt: 0,
        placeCount: placeCount(data),
        finder: 'seed',
        corrections,
        userPlaces,
      });
    } else return false;
    // The library's place index follows the corrections (the default article's is renewed when the library view reads it).
    const dated = data.article.published;
    if (kept && dated) await keepIndex(lib, data, dated, kept.finder);
    return true;
  } catch {
    return false;
  }
}
