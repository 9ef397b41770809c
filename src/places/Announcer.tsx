import type { ArticleData } from '../core/article/article-data.ts';
import { useArticleStore } from '../store/article.ts';
import { useSelectionStore } from '../store/selection.ts';
import { useReadingStore } from '../store/reading.ts';
import { useState } from 'react';
import { KIND_LABELS, placeById } from '../core/places/gazetteer.ts';
import { passagesOf } from '../core/places/mentions.ts';

/** The sentence a screen reader hears on selection: "Torkham, border crossing, 1 passage". */
export function announcement(placeId: string | null, data: ArticleData): string {
  const place = placeId ? placeById(placeId) : undefined;
  if (!place) return '';
  const n = passagesOf(data.index, place.id).length;
  return `${place.name}, ${KIND_LABELS[place.kind]}, ${n} passage${n === 1 ? '' : 's'}`;
}

/** A polite live region that announces each selection, and each step through the passages (J, K), once. */
export function Announcer() {
  const data = useArticleStore((s) => s.current);
  const selected = useSelectionStore((s) => announcement(s.placeId, data));
  const said = useReadingStore((s) => s.said);
  // Whichever changed last is said: a new selection, or a step to another passage.
  const [shown, setShown] = useState({ selected, said, text: selected });
  if (shown.selected !== selected || shown.said !== said) {
    setShown({ selected, said, text: shown.said !== said && said ? said.text : selected });
  }
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {shown.text}
    </p>
  );
}
