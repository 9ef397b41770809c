// The entry points of the correction tools that exist before their code loads:
// "Mark as a place…" over words the reader selects in a passage, and Ctrl/Cmd+Z.
// The tools (menu, search, Undo bar) load when first opened.
import { Suspense, useEffect, useState } from 'react';
import { preloadable } from '../ui/preloadable.ts';
import { openPlaceSearch, useCorrectionUi, type WordsTarget } from './ui-store.ts';
import { nameInSelection } from '../core/corrections/words.ts';

export const correctionTools = preloadable(() => import('./CorrectionTools.tsx'));

/** Longest selection offered as a place name. */
const MAX_WORDS = 80;

/** The words the reader selected in one passage, as a target; null for anything else. */
export function selectedWords(sel: Selection | null): WordsTarget | null {
  if (!sel || sel.isCollapsed || sel.rangeCount !== 1) return null;
  const range = sel.getRangeAt(0);
  const passage = (n: Node) => (n instanceof Element ? n : n.parentElement)?.closest<HTMLElement>('#article .passage');
  const el = passage(range.startContainer);
  if (!el || el !== passage(range.endContainer)) return null;
  const raw = range.toString();
  // The name without the quotes, punctuation or possessive around it ("Khar’s" names Khar).
  const { offset, words } = nameInSelection(raw);
  if (!words || words.length > MAX_WORDS || /\n/.test(words)) return null;
  const before = document.createRange();
  before.setStart(el, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length + offset;
  const box = range.getBoundingClientRect();
  return {
    passage: Number(el.dataset.passage),
    start,
    end: start + words.length,
    words,
    placeId: null,
    x: box.left,
    y: box.bottom,
  };
}

/** The keys that open a context menu from the keyboard. */
const isMenuKey = (e: KeyboardEvent) => e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey);

/** Whether a key event is for a text field, where the browser's own undo stays. */
const inTextField = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

export function CorrectionHost() {
  const open = useCorrectionUi((s) => s.menu !== null || s.search !== null || s.picking !== null || s.last !== null);
  const [selected, setSelected] = useState<WordsTarget | null>(null);
  /** Open the place search for the words; they are the search's now (the selection would bring the button back). */
  const markAsPlace = (words: WordsTarget) => {
    openPlaceSearch(words);
    window.getSelection()?.removeAllRanges();
    setSelected(null);
  };

  useEffect(() => {
    const check = () => setSelected(selectedWords(window.getSelection()));
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() === 'z' && (e.ctrlKey || e.metaKey) && !e.shiftKey && !inTextField(e.target)) {
        e.preventDefault();
        void import('./actions.ts').then((m) => m.undo());
      }
      // The keyboard's way to "Mark as a place…": words selected (Shift and the arrows, or caret
      // browsing), then the menu key or Shift+F10, as on a mention (which keeps its own menu).
      if (isMenuKey(e) && !(e.target instanceof Element && e.target.closest('a.mention'))) {
        const words = selectedWords(window.getSelection());
        if (!words) return;
        e.preventDefault();
        markAsPlace(words);
      }
    };
    // The button follows the words when the article scrolls.
    // The selection is read when the reader lets go of it (pointer or keyboard).
    document.addEventListener('pointerup', check);
    document.addEventListener('keyup', check);
    document.addEventListener('keydown', onKey);
    document.addEventListener('scroll', check, true);
    return () => {
      document.removeEventListener('scroll', check, true);
      document.removeEventListener('pointerup', check);
      document.removeEventListener('keyup', check);
      document.removeEventListener('keydown', onKey);
    };
  }, []);

  return (
    <>
      {selected && (
        <button
          type="button"
          className="mark-place"
          data-testid="mark-place"
          style={{ left: selected.x, top: selected.y + 6 }}
          // Pressing it must not drop the selection it acts on.
          onPointerDown={(e) => e.preventDefault()}
          aria-keyshortcuts="Shift+F10"
          title="Mark as a place (the menu key or Shift+F10)"
          onClick={() => markAsPlace(selected)}
        >
          Mark as a place…
        </button>
      )}
      {open && (
        <Suspense fallback={null}>
          <correctionTools.View />
        </Suspense>
      )}
    </>
  );
}
