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

export interface CorrectionUi {
  /** The menu on a mention ("Not a place", "A different place…"). */
  menu: WordsTarget | null;
  /** The gazetteer search for words ("A different place…", "Mark as a place…"). */
  search: WordsTarget | null;
  /** The last correction, said in words, while it can be undone. */
  last: string | null;
}

export const useCorrectionUi = create<CorrectionUi>()(() => ({ menu: null, search: null, last: null }));

export const openMentionMenu = (target: WordsTarget) => useCorrectionUi.setState({ menu: target, search: null });
export const openPlaceSearch = (target: WordsTarget) => useCorrectionUi.setState({ menu: null, search: target });
export const closeCorrectionTools = () => useCorrectionUi.setState({ menu: null, search: null });
export const sayCorrected = (last: string | null) => useCorrectionUi.setState({ last });
