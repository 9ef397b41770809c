// The article as the static HTML painted it, until React takes it over. In the
// meantime a plain click on a mention selects the place where the reader is
// (no page load), hovering or focusing a mention lights its place on the map,
// the selected and map-hovered places' mentions are lit, the selected passage
// is marked and scrolled to (a shared link's passage too), and whatever link
// the reader had focused is focused again once React's article has replaced
// the static one.
import { hover, litPlaceIds, useSelectionStore, type SelectionState } from '../store/selection.ts';
import { isPlainClick } from './links.ts';
import { scrollToPassage } from './scroll.ts';

export interface StaticArticle {
  /**
   * React's article is in the DOM: stop answering clicks, put focus back where
   * it was, and say so in the article's `data-article-state` (static → live).
   */
  handOver(): void;
}

/** Where focus was in the static article: a passage and the n-th link in it. */
interface FocusSpot {
  passage: string;
  index: number;
}

export function adoptStaticArticle(
  article: HTMLElement,
  choose: (placeId: string, passage: number) => void,
): StaticArticle {
  const doc = article.ownerDocument;
  let spot: FocusSpot | null = null;

  const mentionOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLAnchorElement>('a.mention[data-place]') : null;

  const onClick = (e: MouseEvent) => {
    // React's own handlers (on the article's root) run first and prevent the default.
    if (e.defaultPrevented || !isPlainClick(e)) return;
    const link = mentionOf(e.target);
    const passage = Number(link?.closest('[data-passage]')?.getAttribute('data-passage'));
    if (!link || !article.contains(link) || !Number.isInteger(passage)) return;
    e.preventDefault();
    choose(link.dataset.place!, passage);
  };
  // Pointer and focus on a mention light its place, as React's mention links do.
  const onMouseOver = (e: MouseEvent) => {
    const link = mentionOf(e.target);
    if (link && link !== mentionOf(e.relatedTarget)) hover(link.dataset.place!, 'text');
  };
  const onMouseOut = (e: MouseEvent) => {
    const link = mentionOf(e.target);
    if (link && link !== mentionOf(e.relatedTarget)) hover(null, 'text');
  };
  const onFocusIn = (e: FocusEvent) => {
    const el = e.target instanceof HTMLAnchorElement ? e.target : null;
    const passage = el?.closest<HTMLElement>('[data-passage]');
    spot = el && passage ? { passage: passage.id, index: [...passage.querySelectorAll('a')].indexOf(el) } : null;
    const link = mentionOf(el);
    if (link) hover(link.dataset.place!, 'text');
  };
  const onFocusOut = (e: FocusEvent) => {
    const el = e.target;
    if (mentionOf(el)) hover(null, 'text');
    // Focus that moved elsewhere is forgotten; focus lost because React removed
    // the static link (no longer connected) is kept for handOver.
    queueMicrotask(() => {
      if (el instanceof Node && el.isConnected) spot = null;
    });
  };

  // The selected place's mentions, and those of the place the map's pointer is on, are lit.
  let lit: string[] = [];
  const lightMentions = (s: SelectionState) => {
    const next = litPlaceIds(s);
    if (next.length === lit.length && next.every((id, i) => id === lit[i])) return;
    for (const link of article.querySelectorAll('a.mention.is-lit')) link.classList.remove('is-lit');
    for (const id of next) {
      for (const link of article.querySelectorAll(`a.mention[data-place="${CSS.escape(id)}"]`))
        link.classList.add('is-lit');
    }
    lit = next;
  };

  // The passage the selection focuses, marked as React's article marks it.
  let active: Element | null = null;
  const showPassage = ({ passage }: { passage: number | null }) => {
    active?.classList.remove('is-active');
    active = passage === null ? null : doc.getElementById(`passage-${passage}`);
    active?.classList.add('is-active');
    if (passage !== null) scrollToPassage(passage);
  };
  showPassage(useSelectionStore.getState());
  lightMentions(useSelectionStore.getState());
  const unsubscribe = useSelectionStore.subscribe((s, prev) => {
    if (s.passage !== prev.passage || s.seq !== prev.seq) showPassage(s);
    lightMentions(s);
  });

  doc.addEventListener('click', onClick);
  article.addEventListener('mouseover', onMouseOver);
  article.addEventListener('mouseout', onMouseOut);
  article.addEventListener('focusin', onFocusIn);
  article.addEventListener('focusout', onFocusOut);
  let over = false;
  return {
    handOver() {
      if (over) return;
      over = true;
      article.dataset.articleState = 'live';
      unsubscribe();
      doc.removeEventListener('click', onClick);
      article.removeEventListener('mouseover', onMouseOver);
      article.removeEventListener('mouseout', onMouseOut);
      article.removeEventListener('focusin', onFocusIn);
      article.removeEventListener('focusout', onFocusOut);
      if (!spot || (doc.activeElement && doc.activeElement !== doc.body)) return;
      doc.getElementById(spot.passage)?.querySelectorAll('a')[spot.index]?.focus({ preventScroll: true });
    },
  };
}
