import { useSelectionStore } from '../store/selection.ts';
import { KIND_LABELS, placeById } from './gazetteer.ts';
import { ARTICLE_INDEX } from './place-data.ts';

/** The sentence a screen reader hears on selection: "Torkham, border crossing, 1 passage". */
export function announcement(placeId: string | null): string {
  const place = placeId ? placeById(placeId) : undefined;
  if (!place) return '';
  const n = new Set((ARTICLE_INDEX.byPlace.get(place.id) ?? []).map((m) => m.passage)).size;
  return `${place.name}, ${KIND_LABELS[place.kind]}, ${n} passage${n === 1 ? '' : 's'}`;
}

/** A polite live region that announces each selection. */
export function Announcer() {
  const text = useSelectionStore((s) => announcement(s.placeId));
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {text}
    </p>
  );
}
