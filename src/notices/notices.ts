import { create } from 'zustand';

/** A message for the reader: what was ignored or what failed. Always plain text. */
export interface Notice {
  id: number;
  text: string;
}

interface NoticesState {
  notices: Notice[];
}

/** Notices store. */
export const useNoticesStore = create<NoticesState>()(() => ({ notices: [] }));

let next = 1;

/** Show one notice per text (the same text twice stays one notice). */
export function notify(text: string) {
  const { notices } = useNoticesStore.getState();
  if (notices.some((n) => n.text === text)) return;
  useNoticesStore.setState({ notices: [...notices, { id: next++, text }] });
}

/** Dismiss a notice. */
export function dismiss(id: number) {
  useNoticesStore.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}
