// The library view (issue 33): every place the reader's articles name, with
// how many articles and mentions; a place's passages across the library,
// newest first, each a link to that article at that passage; the articles by
// month; narrowed by months and outlet, all in the URL.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import {
  articlesNaming,
  filterEntries,
  libraryPlaces,
  outlets,
  type IndexEntry,
} from '../core/library/library-index.ts';
import { placeById } from '../core/places/gazetteer.ts';
import { excerptAround } from '../core/places/excerpt.ts';
import { placeHref, isPlainClick } from '../article/links.ts';
import { DEFAULT_ARTICLE_DATA } from '../article/default-article.ts';
import { followLink } from '../url/sync.ts';
import {
  chooseLibraryPlace,
  closeLibraryView,
  filterLibrary,
  hoverLibraryPlace,
  libraryDrawn,
  setLibraryEntries,
  useLibraryView,
} from '../store/library-view.ts';
import { getLibrary, plural } from '../library/open-article.ts';
import { select } from '../store/selection.ts';
import { loadLibraryIndex, signature } from './load.ts';
import { formatLibraryUrl } from '../core/url/library-url.ts';
import { Histogram, monthName } from './Histogram.tsx';
import { exportLibraryCsv } from './export.ts';

/** How many places, and how many articles of a place, are drawn before "Show more". */
const PLACES_SHOWN = 60;
const ARTICLES_SHOWN = 40;

const dayFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
/** A kept date as the reader reads it: "20 Oct 2025", or "October 2025" for a month. */
export const shownDate = (date: string) =>
  date.length === 7 ? monthName(date) : dayFormat.format(new Date(`${date}T00:00:00Z`));

/** The names of places across the library: the gazetteer's, else the name kept with the index. */
function useNames(entries: readonly IndexEntry[] | null) {
  return useMemo(() => {
    const kept = new Map<string, string>();
    for (const e of entries ?? []) for (const [id, name] of Object.entries(e.names ?? {})) kept.set(id, name);
    return (id: string) => placeById(id)?.name ?? kept.get(id) ?? id;
  }, [entries]);
}

export function LibraryView() {
  const { entries, place, from, to, source, origin } = useLibraryView();
  const [progress, setProgress] = useState<string>('Reading the library…');
  const [failed, setFailed] = useState('');
  // Whether this view was opened from a link (it shows this browser's library, not the sender's).
  const [fromLink] = useState(origin === 'url');
  const open = useLibraryView((s) => s.open);

  // Read the index each time the view opens: articles may have come since. Focus goes to its heading.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!open) return;
    if (!useLibraryView.getState().place) title.current?.focus();
    // The article's selection is the article's: its link keeps it, and Back brings it again. Cleared
    // after the view has painted, so that the map's redraw for it does not hold the view back.
    select(null, null, 'url');
    let live = true;
    loadLibraryIndex((done, total) => live && setProgress(`Indexing older articles: ${done + 1} of ${total}…`))
      .then((all) => {
        if (!live) return;
        // Shown at once from what was read before; drawn anew only if the library changed since.
        const before = useLibraryView.getState().entries;
        if (!before || signature(before) !== signature(all)) setLibraryEntries(all);
        setProgress('');
      })
      .catch((err: unknown) => {
        if (live) setFailed(`The library could not be read (${err instanceof Error ? err.message : String(err)}).`);
      });
    return () => {
      live = false;
    };
  }, [open]);

  const filter = useMemo(() => ({ from, to, source }), [from, to, source]);
  const shown = useMemo(() => (entries ? filterEntries(entries, filter) : null), [entries, filter]);
  const names = useNames(entries);

  // Read by the benchmark: the view drawn with the library as it opens, and each filter's result drawn.
  const drawn = useRef(false);
  useLayoutEffect(() => {
    if (!open) drawn.current = false;
    if (!open || !shown) return;
    performance.mark(drawn.current ? 'library:filtered' : 'library:shown');
    drawn.current = true;
    libraryDrawn();
  }, [open, shown, place]);

  return (
    <div className="library-view-inner" data-testid="library.view" data-library-state={shown ? 'ready' : 'loading'}>
      <div className="library-head">
        <h2 id="library-view-title" ref={title} tabIndex={-1}>
          Library
        </h2>
        <button type="button" className="library-back" onClick={() => closeLibraryView('user')}>
          Back to the article
        </button>
      </div>
      <p className="hint library-scope">
        {fromLink
          ? 'This shows the library kept in this browser. A library is kept per browser and a link carries no text, so articles the sender kept are here only if they were opened here too.'
          : 'Every article kept in this browser’s library, the default one with them.'}
      </p>
      {failed && (
        <p className="dialog-error" role="alert">
          {failed}
        </p>
      )}
      {progress && !failed && (
        <p className="library-progress" role="status">
          {progress}
        </p>
      )}
      {entries && shown && <Filters entries={entries} shown={shown} names={names} />}
      {shown && entries && (
        <Histogram
          entries={place ? articlesNaming(shown, place) : shown}
          label={place ? `Articles naming ${names(place)}, by month` : 'Articles by month'}
        />
      )}
      {shown &&
        (place ? <PlaceStories place={place} shown={shown} names={names} /> : <Places shown={shown} names={names} />)}
    </div>
  );
}

/** The months and the outlet that narrow the view, the CSV of what it shows. */
function Filters({
  entries,
  shown,
  names,
}: {
  entries: readonly IndexEntry[];
  shown: readonly IndexEntry[];
  names: (id: string) => string;
}) {
  const { from, to, source, place } = useLibraryView();
  const all = useMemo(() => outlets(entries), [entries]);
  const [exporting, setExporting] = useState(false);
  const narrowed = from !== null || to !== null || source !== null;
  return (
    <form className="library-filters" aria-label="Narrow the library" onSubmit={(e) => e.preventDefault()}>
      <div className="library-field">
        <label htmlFor="library-from">From</label>
        <input
          type="month"
          id="library-from"
          name="from"
          value={from ?? ''}
          max={to ?? undefined}
          onChange={(e) => filterLibrary({ from: e.currentTarget.value || null })}
        />
      </div>
      <div className="library-field">
        <label htmlFor="library-to">To</label>
        <input
          type="month"
          id="library-to"
          name="to"
          value={to ?? ''}
          min={from ?? undefined}
          onChange={(e) => filterLibrary({ to: e.currentTarget.value || null })}
        />
      </div>
      <div className="library-field">
        <label htmlFor="library-source">Outlet</label>
        <select
          id="library-source"
          name="source"
          value={
            source === null ? '' : (all.find((o) => o.name.toLowerCase() === source.toLowerCase())?.name ?? source)
          }
          onChange={(e) => filterLibrary({ source: e.currentTarget.value || null })}
        >
          <option value="">All outlets</option>
          {all.map((o) => (
            <option key={o.name} value={o.name}>
              {o.name} ({o.count})
            </option>
          ))}
          {source !== null && !all.some((o) => o.name.toLowerCase() === source.toLowerCase()) && (
            <option value={source}>{source} (none here)</option>
          )}
        </select>
      </div>
      {narrowed && (
        <button type="button" onClick={() => filterLibrary({ from: null, to: null, source: null })}>
          Show all dates and outlets
        </button>
      )}
      <button
        type="button"
        className="library-csv"
        disabled={exporting}
        onClick={() => {
          setExporting(true);
          void exportLibraryCsv(shown, place, names).finally(() => setExporting(false));
        }}
      >
        Export CSV
      </button>
      <p className="library-count" role="status">
        {plural(shown.length, 'article')}
        {narrowed ? ` of ${entries.length}` : ''}
      </p>
    </form>
  );
}

/** The places the shown articles name, most articles first, filterable by name. */
function Places({ shown, names }: { shown: readonly IndexEntry[]; names: (id: string) => string }) {
  const places = useMemo(() => libraryPlaces(shown), [shown]);
  const { from, to, source } = useLibraryView();
  const filter = { from, to, source };
  const [query, setQuery] = useState('');
  const [more, setMore] = useState(false);
  const q = query.trim().toLocaleLowerCase('en');
  const matching = q ? places.filter((p) => names(p.id).toLocaleLowerCase('en').includes(q)) : places;
  const listed = more ? matching : matching.slice(0, PLACES_SHOWN);
  return (
    <section className="library-places" aria-labelledby="library-places-title">
      <h3 id="library-places-title">Places named</h3>
      <label className="library-filter">
        <span className="visually-hidden">Filter the places by name</span>
        <input
          type="search"
          placeholder="Filter places"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          aria-describedby="library-places-count"
        />
      </label>
      <p id="library-places-count" className="hint">
        {q ? `${plural(matching.length, 'place')} of ${places.length}` : plural(places.length, 'place')}, by the number
        of articles that name them
      </p>
      <ol className="library-place-list" data-testid="library.places">
        {listed.map((p) => (
          <li key={p.id}>
            <a
              href={formatLibraryUrl({ ...filter, place: p.id })}
              data-place={p.id}
              onClick={(e) => {
                if (!isPlainClick(e)) return;
                e.preventDefault();
                chooseLibraryPlace(p.id);
              }}
              onPointerEnter={() => hoverLibraryPlace(p.id)}
              onPointerLeave={() => hoverLibraryPlace(null)}
              onFocus={() => hoverLibraryPlace(p.id)}
              onBlur={() => hoverLibraryPlace(null)}
            >
              <span className="name" dir="auto">
                {names(p.id)}
              </span>
              <span className="counts">
                {plural(p.articles, 'article')} · {plural(p.mentions, 'mention')}
              </span>
            </a>
          </li>
        ))}
      </ol>
      {listed.length < matching.length && (
        <button type="button" onClick={() => setMore(true)}>
          Show all {matching.length} places
        </button>
      )}
    </section>
  );
}

/** Every passage of the shown articles that names the place, grouped by article, newest first. */
function PlaceStories({
  place,
  shown,
  names,
}: {
  place: string;
  shown: readonly IndexEntry[];
  names: (id: string) => string;
}) {
  const articles = useMemo(() => articlesNaming(shown, place), [shown, place]);
  const { from, to, source } = useLibraryView();
  const [more, setMore] = useState(false);
  const listed = more ? articles : articles.slice(0, ARTICLES_SHOWN);
  const texts = usePassageTexts(listed);
  const mentions = articles.reduce((n, a) => n + (a.mentions[place]?.length ?? 0), 0);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: false }), [place]);
  const known = placeById(place) !== undefined || articles.length > 0;
  return (
    <section className="library-stories" aria-labelledby="library-place-title">
      <a
        href={formatLibraryUrl({ from, to, source, place: null })}
        className="library-all"
        onClick={(e) => {
          if (!isPlainClick(e)) return;
          e.preventDefault();
          chooseLibraryPlace(null);
        }}
      >
        ← All places
      </a>
      <h3 id="library-place-title" ref={heading} tabIndex={-1} dir="auto">
        {names(place)}
      </h3>
      <p className="library-place-count" data-testid="library.place-count">
        {articles.length === 0
          ? known
            ? 'No article shown here names this place: widen the dates or the outlet, or open an article that names it.'
            : `No article in this browser’s library names “${place}”.`
          : `${plural(mentions, 'mention')} in ${plural(articles.length, 'article')}, newest first`}
      </p>
      <ol className="library-articles" data-testid="library.articles">
        {listed.map((a) => (
          <li key={a.id} data-article={a.id}>
            <p className="library-article-meta">
              <time dateTime={a.date}>{shownDate(a.date)}</time>
              {a.dateFrom === 'opened' && <span className="hint"> (opened; no date found)</span>}
              {a.outlet && <span className="outlet"> · {a.outlet}</span>}
            </p>
            <h4 dir="auto">{a.title}</h4>
            <ul className="library-passages">
              {passagesOf(a, place).map(([passage, start, end]) => {
                const text = texts.get(a.id)?.[passage];
                const ex = text ? excerptAround(text, start, end, 220) : null;
                const href = placeHref(place, passage, a.id === DEFAULT_ARTICLE_DATA.id ? null : a.id);
                return (
                  <li key={passage}>
                    <a href={href} onClick={(e) => follow(e, href)} dir="auto">
                      <span className="passage-n">Passage {passage}</span>{' '}
                      {ex ? (
                        <>
                          {ex.before}
                          <mark>{ex.match}</mark>
                          {ex.after}
                        </>
                      ) : (
                        '…'
                      )}
                    </a>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
      {listed.length < articles.length && (
        <button type="button" onClick={() => setMore(true)}>
          Show all {articles.length} articles
        </button>
      )}
    </section>
  );
}

/** A passage link: the ordinary link to that article, place and passage, as a new history entry. */
function follow(e: MouseEvent, href: string) {
  if (!isPlainClick(e)) return;
  e.preventDefault();
  followLink(href);
}

/** The passages of an article that name a place, each with its first mention's span. */
function passagesOf(a: IndexEntry, place: string): [number, number, number][] {
  const seen = new Set<number>();
  return (a.mentions[place] ?? []).filter(([p]) => !seen.has(p) && seen.add(p) !== undefined);
}

/** The kept texts of these articles' passages, read as they are listed. */
function usePassageTexts(articles: readonly IndexEntry[]) {
  const [texts, setTexts] = useState<ReadonlyMap<string, Record<number, string>>>(new Map());
  useEffect(() => {
    const missing = articles.filter((a) => !texts.has(a.id));
    if (missing.length === 0) return;
    let live = true;
    void getLibrary().then(async ({ lib }) => {
      const got = await Promise.all(missing.map((a) => lib.passages(a.id).catch(() => undefined)));
      if (!live) return;
      setTexts((was) => {
        const next = new Map(was);
        for (const [i, a] of missing.entries()) next.set(a.id, got[i]?.passages ?? {});
        return next;
      });
    });
    return () => {
      live = false;
    };
  }, [articles, texts]);
  return texts;
}
