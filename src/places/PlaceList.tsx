import { useLibraryView } from '../store/library-view.ts';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { select, useSelectionStore } from '../store/selection.ts';
import { requestFrame } from '../store/view.ts';
import { useArticleStore } from '../store/article.ts';
import { allPlaces, KIND_LABELS, PLACES, type PlaceKind } from '../core/places/gazetteer.ts';
import { placeListing, type ListedPlace } from '../core/places/place-list.ts';
import { isUnlocatedId } from '../core/places/finder/unlocated.ts';
import { factsOf } from '../core/places/place-data.ts';

/** A place's group: its kind, or, for a place no gazetteer knows, a group of its own. */
type Group = PlaceKind | 'unlocated';
const groupOf = (p: ListedPlace): Group => (isUnlocatedId(p.place.id) ? 'unlocated' : p.place.kind);

const GROUPS: { kind: Group; title: string }[] = [
  { kind: 'border', title: 'Border' },
  { kind: 'crossing', title: 'Crossings' },
  { kind: 'town', title: 'Border towns' },
  { kind: 'unlocated', title: 'Places the map does not know' },
  { kind: 'district', title: 'Districts' },
  { kind: 'province', title: 'Provinces' },
  { kind: 'region', title: 'Regions' },
  { kind: 'capital', title: 'Capitals' },
  { kind: 'country', title: 'Countries' },
];

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Every place, grouped by kind, filterable: the text alternative to the map. */
export function PlaceList() {
  const library = useLibraryView((s) => s.open);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const selected = useSelectionStore((s) => s.placeId);
  const data = useArticleStore((s) => s.current);
  // The places the article names, by kind; then the map's own places it does
  // not name, so that every place on the map can be reached from the list.
  const listing = useMemo(() => placeListing(data, allPlaces(), PLACES), [data]);
  const { groups, others } = useMemo(() => {
    const q = fold(query.trim());
    const hit = ({ place }: ListedPlace) => !q || [place.name, ...place.aliases].some((n) => fold(n).includes(q));
    const hits = listing.named.filter(hit);
    const kindOrder = (p: ListedPlace) => GROUPS.findIndex((g) => g.kind === groupOf(p));
    return {
      groups: GROUPS.map((g) => ({
        ...g,
        items: hits
          .filter((h) => groupOf(h) === g.kind)
          .sort((a, b) => b.passages - a.passages || a.place.name.localeCompare(b.place.name)),
      })).filter((g) => g.items.length > 0),
      others: listing.others
        .filter(hit)
        .sort((a, b) => kindOrder(a) - kindOrder(b) || a.place.name.localeCompare(b.place.name)),
    };
  }, [query, listing]);
  const named = listing.named.length;
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
      // The library view lists its own places (the article's are the article's).
      hidden={library}
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
        Places ({named})
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
          {count} of {named} place{named === 1 ? '' : 's'} named
          {listing.others.length > 0 && ` · ${others.length} more on the map`}
        </p>
        {groups.map((g) => (
          <section key={g.kind} aria-label={g.title}>
            <h3>{g.title}</h3>
            <ul>
              {g.items.map((item) => (
                <PlaceItem key={item.place.id} item={item} selected={selected} onChoose={() => setOpen(false)} />
              ))}
            </ul>
          </section>
        ))}
        {others.length > 0 && (
          <section aria-label="On the map, not in the article" className="others">
            <h3>On the map, not in the article</h3>
            <ul>
              {others.map((item) => (
                <PlaceItem key={item.place.id} item={item} selected={selected} onChoose={() => setOpen(false)} />
              ))}
            </ul>
          </section>
        )}
        {count + others.length === 0 && (
          <p className="no-match">
            No place matches “{query}”. Kinds: {Object.values(KIND_LABELS).join(', ')}.
          </p>
        )}
      </div>
    </nav>
  );
}

/** One entry: the place's name and how many passages name it. */
function PlaceItem({ item, selected, onChoose }: { item: ListedPlace; selected: string | null; onChoose: () => void }) {
  const { place, passages } = item;
  return (
    <li>
      <button
        type="button"
        className={`place-item${selected === place.id ? ' is-selected' : ''}`}
        aria-current={selected === place.id ? 'true' : undefined}
        data-place={place.id}
        onClick={() => {
          // Like a picker, the list closes on a choice so the map and panel are seen.
          onChoose();
          select(place.id, null, 'user');
          requestFrame(place.id);
        }}
      >
        <span className="name">
          {place.name}
          {isUnlocatedId(place.id) && !factsOf(place.id) && <span className="no-point"> · not on the map</span>}
        </span>
        <span className="n" aria-label={`${passages} passage${passages === 1 ? '' : 's'}`}>
          {passages}
        </span>
      </button>
    </li>
  );
}
