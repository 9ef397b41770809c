// The passage being read (issue 32): the one that crosses the reading line
// (READING_LINE of the article column's height from its top), found by an
// IntersectionObserver on the passages inside the column itself, so it is right
// at any browser zoom and on phones, and no scroll event is polled. Reading
// begins when the reader first scrolls the article or steps through it with
// the keys: a page just opened has read nothing. J and K step to the next and
// previous passage that names a place.
import { useEffect } from 'react';
import { placesOf, READING_LINE, stepPassage } from '../core/article/reading.ts';
import { nameOf } from '../core/places/gazetteer.ts';
import { useArticleStore } from '../store/article.ts';
import { readPassage, resetReading, sayReading, useReadingStore } from '../store/reading.ts';

/** The keys that step through the passages that name a place. */
export const STEP_KEYS = { next: 'j', previous: 'k' } as const;

const column = () => document.getElementById('article');

/** Follow the reading line in the article shown now; `articleId` restarts it for another article. */
export function useReadingLine(articleId: string): void {
  useEffect(() => {
    const root = column();
    const article = root?.querySelector<HTMLElement>('article.article');
    if (!root || !article) return;
    resetReading();
    delete article.dataset.readingPassage;
    let started = false;
    const crossing = new Set<number>();
    const report = () => {
      if (!started || crossing.size === 0) return;
      const n = Math.min(...crossing);
      article.dataset.readingPassage = String(n);
      readPassage(n);
    };
    const top = READING_LINE * 100;
    const io = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const n = Number((e.target as HTMLElement).dataset.passage);
          if (e.isIntersecting) crossing.add(n);
          else crossing.delete(n);
        }
        report();
      },
      // A band one per cent of the column high, its top on the reading line.
      { root, rootMargin: `-${top}% 0px -${100 - top - 1}% 0px`, threshold: 0 },
    );
    for (const p of article.querySelectorAll<HTMLElement>('.passage[data-passage]')) io.observe(p);
    const start = () => {
      started = true;
      report();
    };
    root.addEventListener('scroll', start, { once: true, passive: true });
    const offRead = useReadingStore.subscribe((now) => {
      if (now.passage !== null && !started) started = true;
    });
    return () => {
      io.disconnect();
      root.removeEventListener('scroll', start);
      offRead();
    };
  }, [articleId]);
}

/** Step to the next or previous passage that names a place: scroll it to the reading line, focus it, say its places. */
export function stepReading(dir: 1 | -1): boolean {
  const data = useArticleStore.getState().current;
  const from = useReadingStore.getState().passage;
  const n = stepPassage(
    data.index,
    data.article.passages.map((p) => p.n),
    from,
    dir,
  );
  const el = n === null ? null : document.getElementById(`passage-${n}`);
  const root = column();
  if (n === null || !el || !root) return false;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const top = el.getBoundingClientRect().top - root.getBoundingClientRect().top + root.scrollTop;
  root.scrollTo({ top: top - root.clientHeight * READING_LINE + 4, behavior: smooth ? 'smooth' : 'auto' });
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
  root.querySelector<HTMLElement>('article.article')?.setAttribute('data-reading-passage', String(n));
  readPassage(n);
  const names = placesOf(data.index, n).map(nameOf);
  sayReading(`Passage ${n}: ${names.join(', ')}`);
  return true;
}

/** The keys: J and K, where no field takes the typing and no modifier is held. */
export function useReadingKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      const key = e.key.toLowerCase();
      const dir = key === STEP_KEYS.next ? 1 : key === STEP_KEYS.previous ? -1 : 0;
      if (dir !== 0 && stepReading(dir)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
