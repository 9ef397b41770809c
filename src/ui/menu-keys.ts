// The keys of a menu, as WAI-ARIA's menu pattern has them: arrows move through
// the items (round), Home and End go to the ends, Escape closes and goes back,
// Tab closes and moves on.
import type { KeyboardEvent } from 'react';

export function menuKeyDown(
  e: KeyboardEvent<HTMLElement>,
  { escape, tab }: { escape: () => void; tab: () => void },
): void {
  const items = [...e.currentTarget.querySelectorAll<HTMLElement>('[role^="menuitem"]')];
  const at = items.indexOf(document.activeElement as HTMLElement);
  const go = (i: number) => items[(i + items.length) % items.length]?.focus();
  if (e.key === 'ArrowDown') go(at + 1);
  else if (e.key === 'ArrowUp') go(at - 1);
  else if (e.key === 'Home') go(0);
  else if (e.key === 'End') go(items.length - 1);
  else if (e.key === 'Escape') escape();
  else if (e.key === 'Tab') return tab();
  else return;
  e.preventDefault();
}
