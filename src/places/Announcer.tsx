import type { ArticleData } from '../core/article/article-data.ts';
import { useArticleStore } from '../store/article.ts';
import { useSelectionStore } from '../store/selection.ts';
import { KIND_LABELS, placeById } from '../core/places/gazetteer.ts';
import { passagesOf } from '../core/places/mentions.ts';

/** The sentence a screen reader hears on selection: "Torkham, border crossing, 1 passage". */
export function announcement(placeId: string | null, data: ArticleData): string {
  const place = placeId ? placeById(placeId) : undefined;
  if (!place) return '';
  const n = passagesOf(data.index, place.id).length;
  return `${place.name}, ${KIND_LABELS[place.kind]}, ${n} passage${n === 1 ? '' : 's'}`;
}

/** A polite live region that announces each selection. */
export function Announcer() {
  const data = useArticleStore((s) => s.current);
  const text = useSelectionStore((s) => announcement(s.placeId, data));
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {text}
    </p>
  );
}
