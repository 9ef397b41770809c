// Making a correction: the article indexed again with it, shown at once, kept
// in the library, and undoable (one step at a time, this visit).
import { articleData, type ArticleData } from '../core/article/article-data.ts';
import { notify } from '../notices/notices.ts';
import { loadGazetteer } from '../places/finder/load.ts';
import { allPlaces, nameOf, placeById } from '../core/places/gazetteer.ts';
import { currentArticle, showArticle } from '../store/article.ts';
import { select, useSelectionStore } from '../store/selection.ts';
import { occurrenceAt } from '../core/corrections/corrections.ts';
import { saveFixes } from './keep.ts';
import { registerUserPlaces } from './user-places.ts';
import type { ArticleCorrections, Correction, UserPlace } from '../core/corrections/schema.ts';
import { sayCorrected, type WordsTarget } from './ui-store.ts';

/** Earlier states of each article's corrections, newest last. */
const history = new Map<string, { fixes: ArticleCorrections; said: string }[]>();

async function show(data: ArticleData, fixes: ArticleCorrections): Promise<ArticleData> {
  // A correction may name a place of the regional gazetteer, which the default article does not load.
  if (fixes.corrections.some((c) => c.placeId !== null && !placeById(c.placeId) && !c.placeId.startsWith('user-'))) {
    await loadGazetteer();
  }
  registerUserPlaces(fixes.userPlaces);
  const next = articleData(data.id, data.article, data.find, allPlaces(), fixes);
  showArticle(next, 'user');
  if (!(await saveFixes(next))) {
    notify(
      'The correction could not be kept in this browser’s library (storage is full or blocked); it holds for this visit.',
    );
  }
  return next;
}

/** The correction for words: that mention only, or every mention of the same words. */
export function correctionFor(target: WordsTarget, text: string, placeId: string | null, every: boolean): Correction {
  if (every) return { every: true, words: target.words, placeId };
  return {
    passage: target.passage,
    words: target.words,
    occurrence: occurrenceAt(text, target.words, target.start),
    placeId,
  };
}

/**
 * Apply a correction (and a place the reader added for it) to the open article.
 * When the place it took the words `from` is the one selected, the selection
 * follows the words to their new place.
 */
export async function correct(change: Correction, added?: UserPlace, from: string | null = null): Promise<void> {
  const data = currentArticle();
  const before = data.corrections;
  const where = 'every' in change ? ', everywhere in the article' : ` in passage ${change.passage}`;
  const name = change.placeId === null ? '' : added?.id === change.placeId ? added.name : nameOf(change.placeId);
  const said =
    change.placeId === null ? `“${change.words}” is not a place${where}.` : `“${change.words}” is now ${name}${where}.`;
  const fixes: ArticleCorrections = {
    // A newer correction of the same words replaces the older one.
    corrections: [...before.corrections.filter((c) => !sameAnchor(c, change)), change],
    userPlaces:
      added && !before.userPlaces.some((p) => p.id === added.id) ? [...before.userPlaces, added] : before.userPlaces,
  };
  const stack = history.get(data.id) ?? [];
  stack.push({ fixes: before, said });
  history.set(data.id, stack);
  await show(data, fixes);
  const selected = useSelectionStore.getState();
  if (from !== null && change.placeId !== null && selected.placeId === from) {
    select(change.placeId, 'every' in change ? selected.passage : change.passage, 'user');
  }
  sayCorrected(said);
}

const sameAnchor = (a: Correction, b: Correction) =>
  'every' in a || 'every' in b
    ? 'every' in a && 'every' in b && a.words === b.words
    : a.passage === b.passage && a.words === b.words && a.occurrence === b.occurrence;

/** The corrections without the newest (after a reload, when this visit's history is empty), and what it did. */
function withoutNewest(fixes: ArticleCorrections): { fixes: ArticleCorrections; said: string } | null {
  const newest = fixes.corrections.at(-1);
  if (!newest) return null;
  const corrections = fixes.corrections.slice(0, -1);
  // A place the reader added goes with the last correction that named it.
  const userPlaces = fixes.userPlaces.filter((p) => corrections.some((c) => c.placeId === p.id));
  return { fixes: { corrections, userPlaces }, said: `the correction of “${newest.words}”.` };
}

/** Undo the open article's last correction; false when there is none. */
export async function undo(): Promise<boolean> {
  const data = currentArticle();
  const last = history.get(data.id)?.pop() ?? withoutNewest(data.corrections);
  if (!last) return false;
  await show(data, last.fixes);
  sayCorrected(null);
  notify(`Undone: ${last.said}`);
  return true;
}
