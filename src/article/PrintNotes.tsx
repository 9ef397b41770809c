// The footnotes a printed article ends with: each place it names, numbered as
// its mentions are, with a coordinate. Shown on paper only.
import { placeById } from '../core/places/gazetteer.ts';
import { kindLine } from '../core/places/facts.ts';
import { factsOf } from '../core/places/place-data.ts';
import { useArticleStore } from '../store/article.ts';
import { anchorLabel, formatLatLon } from '../core/article/footnotes.ts';

export function PrintNotes() {
  const footnotes = useArticleStore((s) => s.current.footnotes);
  return (
    <section className="print-only print-notes" data-testid="print.notes">
      <h2>Places named in the article</h2>
      <ol>
        {[...footnotes].map(([id, n]) => {
          const place = placeById(id);
          const facts = factsOf(id);
          if (!place || !facts) return null;
          const what = anchorLabel(facts.geometry);
          return (
            <li key={id} value={n} data-place={id}>
              <strong>{place.name}</strong> ({kindLine(place)}):{' '}
              {formatLatLon(facts.anchor, facts.geometry === 'point' ? 3 : 2)}
              {what && ` (${what})`}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
