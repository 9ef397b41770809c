// What the correction tools have open: the menu on a mention, the place
// search, and the last correction (for its Undo). In the main bundle, small:
// the tools themselves load when first opened.
import { create } from 'zustand';

/** Words in a passage the reader acts on: a mention, or words they selected. */
export interface WordsTarget {
  passage: number;
  /** [start, end) in the passage's text. */
  start: number;
  end: number;
  words: string;
  /** The place the finder gave the words, if any. */
  placeId: string | null;
  /** Where to show a menu for it (page coordinates of the words' box). */
  x: number;
  y: number;
}

/** What the reader had typed for a new place, kept while they pick its point on the map. */
export interface NewPlaceDraft {
  name: string;
  every: boolean;
  /** "lat, lon", as the search's field holds it. */
  point: string;
}

export interface CorrectionUi {
  /** The menu on a mention ("Not a place", "A different place…"). */
  menu: WordsTarget | null;
  /** The gazetteer search for words ("A different place…", "Mark as a place…"), with a draft to restore. */
  search: WordsTarget | null;
  draft: NewPlaceDraft | null;
  /** The reader is picking a new place's point on the map (the search waits). */
  picking: { target: WordsTarget; draft: NewPlaceDraft } | null;
  /** The last correction, said in words, while it can be undone. */
  last: string | null;
}

export const useCorrectionUi = create<CorrectionUi>()(() => ({
  menu: null,
  search: null,
  draft: null,
  picking: null,
  last: null,
}));

export const openMentionMenu = (target: WordsTarget) =>
  useCorrectionUi.setState({ menu: target, search: null, draft: null, picking: null });
export const openPlaceSearch = (target: WordsTarget, draft: NewPlaceDraft | null = null) =>
  useCorrectionUi.setState({ menu: null, search: target, draft, picking: null });
export const closeCorrectionTools = () =>
  useCorrectionUi.setState({ menu: null, search: null, draft: null, picking: null });

/** The search steps aside while the reader clicks the new place's point on the map. */
export const startPicking = (target: WordsTarget, draft: NewPlaceDraft) =>
  useCorrectionUi.setState({ menu: null, search: null, draft: null, picking: { target, draft } });

/** Whether a click on the map picks a point rather than a place. */
export const isPicking = () => useCorrectionUi.getState().picking !== null;

/** The point the reader clicked (or null: they gave up): the search comes back with it. */
export function pointPicked(lonLat: readonly [number, number] | null) {
  const picking = useCorrectionUi.getState().picking;
  if (!picking) return;
  const point = lonLat ? `${lonLat[1].toFixed(5)}, ${lonLat[0].toFixed(5)}` : picking.draft.point;
  openPlaceSearch(picking.target, { ...picking.draft, point });
}
export const sayCorrected = (last: string | null) => useCorrectionUi.setState({ last });
