// The places a reader added, made known to the app, and what a kept article
// carries of the reader's corrections.
import type { KeptArticle } from '../library/library.ts';
import { addPlaces } from '../core/places/gazetteer.ts';
import { addFacts } from '../core/places/place-data.ts';
import { NO_CORRECTIONS } from '../core/corrections/corrections.ts';
import type { ArticleCorrections, UserPlace } from '../core/corrections/schema.ts';

/** The library key of the default article's corrections: its article id (its text ships with the app). */
export const SEED_KEY = 'default';

/** Add the reader's places to the gazetteer and the facts, so the finder's results can name them. */
export function registerUserPlaces(places: readonly UserPlace[]): void {
  addPlaces(
    places.map((p) => ({
      id: p.id,
      name: p.name,
      kind: 'town' as const,
      country: '',
      aliases: [],
      description: 'A place you added, at the point you chose.',
    })),
  );
  addFacts(
    new Map(
      places.map((p) => [
        p.id,
        {
          bbox: [p.point[0], p.point[1], p.point[0], p.point[1]],
          anchor: p.point,
          geometry: 'point' as const,
          source: 'user',
        },
      ]),
    ),
  );
}

/** What the reader set on a kept article. */
export const fixesOf = (kept: KeptArticle | undefined): ArticleCorrections =>
  kept ? { corrections: kept.corrections ?? [], userPlaces: kept.userPlaces ?? [] } : NO_CORRECTIONS;
