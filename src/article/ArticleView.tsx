import {
  Fragment,
  memo,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { PrintNotes } from './PrintNotes.tsx';
import { openMentionMenu } from '../corrections/ui-store.ts';
import { nameOf, placeById } from '../core/places/gazetteer.ts';
import { claimNote, type Claim } from '../core/places/claims.ts';
import { measurable } from '../core/places/place-data.ts';
import type { Mention } from '../core/places/mentions.ts';
import { segmentsOf } from '../core/article/segments.ts';
import { useArticleStore } from '../store/article.ts';
import { hover, select, useSelectionStore } from '../store/selection.ts';
import { requestFrame } from '../store/view.ts';
import { CopyLink } from '../url/CopyLink.tsx';
import { isPlainClick, placeHref } from './links.ts';
import { scrollToPassage } from './scroll.ts';
import { useReadingKeys, useReadingLine } from './reading-line.ts';
import { DEFAULT_ARTICLE_DATA } from './default-article.ts';
import { isByline, type Passage } from '../core/article/passages.ts';
import { shownSource } from '../core/article/source.ts';
import type { Published } from '../core/article/passages.ts';
import { refreshLitMentions, scheduleLitRefresh } from './lit-mentions.ts';
import { chunksOf, type Chunk } from '../core/article/chunks.ts';
import { useNearView } from './near-view.ts';
import type { ArticleData } from '../core/article/article-data.ts';

/**
 * A long article (more mentions or passages than these) is rendered lazily:
 * the passages and pieces of passages near the view get their links and copy
 * buttons, the rest is plain text until it scrolls near. A text of one place
 * name repeated to 1 MB has 174,762 mentions; as links all at once it took
 * 10 s to show and 6 s per click (bench/pathological.mjs).
 */
const EAGER_MENTIONS = 3_000;
const EAGER_PASSAGES = 800;
/** The most mentions one lazily linked piece of a passage holds. */
const CHUNK_MENTIONS = 150;

const NO_CLAIMS: readonly Claim[] = [];
const NO_MENTIONS: readonly Mention[] = [];

/** Whether an article is long enough to render lazily. Pure. */
export function isLong(data: Pick<ArticleData, 'article' | 'index'>): boolean {
  if (data.article.passages.length > EAGER_PASSAGES) return true;
  let n = 0;
  for (const ms of data.index.byPassage.values()) n += ms.length;
  return n > EAGER_MENTIONS;
}

/** What a click on a mention does: select the place at this passage and frame it on the map. */
export function chooseMention(placeId: string, passage: number) {
  select(placeId, passage, 'user');
  requestFrame(placeId);
}

/** The open article, with every place mention a link to the place. */
export function ArticleView() {
  const data = useArticleStore((s) => s.current);
  const passage = useSelectionStore((s) => s.passage);
  const seq = useSelectionStore((s) => s.seq);
  const { article } = data;

  useEffect(() => {
    if (passage !== null) scrollToPassage(passage);
  }, [passage, seq]);

  useLayoutEffect(() => {
    performance.mark('article:shown'); // read by the benchmark
  }, [data.id]);
  // Its mentions are in the DOM now: the lit place's are painted lit.
  useLayoutEffect(refreshLitMentions, [data]);
  // The passage being read, for the map to follow; and J and K to step through the passages that name a place.
  useReadingLine(data.id);
  useReadingKeys();

  // Another article starts at its top; the first keeps where the reader has scrolled before the scripts ran.
  const shownId = useRef(data.id);
  useEffect(() => {
    if (shownId.current === data.id) return;
    shownId.current = data.id;
    if (useSelectionStore.getState().passage === null) document.getElementById('article')?.scrollTo({ top: 0 });
  }, [data.id]);

  const title = article.passages.find((p) => p.kind === 'title');
  const own = data.id !== DEFAULT_ARTICLE_DATA.id;
  const firstParagraph = article.passages.find((p) => p.kind === 'paragraph');
  const lazy = useMemo(() => isLong(data), [data]);
  const claimsByPassage = useMemo(() => {
    const out = new Map<number, Claim[]>();
    for (const c of data.claims) {
      const list = out.get(c.passage);
      if (list) list.push(c);
      else out.set(c.passage, [c]);
    }
    for (const list of out.values()) list.sort((a, b) => a.start - b.start);
    return out;
  }, [data.claims]);
  const block = (p: Passage, live: boolean) => (
    <Fragment key={p.n}>
      <PassageBlock
        p={p}
        timed={p === firstParagraph}
        live={live}
        lazy={lazy}
        own={own}
        claims={claimsByPassage.get(p.n) ?? NO_CLAIMS}
      />
      {p === title && (own ? <EditableSource /> : <SourceLine source={article.source} />)}
    </Fragment>
  );
  return (
    <article
      key={data.id}
      className="article"
      data-lazy={lazy || undefined}
      data-article-id={data.id}
      aria-labelledby={title ? `passage-${title.n}` : undefined}
    >
      {/* An article with no title passage (a text with no break) still shows its source and its edit. */}
      {!title && (own ? <EditableSource /> : <SourceLine source={article.source} />)}
      {lazy
        ? groupsOf(article.passages).map((g) => <PassageGroup key={g[0]!.n} passages={g} render={block} />)
        : article.passages.map((p) => block(p, true))}
      <PrintNotes />
    </article>
  );
}

/** Whether a part of a long article is near the view; the links it then gets are lit at once. */
function useLinkedNearView(ref: RefObject<Element | null>): boolean {
  const live = useNearView(ref);
  useLayoutEffect(() => {
    if (live) scheduleLitRefresh();
  }, [live]);
  return live;
}

/** Passages in a long article come near the view in runs of this many: one observed element a run. */
const GROUP = 25;

const groupsOf = (passages: readonly Passage[]): Passage[][] => {
  const out: Passage[][] = [];
  for (let i = 0; i < passages.length; i += GROUP) out.push(passages.slice(i, i + GROUP));
  return out;
};

/** A run of a long article's passages: linked while it is near the view, plain text otherwise. */
function PassageGroup({
  passages,
  render,
}: {
  passages: readonly Passage[];
  render: (p: Passage, live: boolean) => ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const live = useLinkedNearView(ref);
  return (
    <div ref={ref} className="passage-group">
      {passages.map((p) => render(p, live))}
    </div>
  );
}

/** Who published the article, under its title: "Source: …", or a byline as it is. */
function SourceLine({ source }: { source: string }) {
  if (!source) return null;
  // A long web address is shortened (whole in its tooltip); any source wraps inside the column.
  const shown = shownSource(source);
  return (
    <p className="source-line">
      {isByline(source) ? '' : 'Source: '}
      <cite title={shown === source ? undefined : source}>{shown}</cite>
    </p>
  );
}

const publishedDay = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
const publishedMonth = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** When and by whom the article was published, as the library keeps it; a date not found says so. */
function PublishedLine({ published }: { published: Published | undefined }) {
  if (!published?.date) return null;
  const d = new Date(`${published.date.length === 7 ? `${published.date}-01` : published.date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return null;
  const when = (published.date.length === 7 ? publishedMonth : publishedDay).format(d);
  return (
    <p className="published-line" data-date-from={published.dateFrom}>
      {published.dateFrom === 'opened' ? (
        <>
          No date found: <time dateTime={published.date}>opened {when}</time>
        </>
      ) : (
        <time dateTime={published.date}>{when}</time>
      )}
      {published.outlet && <> · {published.outlet}</>}
    </p>
  );
}

/** The source line of the reader's own article, and a way to correct it and the title (detection can be wrong). */
function EditableSource() {
  const data = useArticleStore((s) => s.current);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const firstField = useRef<HTMLInputElement>(null);
  // Focus follows the form: into its first field when it opens, back to the button when it closes.
  const opened = useRef(false);
  useEffect(() => {
    if (editing) {
      opened.current = true;
      firstField.current?.focus();
    } else if (opened.current) editButton.current?.focus();
  }, [editing]);
  if (!editing) {
    return (
      <div className="article-meta">
        <SourceLine source={data.article.source} />
        <PublishedLine published={data.article.published} />
        <button ref={editButton} type="button" className="edit-meta" onClick={() => setEditing(true)}>
          Edit title, source and date
        </button>
      </div>
    );
  }
  const save = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const field = (name: string) => String(form.get(name) ?? '');
    void import('../library/open-article.ts').then((m) =>
      m.correctArticle(data, {
        title: field('title'),
        source: field('source'),
        date: field('date'),
        outlet: field('outlet'),
      }),
    );
    setEditing(false);
  };
  return (
    <form className="meta-form" onSubmit={save} aria-label="Title, source and date">
      <label>
        <span>Title</span>
        <input ref={firstField} name="title" defaultValue={data.article.title} required />
      </label>
      <label>
        <span>Source</span>
        <input name="source" defaultValue={data.article.source} placeholder="Who published it" />
      </label>
      <label>
        <span>Date</span>
        <input
          name="date"
          defaultValue={data.article.published?.date ?? ''}
          placeholder="YYYY-MM-DD"
          pattern="\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?"
          title="A date as YYYY-MM-DD, or a month as YYYY-MM"
          inputMode="numeric"
        />
      </label>
      <label>
        <span>Outlet</span>
        <input
          name="outlet"
          defaultValue={data.article.published?.outlet ?? ''}
          placeholder="Who published it: Dawn, VOA…"
        />
      </label>
      <button type="submit">Save</button>
      <button type="button" onClick={() => setEditing(false)}>
        Cancel
      </button>
    </form>
  );
}

/**
 * A passage; `timed` marks the first paragraph for the benchmark's paint timing
 * (Element Timing). In a `lazy` article it is plain text until it is near the
 * view, and a passage with many mentions is linked piece by piece.
 */
const PassageBlock = memo(function PassageBlock({
  p,
  timed,
  live,
  lazy,
  own,
  claims,
}: {
  p: Passage;
  timed: boolean;
  live: boolean;
  lazy: boolean;
  /** A reader's own article: its passages also copy a link with the article. */
  own: boolean;
  claims: readonly Claim[];
}) {
  const active = useSelectionStore((s) => s.passage === p.n);
  const mentions = useArticleStore((s) => s.current.index.byPassage.get(p.n)) ?? NO_MENTIONS;
  const props = {
    id: `passage-${p.n}`,
    'data-passage': p.n,
    // Right-to-left text (Urdu, Pashto) takes its own direction.
    dir: 'auto',
    className: `passage passage-${p.kind}${active ? ' is-active' : ''}`,
  };
  const body = !live ? (
    p.text
  ) : lazy && mentions.length > CHUNK_MENTIONS ? (
    <Pieces text={p.text} mentions={mentions} claims={claims} passage={p.n} />
  ) : (
    <MentionText text={p.text} mentions={mentions} claims={claims} passage={p.n} />
  );
  switch (p.kind) {
    case 'headline':
      return <p {...props}>{body}</p>;
    case 'title':
      return <h1 {...props}>{body}</h1>;
    case 'heading':
      return <h2 {...props}>{body}</h2>;
    default:
      return (
        <div className="passage-wrap">
          <p {...props} {...(timed && { elementtiming: 'first-paragraph' })}>
            {body}
          </p>
          {live && (
            <span className="passage-copy">
              <CopyLink label={`Copy link to passage ${p.n}`} over={{ passage: p.n }} icon="pilcrow" />
              {own && <CopyLink label="Copy link with the article" over={{ passage: p.n }} icon="page" carry />}
            </span>
          )}
        </div>
      );
  }
});

/** A passage with many mentions, linked piece by piece as the pieces come near the view. */
const Pieces = memo(function Pieces({
  text,
  mentions,
  claims,
  passage,
}: {
  text: string;
  mentions: readonly Mention[];
  claims: readonly Claim[];
  passage: number;
}) {
  const pieces = useMemo(() => chunksOf(text, mentions, claims, CHUNK_MENTIONS), [text, mentions, claims]);
  return (
    <>
      {pieces.map((c) => (
        <Piece key={c.start} text={text} chunk={c} passage={passage} />
      ))}
    </>
  );
});

const Piece = memo(function Piece({ text, chunk, passage }: { text: string; chunk: Chunk; passage: number }) {
  const ref = useRef<HTMLSpanElement>(null);
  const live = useLinkedNearView(ref);
  return (
    <span ref={ref} className="piece">
      {live ? (
        <MentionText
          text={text}
          mentions={chunk.mentions}
          claims={chunk.claims}
          passage={passage}
          from={chunk.start}
          to={chunk.end}
        />
      ) : (
        text.slice(chunk.start, chunk.end)
      )}
    </span>
  );
});

function MentionText({
  text,
  mentions,
  claims,
  passage,
  from,
  to,
}: {
  text: string;
  mentions: readonly Mention[];
  claims: readonly Claim[];
  passage: number;
  from?: number;
  to?: number;
}) {
  return (
    <>
      {segmentsOf(text, mentions, claims, from, to).map((seg, i) =>
        seg.type === 'text' ? (
          seg.text
        ) : seg.type === 'mention' ? (
          <MentionLink key={seg.start} placeId={seg.placeId} passage={passage} start={seg.start}>
            {seg.text}
          </MentionLink>
        ) : (
          <span
            key={`c${i}`}
            className="claim"
            data-claim={seg.placeId}
            title={claimNote(seg.claim, nameOf, measurable)}
          >
            {seg.text}
          </span>
        ),
      )}
    </>
  );
}

function MentionLink({
  placeId,
  passage,
  start,
  children,
}: {
  placeId: string;
  passage: number;
  start: number;
  children: string;
}) {
  const name = placeById(placeId)?.name ?? placeId;
  const note = useArticleStore((s) => s.current.footnotes.get(placeId));
  const article = useArticleStore((s) => (s.current.id === DEFAULT_ARTICLE_DATA.id ? null : s.current.id));
  return (
    <a
      // Lit (selected, or hovered on the map) by one style rule for its place: lit-mentions.ts.
      className="mention"
      href={placeHref(placeId, passage, article)}
      data-place={placeId}
      data-note={note}
      title={name === children ? undefined : name}
      onClick={(e) => {
        if (!isPlainClick(e)) return;
        e.preventDefault();
        chooseMention(placeId, passage);
      }}
      // The reader corrects the place here: right click, the menu key, or Shift+F10.
      onContextMenu={(e) => {
        e.preventDefault();
        const r = e.currentTarget.getBoundingClientRect();
        openMentionMenu({
          passage,
          start,
          end: start + children.length,
          words: children,
          placeId,
          x: r.left,
          y: r.bottom,
        });
      }}
      onMouseEnter={() => hover(placeId, 'text')}
      onMouseLeave={() => hover(null, 'text')}
      onFocus={() => hover(placeId, 'text')}
      onBlur={() => hover(null, 'text')}
    >
      {children}
    </a>
  );
}
