// Which of a place's passages the panel lists: a long article names a place
// in hundreds, and listing them all made the first click on it take a second.
// The first page, the passage the reader is at, and more on request. Pure.

/** How many passages the panel lists at first, and adds on each request. */
export const PASSAGE_PAGE = 40;

/**
 * The passages to list (in order): the first `limit`, and the `active`
 * passage wherever it is. `hidden` is how many are left out.
 */
export function passagesShown(
  passages: readonly number[],
  limit: number,
  active: number | null,
): { shown: number[]; hidden: number } {
  if (passages.length <= limit) return { shown: [...passages], hidden: 0 };
  const shown = passages.slice(0, limit);
  if (active !== null && !shown.includes(active) && passages.includes(active)) shown.push(active);
  return { shown, hidden: passages.length - shown.length };
}
