import { useEffect, useRef, useState } from 'react';
import { isPlainClick, placeHref } from '../article/links.ts';
import { clearSelection, select, useSelectionStore } from '../store/selection.ts';
import { claimsAbout, measuredLine, saidSentence } from '../core/places/claims.ts';
import { excerptAround } from '../core/places/excerpt.ts';
import { factLines, kindLine } from '../core/places/facts.ts';
import { uncertainNote } from '../core/places/text-places.ts';
import { nameOf, placeById, type Place } from '../core/places/gazetteer.ts';
import { passagesOf, type PlaceMention } from '../core/places/mentions.ts';
import { PASSAGE_PAGE, passagesShown } from '../core/places/passage-page.ts';
import { isArabicScript } from '../core/places/script.ts';
import { factsOf, GEO_SOURCES, measurable } from '../core/places/place-data.ts';
import { useArticleStore } from '../store/article.ts';
import { CopyLink } from '../url/CopyLink.tsx';
import { useReturnFocus } from './return-focus.ts';
import { isCorrected } from '../core/corrections/corrections.ts';
import { openMentionMenu } from '../corrections/ui-store.ts';
import { DEFAULT_ARTICLE_DATA } from '../article/default-article.ts';

/** The other names a reader may meet, Latin first, Arabic script after; a few of each. */
function otherNames(place: Place): string[] {
  const lowerOnPurpose = (n: string) => !/\p{Lu}/u.test(n) && !isArabicScript(n);
  const names = place.aliases.filter((n) => n !== place.name && !lowerOnPurpose(n));
  return [...names.filter((n) => !isArabicScript(n)).slice(0, 6), ...names.filter(isArabicScript).slice(0, 3)];
}

/** The selected place: what it is, what we measured, and every passage that names it. */
export function PlacePanel() {
  const placeId = useSelectionStore((s) => s.placeId);
  const passage = useSelectionStore((s) => s.passage);
  const seq = useSelectionStore((s) => s.seq);
  const origin = useSelectionStore((s) => s.origin);
  const data = useArticleStore((s) => s.current);
  const { article, index } = data;
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLElement>(null);
  const place = placeId ? placeById(placeId) : undefined;
  // A bottom sheet over the article folds to its header while the reader reads a passage.
  const [folded, setFolded] = useState<string | null>(null);
  // How many of its passages the panel lists, for the place it was set for (a new place starts at one page).
  const [listed, setListed] = useState<{ placeId: string | null; limit: number }>({ placeId, limit: PASSAGE_PAGE });
  const limit = listed.placeId === placeId ? listed.limit : PASSAGE_PAGE;
  const isFolded = folded !== null && folded === placeId;
  useReturnFocus(panel);

  useEffect(() => {
    // Move focus to the panel when the reader chose a place (not on page load).
    if (place && origin === 'user') heading.current?.focus({ preventScroll: true });
  }, [place, seq, origin]);

  if (!place) return null;
  const coversArticle = () => panel.current !== null && getComputedStyle(panel.current).position === 'fixed';
  const facts = factsOf(place.id);
  const mentions = index.byPlace.get(place.id) ?? [];
  const passages = passagesOf(index, place.id);
  const page = passagesShown(passages, limit, passage);
  // The listed passages' first mentions, and whether the reader corrected one: one pass, however many mentions.
  const shownAt = new Map(
    page.shown.map((n) => [n, { first: undefined as PlaceMention | undefined, corrected: false }]),
  );
  for (const m of mentions) {
    const entry = shownAt.get(m.passage);
    if (!entry) continue;
    entry.first ??= m;
    if (isCorrected(m)) entry.corrected = true;
  }
  const names = otherNames(place);
  const figures = claimsAbout(data.claims, place.id);
  const note = uncertainNote(mentions, (n) => article.passages[n - 1]?.text);

  return (
    <aside
      ref={panel}
      className={`place-panel${isFolded ? ' is-folded' : ''}`}
      aria-labelledby="place-panel-title"
      data-testid="panel.place"
    >
      <header className="panel-head">
        <h2 id="place-panel-title" ref={heading} tabIndex={-1} data-testid="panel.place.title">
          {place.name}
        </h2>
        {isFolded && (
          <button
            type="button"
            className="unfold"
            onClick={() => setFolded(null)}
            aria-label={`Show the details of ${place.name}`}
          >
            Details
          </button>
        )}
        <button type="button" className="close" onClick={clearSelection} aria-label="Close the place panel">
          ×
        </button>
      </header>
      <div className="panel-body" hidden={isFolded}>
        <p className="kind">{kindLine(place)}</p>
        <p className="description">{place.description}</p>
        {names.length > 0 && (
          <p className="other-names" data-testid="panel.place.names">
            Also written{' '}
            {names.map((n, i) => (
              <span key={n}>
                {i > 0 && ', '}
                <bdi lang={isArabicScript(n) ? 'ps' : undefined}>{n}</bdi>
              </span>
            ))}
          </p>
        )}
        <div className="panel-actions">
          <CopyLink label="Copy link" />
          {data.id !== DEFAULT_ARTICLE_DATA.id && <CopyLink label="Copy link with the article" carry />}
          {mentions.length > 0 && (
            <button
              type="button"
              className="correct-place"
              aria-haspopup="menu"
              onClick={(e) => {
                // The mention in the passage the reader is at, else the first.
                const m = mentions.find((x) => x.passage === passage) ?? mentions[0]!;
                const r = e.currentTarget.getBoundingClientRect();
                const text = article.passages[m.passage - 1]!.text;
                openMentionMenu({
                  passage: m.passage,
                  start: m.start,
                  end: m.end,
                  words: text.slice(m.start, m.end),
                  placeId: place.id,
                  x: r.left,
                  y: r.bottom,
                });
              }}
            >
              Wrong place?
            </button>
          )}
        </div>
        <dl className="facts">
          {factLines(facts, GEO_SOURCES).map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
        {figures.length > 0 && (
          <section className="claims" aria-labelledby="place-claims-title" data-testid="panel.place.claims">
            <h3 id="place-claims-title">The article’s figures</h3>
            <ul>
              {figures.map((c) => (
                <li key={`${c.passage}:${c.start}`} data-passage={c.passage}>
                  <p>
                    {saidSentence(c, nameOf)}{' '}
                    <a
                      href={placeHref(place.id, c.passage, data.id === DEFAULT_ARTICLE_DATA.id ? null : data.id)}
                      onClick={(e) => {
                        if (!isPlainClick(e)) return;
                        e.preventDefault();
                        if (coversArticle()) setFolded(place.id);
                        select(place.id, c.passage, 'user');
                      }}
                    >
                      Passage {c.passage}
                    </a>
                  </p>
                  <p className="measured">{measuredLine(c, measurable)}</p>
                </li>
              ))}
            </ul>
          </section>
        )}
        {note && (
          <p className="hint" data-testid="panel.place.uncertain">
            {note}
          </p>
        )}
        <h3 className="passages-title">
          {passages.length === 0
            ? 'The article does not name it'
            : mentions.length > passages.length
              ? `Named ${mentions.length.toLocaleString('en-GB')} times in ${passages.length.toLocaleString('en-GB')} passage${passages.length === 1 ? '' : 's'}`
              : `Named in ${passages.length.toLocaleString('en-GB')} passage${passages.length === 1 ? '' : 's'}`}
        </h3>
        <ol className="passage-list" data-testid="panel.place.passages">
          {page.shown.map((n) => {
            const p = article.passages[n - 1]!;
            const m = shownAt.get(n)!.first!;
            const ex = excerptAround(p.text, m.start, m.end);
            const section = p.section ? article.passages[p.section - 1]?.text : undefined;
            return (
              <li key={n} data-passage={n} className={passage === n ? 'is-active' : undefined}>
                {section && p.kind !== 'heading' && <p className="section">{section}</p>}
                {shownAt.get(n)!.corrected && (
                  <p className="corrected-tag" data-testid="panel.place.corrected">
                    Corrected by you
                  </p>
                )}
                <blockquote>
                  {ex.before}
                  <mark>{ex.match}</mark>
                  {ex.after}
                </blockquote>
                <a
                  href={placeHref(place.id, n, data.id === DEFAULT_ARTICLE_DATA.id ? null : data.id)}
                  onClick={(e) => {
                    if (!isPlainClick(e)) return;
                    e.preventDefault();
                    if (coversArticle()) setFolded(place.id);
                    select(place.id, n, 'user');
                  }}
                >
                  Read passage {n}
                </a>
              </li>
            );
          })}
        </ol>
        {page.hidden > 0 && (
          <button
            type="button"
            className="more-passages"
            onClick={() => setListed({ placeId: place.id, limit: limit + PASSAGE_PAGE })}
          >
            Show {Math.min(PASSAGE_PAGE, page.hidden)} more passages ({page.hidden} not listed)
          </button>
        )}
      </div>
    </aside>
  );
}
