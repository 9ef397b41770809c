// The header's Export menu: the article's places as GeoJSON or CSV, the article
// bundle, the whole library, and the map as a picture. A menu as WAI-ARIA
// describes it: arrows move, Escape closes and returns to the button.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { notify } from '../notices/notices.ts';
import { setExportOpen } from '../store/article.ts';
import type { ExportKind } from './run.ts';
import { menuKeyDown } from '../ui/menu-keys.ts';
import { DEFAULT_ARTICLE_DATA } from '../article/default-article.ts';
import { currentArticle } from '../store/article.ts';
import { lengthNote } from '../core/share/carried-link.ts';
import { copyMade } from '../url/clipboard.ts';

/** Copy the link with the article; what happened is said in a notice (with the link to copy by hand if need be). */
function copyWithArticle() {
  void copyMade(import('../share/make-link.ts').then((m) => m.linkWithArticle())).then((m) => {
    if (!m.ok) notify(m.message);
    else if (m.copied) notify(lengthNote(m.link.length));
    else
      notify('The clipboard could not take the link with the article: copy it from the field.', undefined, [], 0, {
        link: m.link,
      });
  });
}

const ITEMS: readonly { kind: ExportKind; label: string; hint: string }[] = [
  { kind: 'geojson', label: 'Places (GeoJSON)', hint: 'for a GIS: every place with its shape' },
  { kind: 'csv', label: 'Places (CSV)', hint: 'for a spreadsheet: one row per mention' },
  { kind: 'bundle', label: 'Article bundle (JSON)', hint: 'the article with your corrections' },
  { kind: 'library', label: 'Whole library (JSON)', hint: 'every article you keep here' },
  { kind: 'png', label: 'Map image (PNG)', hint: 'the view as shown, with the key' },
  { kind: 'png2x', label: 'Map image, 2× (PNG)', hint: 'twice the size, for print' },
];

const button = () => document.querySelector<HTMLElement>('[data-action="export"]');

export default function ExportMenu() {
  const menu = useRef<HTMLDivElement>(null);
  // Under the header's button, its right edge on the button's.
  const [place] = useState(() => {
    const r = button()?.getBoundingClientRect();
    return r ? { top: r.bottom + 4, right: Math.max(8, window.innerWidth - r.right) } : null;
  });

  const close = (refocus: boolean) => {
    setExportOpen(false);
    if (refocus) button()?.focus();
  };

  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    // A press anywhere else closes it (the button toggles it itself).
    const onDown = (e: PointerEvent) => {
      const t = e.target instanceof Element ? e.target : null;
      if (t && !menu.current?.contains(t) && !t.closest('[data-action="export"]')) close(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, []);

  const choose = (kind: ExportKind) => {
    close(true);
    void import('./run.ts')
      .then((m) => m.runExport(kind))
      .then(
        (name) => notify(`Saved “${name}”.`),
        (err: unknown) => notify(`The export could not be made: ${err instanceof Error ? err.message : String(err)}`),
      );
  };

  const own = currentArticle().id !== DEFAULT_ARTICLE_DATA.id;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) =>
    menuKeyDown(e, { escape: () => close(true), tab: () => close(false) });

  return (
    <div
      ref={menu}
      id="export-menu"
      role="menu"
      aria-label="Export"
      className="export-menu"
      data-testid="export.menu"
      style={place ? { top: place.top, right: place.right } : undefined}
      onKeyDown={onKeyDown}
    >
      {own && (
        <button
          type="button"
          role="menuitem"
          tabIndex={-1}
          data-export="carried-link"
          onClick={() => {
            close(true);
            copyWithArticle();
          }}
        >
          <span className="label">Copy link with the article</span>
          <span className="hint">opens it as you see it, in any browser; nothing is uploaded</span>
        </button>
      )}
      {ITEMS.map((item) => (
        <button
          key={item.kind}
          type="button"
          role="menuitem"
          tabIndex={-1}
          data-export={item.kind}
          onClick={() => choose(item.kind)}
        >
          <span className="label">{item.label}</span>
          <span className="hint">{item.hint}</span>
        </button>
      ))}
    </div>
  );
}
