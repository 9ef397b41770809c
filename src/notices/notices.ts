import { create } from 'zustand';

/**
 * What a notice is about, so that it leaves when that does: the article shown
 * (it goes when another is shown), its having no place (it goes once it has
 * one), the link being read (it goes once the reader brings an article), or
 * the detailed map online (it goes when the map tries it again or shows it).
 * A notice with no subject stays until dismissed.
 */
export type NoticeSubject = 'article' | 'no-places' | 'link' | 'online-map';

/** A message for the reader: what was ignored or what failed. Always plain text. */
export interface Notice {
  id: number;
  text: string;
  about?: NoticeSubject;
  /** Lines the reader can unfold under the text (at most MAX_DETAILS), and how many more were left out. */
  details?: string[];
  more?: number;
  /** Buttons that act on what the notice says (each dismisses the notice). */
  actions?: NoticeAction[];
  /** A link to copy by hand, where the clipboard could not take it. */
  link?: string;
}

/** A button of a notice: its label and what it does. */
export interface NoticeAction {
  label: string;
  run: () => void;
}

/** What a notice may offer besides its text. */
export interface NoticeExtras {
  actions?: NoticeAction[];
  link?: string;
}

/** The longest notice text shown; longer is cut (the details carry the rest). */
export const MAX_NOTICE = 600;
/** The most detail lines a notice unfolds. */
export const MAX_DETAILS = 30;

interface NoticesState {
  notices: Notice[];
}

/** Notices store. */
export const useNoticesStore = create<NoticesState>()(() => ({ notices: [] }));

let next = 1;

/**
 * Show one notice per text (the same text twice stays one notice). However
 * much a caller has to say, a notice stays readable: its text is cut at
 * MAX_NOTICE characters and its details at MAX_DETAILS lines.
 */
export function notify(
  text: string,
  about?: NoticeSubject,
  details: readonly string[] = [],
  /** How many details there are in all, where the caller gives only the first few. */
  total = details.length,
  extras: NoticeExtras = {},
) {
  const { notices } = useNoticesStore.getState();
  const shown = text.length > MAX_NOTICE ? `${text.slice(0, MAX_NOTICE - 1)}…` : text;
  if (notices.some((n) => n.text === shown)) return;
  const notice: Notice = { id: next++, text: shown, ...(about ? { about } : {}) };
  if (details.length) {
    notice.details = details.slice(0, MAX_DETAILS).map((d) => (d.length > 200 ? `${d.slice(0, 199)}…` : d));
    if (total > notice.details.length) notice.more = total - notice.details.length;
  }
  if (extras.actions?.length) notice.actions = extras.actions;
  if (extras.link !== undefined) notice.link = extras.link;
  useNoticesStore.setState({ notices: [...notices, notice] });
}

/** Dismiss a notice. */
export function dismiss(id: number) {
  useNoticesStore.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}

/** The state these notices were about is gone: so are they. */
export function withdraw(...subjects: NoticeSubject[]) {
  const { notices } = useNoticesStore.getState();
  const kept = notices.filter((n) => !n.about || !subjects.includes(n.about));
  if (kept.length !== notices.length) useNoticesStore.setState({ notices: kept });
}
