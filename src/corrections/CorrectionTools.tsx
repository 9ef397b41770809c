// The correction tools: the menu on a mention, the gazetteer search (with a
// new place of the reader's own), and the bar that offers Undo.
import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import { loadGazetteer } from '../places/finder/load.ts';
import { allPlaces, COUNTRY_NAMES, KIND_LABELS, type Place } from '../core/places/gazetteer.ts';
import { currentArticle } from '../store/article.ts';
import { correct, correctionFor, undo } from './actions.ts';
import { userPlace } from '../core/corrections/corrections.ts';
import { search } from '../core/corrections/place-search.ts';
import { menuKeyDown } from '../ui/menu-keys.ts';
import {
  closeCorrectionTools,
  openPlaceSearch,
  pointPicked,
  sayCorrected,
  startPicking,
  useCorrectionUi,
  type NewPlaceDraft,
  type WordsTarget,
} from './ui-store.ts';

const textOf = (passage: number) => currentArticle().article.passages[passage - 1]?.text ?? '';

/** Focus back on the words the tools were opened from, when they are a mention. */
function refocus(t: WordsTarget) {
  const links = document.querySelectorAll<HTMLElement>(`#passage-${t.passage} a.mention`);
  [...links].find((a) => a.textContent === t.words)?.focus();
}

/** Where a menu of this size goes at (x, y) so that it stays inside the viewport. */
export function insideViewport(
  x: number,
  y: number,
  size: { width: number; height: number },
  view: { width: number; height: number },
  margin = 8,
): { left: number; top: number } {
  const left = Math.max(margin, Math.min(x, view.width - size.width - margin));
  // Below the words if it fits, else above them, else as low as it can go.
  const top = y + size.height + margin <= view.height ? y : Math.max(margin, view.height - size.height - margin);
  return { left, top };
}

function MentionMenu({ target }: { target: WordsTarget }) {
  const menu = useRef<HTMLDivElement>(null);
  const [every, setEvery] = useState(false);
  const [at, setAt] = useState({ left: target.x, top: target.y + 4 });
  // Measured once drawn, then moved inside the viewport (the panel's button is near its right edge).
  useLayoutEffect(() => {
    const el = menu.current;
    if (!el) return;
    const r = el.getBoundingClientRect();
    const view = document.documentElement;
    setAt(insideViewport(target.x, target.y + 4, r, { width: view.clientWidth, height: view.clientHeight }));
  }, [target]);
  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role^="menuitem"]')?.focus();
    const onDown = (e: PointerEvent) => {
      if (!(e.target instanceof Node) || !menu.current?.contains(e.target)) closeCorrectionTools();
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, []);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) =>
    menuKeyDown(e, {
      escape: () => {
        closeCorrectionTools();
        refocus(target);
      },
      tab: closeCorrectionTools,
    });
  return (
    <div
      ref={menu}
      role="menu"
      aria-label={`Correct “${target.words}”`}
      className="correction-menu"
      data-testid="correction.menu"
      style={{ left: at.left, top: at.top }}
      onKeyDown={onKeyDown}
    >
      {/* Which words it acts on: the reader may have opened it from the panel, away from the passage. */}
      <p className="menu-target" data-testid="correction.menu.target">
        “{target.words}” in passage {target.passage}
      </p>
      <button
        type="button"
        role="menuitem"
        tabIndex={-1}
        onClick={() => {
          closeCorrectionTools();
          void correct(correctionFor(target, textOf(target.passage), null, every));
        }}
      >
        Not a place
      </button>
      <button type="button" role="menuitem" tabIndex={-1} onClick={() => openPlaceSearch({ ...target })}>
        A different place…
      </button>
      <button type="button" role="menuitemcheckbox" aria-checked={every} tabIndex={-1} onClick={() => setEvery(!every)}>
        Every “{target.words}” in the article
      </button>
    </div>
  );
}

/** "34.11, 71.08" (latitude first, as people write it) as [lon, lat]; null if it is not that. */
export function parsePoint(typed: string): [number, number] | null {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*[,;\s]\s*(-?\d+(?:\.\d+)?)\s*$/.exec(typed);
  if (!m) return null;
  const [lat, lon] = [Number(m[1]), Number(m[2])];
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? [lon, lat] : null;
}

function PlaceSearch({ target, draft }: { target: WordsTarget; draft: NewPlaceDraft | null }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const listId = useId();
  const [places, setPlaces] = useState<readonly Place[]>(allPlaces);
  const [typed, setTyped] = useState(target.words);
  const [active, setActive] = useState(0);
  const [every, setEvery] = useState(draft?.every ?? false);
  const [newName, setNewName] = useState(draft?.name ?? target.words);
  const [point, setPoint] = useState(draft?.point ?? '');
  const newNameField = useRef<HTMLInputElement>(null);
  const [cameBack] = useState(draft !== null);
  const [error, setError] = useState('');
  const results = useMemo(() => search(places, typed), [places, typed]);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    // Back from the map with a point: on to the new place's fields.
    if (cameBack) newNameField.current?.focus();
    // The regional gazetteer, for every place it knows (the default article knows only its own).
    loadGazetteer().then(
      () => setPlaces(allPlaces()),
      () => setError('The list of places could not be loaded: only the article’s own places can be chosen.'),
    );
  }, [cameBack]);

  const close = () => {
    closeCorrectionTools();
    refocus(target);
  };
  const choose = (placeId: string) => {
    closeCorrectionTools();
    void correct(correctionFor(target, textOf(target.passage), placeId, every), undefined, target.placeId);
  };
  const addNew = () => {
    const at = parsePoint(point);
    if (!newName.trim()) return setError('Give the new place a name.');
    if (!at) return setError('Type the point as latitude, longitude: for example 33.95, 70.05.');
    const added = userPlace(newName, at);
    closeCorrectionTools();
    void correct(correctionFor(target, textOf(target.passage), added.id, every), added, target.placeId);
  };
  const onInputKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter' && results[active]) choose(results[active].id);
    else return;
    e.preventDefault();
  };
  const title = target.placeId ? `Which place is “${target.words}”?` : `Mark “${target.words}” as a place`;
  return (
    <dialog
      ref={dialog}
      className="place-search"
      aria-labelledby="place-search-title"
      data-testid="correction.search"
      // Escape closes this dialog only: not the place panel behind it.
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        close();
      }}
      onClose={() => useCorrectionUi.getState().search && closeCorrectionTools()}
    >
      <div className="dialog-head">
        <h2 id="place-search-title">{title}</h2>
        <button type="button" className="close" onClick={close} aria-label="Close">
          ×
        </button>
      </div>
      <label htmlFor="place-search-input">Search the places</label>
      <input
        id="place-search-input"
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={results[active] ? `${listId}-${active}` : undefined}
        value={typed}
        autoComplete="off"
        onChange={(e) => {
          setTyped(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onInputKey}
      />
      <ul id={listId} role="listbox" aria-label="Places" className="place-results">
        {results.map((p, i) => (
          <li
            key={p.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            data-place={p.id}
            onPointerDown={(e) => e.preventDefault()}
            onClick={() => choose(p.id)}
          >
            <span className="name" dir="auto">
              {p.name}
            </span>
            <span className="meta">
              {KIND_LABELS[p.kind]}
              {p.country ? ` · ${COUNTRY_NAMES[p.country] ?? p.country}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {typed.trim() && results.length === 0 && <p className="hint">No place of that name: add it below.</p>}
      <label className="every">
        <input type="checkbox" checked={every} onChange={(e) => setEvery(e.currentTarget.checked)} /> Every “
        {target.words}” in the article
      </label>
      <fieldset className="new-place">
        <legend>A place the list does not have</legend>
        <label>
          <span>Name</span>
          <input ref={newNameField} value={newName} onChange={(e) => setNewName(e.currentTarget.value)} />
        </label>
        <label>
          <span>Latitude, longitude</span>
          <input
            value={point}
            inputMode="decimal"
            placeholder="33.95, 70.05"
            onChange={(e) => setPoint(e.currentTarget.value)}
          />
        </label>
        <button type="button" onClick={() => startPicking(target, { name: newName, every, point })}>
          Pick the point on the map
        </button>{' '}
        <button type="button" onClick={addNew}>
          Add the place
        </button>
      </fieldset>
      <p className="dialog-error" role="alert">
        {error}
      </p>
    </dialog>
  );
}

/** While the reader picks a point: what to do, and a way back. Escape goes back too. */
function PickingBar({ name }: { name: string }) {
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      pointPicked(null);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  return (
    <div className="undo-bar picking-bar" role="status" data-testid="correction.picking">
      <span>Click the map where “{name}” is.</span>
      <button type="button" onClick={() => pointPicked(null)}>
        Back
      </button>
    </div>
  );
}

/** What was corrected last, and Undo. */
function UndoBar({ said }: { said: string }) {
  return (
    <div className="undo-bar" role="status" data-testid="correction.undo">
      <span>{said}</span>
      <button type="button" onClick={() => void undo()}>
        Undo
      </button>
      <button type="button" aria-label="Dismiss" onClick={() => sayCorrected(null)}>
        ×
      </button>
    </div>
  );
}

/** A bar in the notices' stack, so that it never covers a notice (where the stack is, else in place). */
function inNotices(bar: ReactNode) {
  const slot = document.getElementById('notice-bar-slot');
  return slot ? createPortal(bar, slot) : bar;
}

export default function CorrectionTools() {
  const menu = useCorrectionUi((s) => s.menu);
  const searchFor = useCorrectionUi((s) => s.search);
  const draft = useCorrectionUi((s) => s.draft);
  const picking = useCorrectionUi((s) => s.picking);
  const last = useCorrectionUi((s) => s.last);
  return (
    <>
      {menu && <MentionMenu target={menu} />}
      {searchFor && <PlaceSearch target={searchFor} draft={draft} />}
      {/* Picking keeps its bar apart from the notices over the map, where the reader must click. */}
      {picking && <PickingBar name={picking.draft.name} />}
      {!picking && last && inNotices(<UndoBar said={last} />)}
    </>
  );
}
