import { create } from 'zustand';

/**
 * What a notice is about, so that it leaves when that does: the article shown
 * (it goes when another is shown), its having no place (it goes once it has
 * one), or the link being read (it goes once the reader brings an article).
 * A notice with no subject stays until dismissed.
 */
export type NoticeSubject = 'article' | 'no-places' | 'link';

/** A message for the reader: what was ignored or what failed. Always plain text. */
export interface Notice {
  id: number;
  text: string;
  about?: NoticeSubject;
}

interface NoticesState {
  notices: Notice[];
}

/** Notices store. */
export const useNoticesStore = create<NoticesState>()(() => ({ notices: [] }));

let next = 1;

/** Show one notice per text (the same text twice stays one notice). */
export function notify(text: string, about?: NoticeSubject) {
  const { notices } = useNoticesStore.getState();
  if (notices.some((n) => n.text === text)) return;
  useNoticesStore.setState({ notices: [...notices, { id: next++, text, ...(about ? { about } : {}) }] });
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
