// The gazetteer search of the correction tools: type-ahead over names and
// other names, folded as the finder folds them. Pure.
import type { Place } from '../places/gazetteer.ts';
import { nameKeys } from '../places/finder/normalise.ts';
import { nameInSelection } from './words.ts';

/** The finder's own folding (diacritics, case, apostrophes, hyphens): "Barg-e-Matāl" → "barg e matal". */
const fold = (s: string) => nameKeys(s).join(' ');

/** Each list's names folded once, not on every key the reader types. */
const folded = new WeakMap<readonly Place[], string[][]>();
function foldedNames(places: readonly Place[]): string[][] {
  let names = folded.get(places);
  if (!names) {
    names = places.map((p) => [p.name, ...p.aliases].map(fold));
    folded.set(places, names);
  }
  return names;
}

/** Places whose name or another name starts with (or holds) what the reader typed (no possessive or punctuation around). */
export function search(places: readonly Place[], typed: string): Place[] {
  const q = fold(nameInSelection(typed).words);
  if (!q) return [];
  const all = foldedNames(places);
  const scored: [number, Place][] = [];
  for (const [i, p] of places.entries()) {
    const names = all[i]!;
    const score = names[0]!.startsWith(q)
      ? 0
      : names.some((n) => n.startsWith(q))
        ? 1
        : names.some((n) => n.includes(q))
          ? 2
          : -1;
    if (score >= 0) scored.push([score, p]);
  }
  return scored
    .sort((a, b) => a[0] - b[0] || a[1].name.length - b[1].name.length || a[1].name.localeCompare(b[1].name))
    .slice(0, 12)
    .map(([, p]) => p);
}
