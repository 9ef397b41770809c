import { create } from 'zustand';
import type { IndexEntry, LibraryFilter } from '../core/library/library-index.ts';
import type { LibraryUrl } from '../core/url/library-url.ts';
import type { Origin } from './selection.ts';

/** The library view (issue 33): every story about a place, over time. */
export interface LibraryViewState extends LibraryUrl {
  /** Whether the library view shows instead of the article. */
  open: boolean;
  /** Who changed it last: the reader (a new history entry) or the URL (Back, Forward, a link). */
  origin: Origin;
  /** The library's index entries, once read (null: not yet). */
  entries: readonly IndexEntry[] | null;
  /** A place the pointer rests on, in the list or on the map. */
  hover: string | null;
  /** Counts the view's draws: the map follows once the view has drawn, so that the view is painted first. */
  drawn: number;
}

const initial: LibraryViewState = {
  open: false,
  origin: 'url',
  place: null,
  from: null,
  to: null,
  source: null,
  entries: null,
  hover: null,
  drawn: 0,
};

export const useLibraryView = create<LibraryViewState>()(() => initial);

/** Open the library view at this state (from the URL, or the reader's header button). */
export function openLibraryView(state: LibraryUrl, origin: Origin) {
  useLibraryView.setState({ ...state, open: true, origin });
}

/** Leave the library view for the article. */
export function closeLibraryView(origin: Origin) {
  useLibraryView.setState({ open: false, origin, hover: null });
}

/** Choose a place (null: the whole library). */
export function chooseLibraryPlace(place: string | null) {
  useLibraryView.setState({ place, origin: 'user' });
}

/** Narrow the view by months and outlet. */
export function filterLibrary(f: Partial<LibraryFilter>) {
  useLibraryView.setState({ ...f, origin: 'user' });
}

/** The library's index, read. */
export function setLibraryEntries(entries: readonly IndexEntry[]) {
  useLibraryView.setState({ entries });
}

export function hoverLibraryPlace(place: string | null) {
  if (useLibraryView.getState().hover !== place) useLibraryView.setState({ hover: place });
}

/** The view has drawn what the store holds (its list, its chart): the map may follow. */
export function libraryDrawn() {
  useLibraryView.setState((s) => ({ drawn: s.drawn + 1 }));
}
