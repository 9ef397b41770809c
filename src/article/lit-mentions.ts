// The mentions of the lit places (the selected one, the one hovered on the
// map) are painted lit without touching them: with the CSS Custom Highlight
// API where the browser has it, so lighting is paint only; else by one style
// rule that names the places. Measured on a 100,000-word article whose place
// is named 968 times: a class on each mention re-rendered every mention (70 ms
// of script) and, as a background makes Chromium lay out an inline box of its
// own, relaid out every paragraph that held one (80–150 ms); a highlight costs
// neither. Both ways keep the page's Content Security Policy (no inline style).
import { litPlaceIds, useSelectionStore } from '../store/selection.ts';

/** The highlight's name, for `::highlight()` in the style sheet. */
export const LIT_HIGHLIGHT = 'lit-mention';

/** The selector of the lit places' mentions. Pure. */
export function litSelector(placeIds: readonly string[]): string {
  return placeIds.map((id) => `#article a.mention[data-place="${CSS.escape(id)}"]`).join(',\n');
}

/** The rule that lights the mentions of these places, where highlights are not to be had. Pure. */
export function litRule(placeIds: readonly string[]): string {
  if (placeIds.length === 0) return '';
  return `${litSelector(placeIds)} { background: var(--lit); text-decoration-color: var(--mention); }`;
}

let refresh: () => void = () => undefined;

/** The article's mentions changed (another article, a correction): light the new ones. Called after React commits. */
export const refreshLitMentions = () => refresh();

let scheduled = false;
/**
 * Links came into the page (parts of a long article near the view): light
 * them once, however many parts came in this commit (before the next paint).
 */
export function scheduleLitRefresh(): void {
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(() => {
    scheduled = false;
    refresh();
  });
}

/** Start lighting the mentions of the lit places; returns the way off. */
export function startLitMentions(doc: Document = document): () => void {
  const registry = typeof Highlight === 'function' ? globalThis.CSS?.highlights : undefined;
  const highlight = registry ? new Highlight() : null;
  const sheet = highlight ? null : new CSSStyleSheet();
  if (highlight) registry!.set(LIT_HIGHLIGHT, highlight);
  if (sheet) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  let shown = '';
  const paint = (ids: readonly string[]) => {
    if (sheet) return sheet.replaceSync(litRule(ids));
    highlight!.clear();
    if (ids.length === 0) return;
    for (const el of doc.querySelectorAll(litSelector(ids))) {
      highlight!.add(
        new StaticRange({ startContainer: el, startOffset: 0, endContainer: el, endOffset: el.childNodes.length }),
      );
    }
  };
  const apply = (force = false) => {
    const ids = litPlaceIds(useSelectionStore.getState());
    const key = ids.join(' ');
    if (key === shown && !force) return;
    shown = key;
    paint(ids);
    // A signal for tests and tools: which places are lit now.
    if (key) doc.documentElement.dataset.lit = key;
    else delete doc.documentElement.dataset.lit;
  };
  apply(true);
  refresh = () => apply(true);
  const off = useSelectionStore.subscribe(() => apply());
  return () => {
    off();
    refresh = () => undefined;
    if (highlight) registry!.delete(LIT_HIGHLIGHT);
    if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    delete doc.documentElement.dataset.lit;
  };
}
