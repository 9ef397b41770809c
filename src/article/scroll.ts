// Bringing a passage to the middle of the article column.

/**
 * Scroll the article column (only: scrollIntoView would also nudge the page)
 * so that passage `n` sits in its middle. Smooth unless the reader asks for
 * reduced motion.
 */
export function scrollToPassage(n: number): void {
  const el = document.getElementById(`passage-${n}`);
  const column = el?.closest<HTMLElement>('.article-column');
  if (!el || !column) return;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const top = el.getBoundingClientRect().top - column.getBoundingClientRect().top + column.scrollTop;
  column.scrollTo({ top: top - (column.clientHeight - el.offsetHeight) / 2, behavior: smooth ? 'smooth' : 'auto' });
}
