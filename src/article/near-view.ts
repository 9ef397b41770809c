// Which parts of a long article are near the reader's view: one shared
// IntersectionObserver on the article's scroll column, with a screenful of
// margin above and below, so links are in place before they scroll in. A part
// stays near while it holds the focus (a keyboard reader's place is kept).
import { useEffect, useState, type RefObject } from 'react';

type Listener = (near: boolean) => void;
const listeners = new Map<Element, Listener>();
let observer: IntersectionObserver | null = null;

function shared(): IntersectionObserver | null {
  if (observer) return observer;
  if (typeof IntersectionObserver !== 'function') return null;
  observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        const near = e.isIntersecting || e.target.contains(document.activeElement);
        listeners.get(e.target)?.(near);
      }
    },
    // The root is the article column where it scrolls (root null would clip parts just out of its view).
    { root: document.getElementById('article'), rootMargin: '100% 0px' },
  );
  return observer;
}

/** Whether the element is within a screenful of the article's view; true where the browser cannot tell. */
export function useNearView(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    const io = shared();
    if (!el || !io) return;
    listeners.set(el, setNear);
    io.observe(el);
    return () => {
      io.unobserve(el);
      listeners.delete(el);
    };
  }, [ref]);
  return near || typeof IntersectionObserver !== 'function';
}
