import { Fragment, memo, useEffect, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { PrintNotes } from './PrintNotes.tsx';
import { openMentionMenu } from '../corrections/ui-store.ts';
import { nameOf, placeById } from '../places/gazetteer.ts';
import { claimNote, type Claim } from '../places/claims.ts';
import { measurable } from '../places/place-data.ts';
import type { Mention } from '../places/mentions.ts';
import { segmentsOf } from './segments.ts';
import { useArticleStore } from '../store/article.ts';
import { hover, select, useSelectionStore } from '../store/selection.ts';
import { requestFrame } from '../store/view.ts';
import { CopyLink } from '../url/CopyLink.tsx';
import { isPlainClick, placeHref } from './links.ts';
import { scrollToPassage } from './scroll.ts';
import { DEFAULT_ARTICLE_DATA } from './default-article.ts';
import { isByline, type Passage } from './passages.ts';
import { shownSource } from './source.ts';
import { refreshLitMentions } from './lit-mentions.ts';

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
  return (
    <article
      key={data.id}
      className="article"
      data-article-id={data.id}
      aria-labelledby={title ? `passage-${title.n}` : undefined}
    >
      {article.passages.map((p) => (
        <Fragment key={p.n}>
          <PassageBlock p={p} timed={p === firstParagraph} />
          {p === title && (own ? <EditableSource /> : <SourceLine source={article.source} />)}
        </Fragment>
      ))}
      <PrintNotes />
    </article>
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
        <button ref={editButton} type="button" className="edit-meta" onClick={() => setEditing(true)}>
          Edit title and source
        </button>
      </div>
    );
  }
  const save = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    void import('../library/open-article.ts').then((m) =>
      m.correctArticle(data, String(form.get('title') ?? ''), String(form.get('source') ?? '')),
    );
    setEditing(false);
  };
  return (
    <form className="meta-form" onSubmit={save} aria-label="Title and source">
      <label>
        <span>Title</span>
        <input ref={firstField} name="title" defaultValue={data.article.title} required />
      </label>
      <label>
        <span>Source</span>
        <input name="source" defaultValue={data.article.source} placeholder="Who published it" />
      </label>
      <button type="submit">Save</button>
      <button type="button" onClick={() => setEditing(false)}>
        Cancel
      </button>
    </form>
  );
}

/** A passage; `timed` marks the first paragraph for the benchmark's paint timing (Element Timing). */
const PassageBlock = memo(function PassageBlock({ p, timed }: { p: Passage; timed: boolean }) {
  const active = useSelectionStore((s) => s.passage === p.n);
  const mentions = useArticleStore((s) => s.current.index.byPassage.get(p.n)) ?? [];
  const claims = useArticleStore((s) => s.current.claims);
  const props = {
    id: `passage-${p.n}`,
    'data-passage': p.n,
    // Right-to-left text (Urdu, Pashto) takes its own direction.
    dir: 'auto',
    className: `passage passage-${p.kind}${active ? ' is-active' : ''}`,
  };
  const body = (
    <MentionText text={p.text} mentions={mentions} claims={claims.filter((c) => c.passage === p.n)} passage={p.n} />
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
          <CopyLink label={`Copy link to passage ${p.n}`} over={{ passage: p.n }} className="passage-copy" icon />
        </div>
      );
  }
});

function MentionText({
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
  return (
    <>
      {segmentsOf(text, mentions, claims).map((seg, i) =>
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
