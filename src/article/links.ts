// How a link to a place reads, and which clicks the app answers itself.
import { formatUrl } from '../core/url/url-state.ts';

/** Href of a place/passage link in an article (null: the default one), written by the one URL formatter. */
export const placeHref = (placeId: string, passage: number, article: string | null = null) =>
  formatUrl({ article, place: placeId, passage, camera: null, extra: [] });

/** The modifier state of a click, as DOM and React events both carry it. */
export interface ClickLike {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** A plain left click; modified clicks keep the browser's behaviour (new tab, copy link). */
export const isPlainClick = (e: ClickLike) => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
