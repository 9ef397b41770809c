// The map's key: in the map region, in the map's own colours for the page's
// scheme. It starts folded into one button where it would cover much of the
// map (a phone, a narrow map), and keeps the reader's choice after that.
import { useId, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { PALETTES } from '../map/layers.ts';
import { currentTheme, watchTheme } from '../map/theme.ts';
import { DURAND_NOTE, legendEntries } from './entries.ts';
import { useLibraryView } from '../store/library-view.ts';
import { Swatch } from './Swatch.tsx';

/** The layouts whose choice is kept apart: a key opened on a wide page must not open over a phone's small map. */
const NARROW = '(max-width: 720px), (max-width: 1024px) and (orientation: portrait)';

/** Where the reader's choice (open or folded) is kept, for the layout the page has now. */
export const storageKey = (narrow: boolean) => `border-explorer:legend:${narrow ? 'narrow' : 'wide'}`;
/** Where it was kept for every layout before: read as the wide layout's. */
const OLD_KEY = 'border-explorer:legend';

const isNarrow = () => window.matchMedia(NARROW).matches;

/** Without a choice kept, the key starts open only on a page this large: open, it covers the south-west of a smaller map, where the border's places are. */
const OPEN_FROM = '(min-width: 1600px) and (min-height: 800px)';

function initiallyOpen(): boolean {
  try {
    const narrow = isNarrow();
    const kept = localStorage.getItem(storageKey(narrow)) ?? (narrow ? null : localStorage.getItem(OLD_KEY));
    if (kept === 'open' || kept === 'folded') return kept === 'open';
  } catch {
    // Storage blocked: the default below.
  }
  return window.matchMedia(OPEN_FROM).matches;
}

function keep(open: boolean) {
  try {
    localStorage.setItem(storageKey(isNarrow()), open ? 'open' : 'folded');
  } catch {
    // Storage blocked: the choice lasts for this page.
  }
}

const subscribeTheme = (onChange: () => void) => watchTheme(onChange);

export function Legend() {
  const theme = useSyncExternalStore(subscribeTheme, currentTheme, () => 'light' as const);
  const [open, setOpenState] = useState(initiallyOpen);
  const library = useLibraryView((s) => s.open);
  const bodyId = useId();
  const setOpen = (next: boolean) => {
    setOpenState(next);
    keep(next);
  };
  // Escape folds the key when the focus is in it, before anything outside (the selection) hears it.
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape' || !open) return;
    e.preventDefault();
    setOpen(false);
    e.currentTarget.querySelector<HTMLElement>('.legend-toggle')?.focus();
  };
  return (
    <section className={`legend${open ? ' is-open' : ''}`} aria-label="Map key" onKeyDown={onKeyDown}>
      <button
        type="button"
        className="legend-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
      >
        Key<span aria-hidden="true">{open ? ' ▾' : ' ▴'}</span>
      </button>
      {/* Focusable: on a short map the entries scroll, and a keyboard must be able to scroll them. */}
      <div id={bodyId} className="legend-body" hidden={!open} tabIndex={0} role="group" aria-label="Key entries">
        <ul>
          {legendEntries(PALETTES[theme], library).map((e) => (
            <li key={e.id} data-entry={e.id}>
              <Swatch shapes={e.shapes} />
              <span>{e.label}</span>
            </li>
          ))}
        </ul>
        <p className="legend-note">{DURAND_NOTE}</p>
      </div>
    </section>
  );
}
