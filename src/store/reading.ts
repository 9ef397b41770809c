// Following the reading (issue 32): the passage being read and those read
// before (never in the URL or the history), and whether the map follows the
// text: the reader's choice, kept in this browser, paused when they move the map.
import { create } from 'zustand';

/** Where the reader's choice to follow the text is kept. */
export const FOLLOW_KEY = 'border-explorer:follow-text';

interface Reading {
  /** The passage that crosses the reading line, or null before any does. */
  passage: number | null;
  /** The passages read so far in this article. */
  read: ReadonlySet<number>;
  /** The reader wants the map to follow the text. */
  follow: boolean;
  /** Following, but the reader moved the map: it waits until asked to resume. */
  paused: boolean;
  /** What the live region says of the last step through the passages, and a count that makes each step new. */
  said: { text: string; seq: number } | null;
}

function kept(): boolean {
  try {
    return localStorage.getItem(FOLLOW_KEY) === 'on';
  } catch {
    return false;
  }
}

const NONE: ReadonlySet<number> = new Set();

export const useReadingStore = create<Reading>()(() => ({
  passage: null,
  read: NONE,
  follow: kept(),
  paused: false,
  said: null,
}));

/** The passage being read is now `n`. */
export function readPassage(n: number) {
  const { passage, read } = useReadingStore.getState();
  if (n === passage) return;
  useReadingStore.setState({ passage: n, read: read.has(n) ? read : new Set([...read, n]) });
}

/** Another article: nothing of it is read yet. */
export function resetReading() {
  useReadingStore.setState({ passage: null, read: NONE });
}

/** The reader turns following on or off (kept for the next visit); turning it on resumes it. */
export function wantFollow(follow: boolean) {
  useReadingStore.setState({ follow, paused: false });
  try {
    localStorage.setItem(FOLLOW_KEY, follow ? 'on' : 'off');
  } catch {
    // Storage blocked: the choice lasts for this page.
  }
}

/** The reader moved the map while it followed the text: following waits. */
export function pauseFollow() {
  const { follow, paused } = useReadingStore.getState();
  if (follow && !paused) useReadingStore.setState({ paused: true });
}

/** Say, once, through the page's live region, what a step through the passages reached. */
export function sayReading(text: string) {
  const seq = (useReadingStore.getState().said?.seq ?? 0) + 1;
  useReadingStore.setState({ said: { text, seq } });
}
