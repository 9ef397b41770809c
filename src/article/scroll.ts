// Bringing a passage to the middle of the article column.

/**
 * Scroll the article column (only: scrollIntoView would also nudge the page)
 * so that passage `n` sits in its middle; a passage taller than the column
 * starts at its top. One the reader already sees whole, or that fills the
 * view, stays where it is. Smooth unless the reader asks for reduced motion.
 */
export function scrollToPassage(n: number): void {
  const el = document.getElementById(`passage-${n}`);
  const column = el?.closest<HTMLElement>('.article-column');
  if (!el || !column) return;
  const box = el.getBoundingClientRect();
  const view = column.getBoundingClientRect();
  const tall = box.height > column.clientHeight;
  // Where the reader already sees it whole (or it fills the view), the text stays put under their eyes.
  if (tall ? box.top <= view.top && box.bottom >= view.bottom : box.top >= view.top && box.bottom <= view.bottom)
    return;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const top = box.top - view.top + column.scrollTop;
  const offset = tall ? 16 : (column.clientHeight - box.height) / 2;
  column.scrollTo({ top: top - offset, behavior: smooth ? 'smooth' : 'auto' });
}
