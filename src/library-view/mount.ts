// The library view takes the article's place while it is open: its code loads
// the first time it is asked for, so the article's first view carries none of it.
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { useLibraryView } from '../store/library-view.ts';

/** Start showing the library view when the store opens it; returns the way off. */
export function startLibraryView(doc: Document = document): () => void {
  let root: Root | null = null;
  let container: HTMLElement | null = null;
  let loading: Promise<void> | null = null;
  const article = () => doc.getElementById('article');
  const show = (open: boolean) => {
    article()?.toggleAttribute('hidden', open);
    container?.toggleAttribute('hidden', !open);
    for (const a of doc.querySelectorAll('[data-action="library"]')) {
      if (open) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
  };
  const mount = () => {
    loading ??= import('./LibraryView.tsx').then(({ LibraryView }) => {
      container = doc.createElement('section');
      container.id = 'library-view';
      container.className = 'article-column library-view';
      container.tabIndex = -1;
      container.setAttribute('aria-labelledby', 'library-view-title');
      article()?.before(container);
      root = createRoot(container);
      root.render(createElement(LibraryView));
      show(useLibraryView.getState().open);
    });
  };
  const apply = (open: boolean, was: boolean) => {
    if (open) mount();
    // The article stays until the view is there to take its place: a column without either would
    // give the map the whole width for a moment, and redrawing it twice costs more than the wait.
    if (open && !container) return;
    show(open);
    // Focus goes back to the article (the view focuses its heading as it opens).
    if (!open && was && container?.contains(doc.activeElement)) article()?.focus({ preventScroll: true });
  };
  if (useLibraryView.getState().open) apply(true, false);
  const off = useLibraryView.subscribe((s, prev) => s.open !== prev.open && apply(s.open, prev.open));
  return () => {
    off();
    root?.unmount();
    container?.remove();
    article()?.removeAttribute('hidden');
  };
}
