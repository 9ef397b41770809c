// In-page links (the skip links, the map's link to the place list) move focus
// to what they name and leave the address alone: the URL's fragment is the map
// view, and a fragment navigation would take it out of the address bar.
import { isPlainClick } from '../article/links.ts';

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

/** Focus the element a fragment names, or the first thing in it that takes focus. */
export function focusFragment(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  const el = target.matches(FOCUSABLE) ? target : (target.querySelector<HTMLElement>(FOCUSABLE) ?? target);
  if (!el.matches(FOCUSABLE)) el.tabIndex = -1;
  el.focus();
  return true;
}

/** Answer plain clicks (and Enter) on `<a href="#id">` links; returns the way off. */
export function handleInPageLinks(doc: Document = document): () => void {
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || !isPlainClick(e) || !(e.target instanceof Element)) return;
    const link = e.target.closest<HTMLAnchorElement>('a[href^="#"]');
    const id = link?.getAttribute('href')!.slice(1);
    if (!id || !focusFragment(id)) return;
    e.preventDefault();
  };
  doc.addEventListener('click', onClick);
  return () => doc.removeEventListener('click', onClick);
}
