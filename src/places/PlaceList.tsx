import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { select, useSelectionStore } from '../store/selection.ts';
import { requestFrame } from '../store/view.ts';
import { placesWithCounts } from '../article/article-data.ts';
import { DEFAULT_ARTICLE_DATA } from '../article/default-article.ts';
import { useArticleStore } from '../store/article.ts';
import { allPlaces, KIND_LABELS, type PlaceKind } from './gazetteer.ts';

const GROUPS: { kind: PlaceKind; title: string }[] = [
  { kind: 'border', title: 'Border' },
  { kind: 'crossing', title: 'Crossings' },
  { kind: 'town', title: 'Border towns' },
  { kind: 'district', title: 'Districts' },
  { kind: 'province', title: 'Provinces' },
  { kind: 'region', title: 'Regions' },
  { kind: 'capital', title: 'Capitals' },
  { kind: 'country', title: 'Countries' },
];

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Every place, grouped by kind, filterable: the text alternative to the map. */
export function PlaceList() {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const selected = useSelectionStore((s) => s.placeId);
  const data = useArticleStore((s) => s.current);
  // The seed lists every place of its gazetteer, as it always has; a reader's
  // article lists the places it names.
  const all = useMemo(
    () => placesWithCounts(data, allPlaces()).filter((p) => data.id === DEFAULT_ARTICLE_DATA.id || p.passages > 0),
    [data],
  );
  const groups = useMemo(() => {
    const q = fold(query.trim());
    const hits = all.filter(({ place }) => !q || [place.name, ...place.aliases].some((n) => fold(n).includes(q)));
    return GROUPS.map((g) => ({
      ...g,
      items: hits
        .filter((h) => h.place.kind === g.kind)
        .sort((a, b) => b.passages - a.passages || a.place.name.localeCompare(b.place.name)),
    })).filter((g) => g.items.length > 0);
  }, [query, all]);
  const count = groups.reduce((n, g) => n + g.items.length, 0);

  const toggle = useRef<HTMLButtonElement>(null);

  // Escape undoes one layer, the innermost first: the filter's text, then the
  // open list (focus back on its button). Only then does it reach the panel.
  const onEscape = (e: KeyboardEvent<HTMLElement>) => {
    if (e.target instanceof HTMLInputElement && query !== '') setQuery('');
    else if (open) {
      setOpen(false);
      toggle.current?.focus();
    } else return;
    e.preventDefault();
  };

  // Arrow keys move between entries; Tab leaves the list.
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button.place-item')];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = e.key === 'ArrowDown' ? buttons[Math.min(buttons.length - 1, i + 1)] : buttons[Math.max(0, i - 1)];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };

  return (
    <nav
      className={`place-list${open ? ' is-open' : ''}`}
      aria-label="Places"
      id="place-list"
      data-testid="place-list"
      onKeyDown={(e) => e.key === 'Escape' && onEscape(e)}
    >
      <button
        ref={toggle}
        type="button"
        className="list-toggle"
        aria-expanded={open}
        aria-controls="place-list-body"
        onClick={() => setOpen(!open)}
      >
        Places ({all.length})
      </button>
      <div id="place-list-body" hidden={!open} onKeyDown={onKeyDown}>
        <label className="filter">
          <span>Filter places</span>
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="e.g. Torkham, Kunar"
            autoComplete="off"
          />
        </label>
        <p className="count" aria-live="polite">
          {count} of {all.length} places
        </p>
        {groups.map((g) => (
          <section key={g.kind} aria-label={g.title}>
            <h3>{g.title}</h3>
            <ul>
              {g.items.map(({ place, passages }) => (
                <li key={place.id}>
                  <button
                    type="button"
                    className={`place-item${selected === place.id ? ' is-selected' : ''}`}
                    aria-current={selected === place.id ? 'true' : undefined}
                    data-place={place.id}
                    onClick={() => {
                      // Like a picker, the list closes on a choice so the map and panel are seen.
                      setOpen(false);
                      select(place.id, null, 'user');
                      requestFrame(place.id);
                    }}
                  >
                    <span className="name">{place.name}</span>
                    <span className="n" aria-label={`${passages} passage${passages === 1 ? '' : 's'}`}>
                      {passages}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
        {count === 0 && (
          <p className="no-match">
            No place matches “{query}”. Kinds: {Object.values(KIND_LABELS).join(', ')}.
          </p>
        )}
      </div>
    </nav>
  );
}
