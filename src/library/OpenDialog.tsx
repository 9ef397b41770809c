// "Open an article": paste text, choose a file, or pick one the library keeps.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { placeCount } from '../core/article/article-data.ts';
import { formatOfPaste } from '../core/article/readers/sniff.ts';
import { DEFAULT_ARTICLE_DATA } from '../article/default-article.ts';
import { notify } from '../notices/notices.ts';
import { seedArticle, setDialogOpen, showArticle, useArticleStore } from '../store/article.ts';
import { SEED_KEY } from '../corrections/user-places.ts';
import type { KeptArticle } from './library.ts';
import { ARTICLE_KEPT, FILES_LEFT } from './events.ts';
import { openLibraryView } from '../store/library-view.ts';
import type { Batch } from './import-files.ts';
import {
  askToPersist,
  getLibrary,
  openFile,
  openKept,
  openText,
  takeFilesForDialog,
  takeLeftForDialog,
  type Ask,
  type Opened,
} from './open-article.ts';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const dayFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

/** "Dawn, 12 Mar 2024 · ": who published a kept article and when, where found (a date not found is not shown). */
function published(a: KeptArticle): string {
  const when =
    a.date && a.dateFrom !== 'opened' && a.date.length === 10
      ? dayFormat.format(new Date(`${a.date}T00:00:00Z`))
      : a.dateFrom !== 'opened'
        ? a.date
        : '';
  const parts = [a.outlet, when].filter(Boolean);
  return parts.length ? `${parts.join(', ')} · ` : '';
}

export default function OpenDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const current = useArticleStore((s) => s.current.id);
  const seed = useArticleStore((s) => s.seed);
  const awaited = useArticleStore((s) => s.awaited);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [kept, setKept] = useState<KeptArticle[] | null>(null);
  const [persistent, setPersistent] = useState<boolean | null>(null);
  /** The articles removed while the dialog is open, newest last, and whether each was the one open (Undo opens it again). */
  const [removed, setRemoved] = useState<{ article: KeptArticle; wasOpen: boolean }[]>([]);
  const removedList = useRef<HTMLUListElement>(null);
  // A drop on the page may have left a question or a library's report for the dialog.
  const [left] = useState(takeLeftForDialog);
  const [question, setQuestion] = useState<Ask | null>(left?.ok === 'ask' ? left : null);
  const [imported, setImported] = useState(left?.ok === 'imported' ? left.message : '');

  const refresh = () =>
    getLibrary()
      .then(({ lib, kept: stored }) => {
        if (!stored) setPersistent(false);
        return lib.list().then((all) => all.filter((a) => a.id !== SEED_KEY));
      })
      .then(setKept, () => setKept([]));

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    void refresh();
    void askToPersist().then((p) => setPersistent((was) => (was === false ? false : p)));
    // An article opened before the dialog (a dropped file) may be kept after it opened.
    const kept = () => void refresh();
    document.addEventListener(ARTICLE_KEPT, kept);
    return () => document.removeEventListener(ARTICLE_KEPT, kept);
  }, []);

  const close = () => setDialogOpen(false);
  const done = (r: Opened) => {
    setBusy(false);
    setQuestion(null);
    if (r.ok === true) close();
    else if (r.ok === 'ask') setQuestion(r);
    else if (r.ok === 'imported') {
      setImported(r.message);
      void refresh();
    } else setError(r.message);
  };
  const answer = (run: () => Promise<Opened>) => {
    setBusy(true);
    void run().then(done, () => done({ ok: false, message: 'The library could not be written.' }));
  };

  const onPaste = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const text = String(new FormData(e.currentTarget).get('text') ?? '');
    setBusy(true);
    setError('');
    // A paste of a page's HTML is read as HTML, and one that starts with a Markdown heading as Markdown.
    void openText(text, formatOfPaste(text)).then(done, () =>
      done({ ok: false, message: 'The text could not be read.' }),
    );
  };

  const onFile = (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError('');
    setImported('');
    void openFile(file).then(done, () => done({ ok: false, message: `“${file.name}” could not be read.` }));
  };

  /** Several files: each kept in the library, with progress and Cancel; the article shown stays. */
  const [batch, setBatch] = useState<{ done: number; total: number; name: string; stop: AbortController } | null>(null);
  const [report, setReport] = useState<{ summary: string; batch: Batch } | null>(null);
  const onFiles = (list: FileList | File[] | null | undefined) => {
    const files = [...(list ?? [])];
    if (files.length <= 1) return onFile(files[0]);
    if (batch) return;
    const stop = new AbortController();
    setError('');
    setImported('');
    setReport(null);
    setBatch({ done: 0, total: files.length, name: files[0]!.name, stop });
    void import('./import-files.ts').then(async ({ importFiles, batchSummary }) => {
      const b = await importFiles(files, stop.signal, (done, total, name) =>
        setBatch((was) => (was ? { ...was, done, total, name } : was)),
      );
      setBatch(null);
      setReport({ summary: batchSummary(b, files.length), batch: b });
      void refresh();
    });
  };
  // Files dropped on the page, several at once: brought in here.
  useEffect(() => {
    const take = () => {
      const files = takeFilesForDialog();
      if (files) onFiles(files);
    };
    take();
    document.addEventListener(FILES_LEFT, take);
    return () => document.removeEventListener(FILES_LEFT, take);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, at mount: later drops arrive by the event, and onFiles reads its state afresh through setters
  }, []);

  const remove = async (a: KeptArticle) => {
    const { lib } = await getLibrary();
    await lib.remove(a.id);
    const wasOpen = current === a.id;
    setRemoved((all) => [...all.filter((r) => r.article.id !== a.id), { article: a, wasOpen }]);
    if (wasOpen) showArticle(seedArticle(), 'user');
    await refresh();
    // The button pressed is gone: focus goes to its Undo (the list's last).
    removedList.current?.querySelector<HTMLButtonElement>('li:last-child button')?.focus();
  };
  const undo = async (r: { article: KeptArticle; wasOpen: boolean }) => {
    const { lib } = await getLibrary();
    await lib.put(r.article);
    setRemoved((all) => all.filter((x) => x.article.id !== r.article.id));
    await refresh();
    // The article the removal closed opens again; focus goes to the article brought back.
    if (r.wasOpen) await openKept(r.article.id, 'user').catch(() => null);
    dialog.current
      ?.querySelector<HTMLButtonElement>(`li[data-article="${CSS.escape(r.article.id)}"] .library-item`)
      ?.focus();
  };

  return (
    <dialog
      ref={dialog}
      className="open-dialog"
      aria-labelledby="open-dialog-title"
      onClose={close}
      data-testid="dialog.open"
    >
      <div className="dialog-head">
        <h2 id="open-dialog-title">Open an article</h2>
        <button type="button" className="close" onClick={close} aria-label="Close">
          ×
        </button>
      </div>
      {awaited && (
        <p className="awaited" role="status">
          The link you opened is for an article this browser does not have (its id is <code>{awaited}</code>). Open the
          article bundle its sender can export from Export, Article bundle: it carries their title, source and
          corrections. Or open or paste the same text. The link’s place, passage and view then follow.
        </p>
      )}
      <form onSubmit={onPaste} className="paste">
        <label htmlFor="article-text">Article text</label>
        <textarea id="article-text" name="text" rows={8} dir="auto" placeholder="Paste the article’s text here" />
        <button type="submit" disabled={busy}>
          Open
        </button>
      </form>
      <div className="file">
        <label htmlFor="article-file">
          Or open files (.txt, .md, .html up to 5 MB each; an exported bundle or library, .json, up to 12 MB), or drop
          them anywhere on the page. Several at once are added to the library.
        </label>
        <input
          id="article-file"
          type="file"
          multiple
          disabled={batch !== null}
          accept=".txt,.text,.md,.markdown,.html,.htm,.json,text/plain,text/markdown,text/html,application/json"
          onChange={(e) => onFiles(e.currentTarget.files)}
        />
      </div>
      {batch && (
        <div className="dialog-batch" role="group" aria-labelledby="batch-label">
          <label id="batch-label" htmlFor="batch-progress">
            Bringing in {batch.total} files: {batch.done} done{batch.name ? ` (reading “${batch.name}”)` : ''}
          </label>
          <progress id="batch-progress" max={batch.total} value={batch.done} />
          <button type="button" onClick={() => batch.stop.abort()} disabled={batch.stop.signal.aborted}>
            Cancel
          </button>
        </div>
      )}
      {report && (
        <div className="dialog-imported" role="status" data-testid="dialog.batch-report">
          <p>{report.summary}</p>
          {report.batch.failed.length > 0 && (
            <ul className="batch-failed">
              {report.batch.failed.map((f, i) => (
                <li key={i}>
                  “{f.name}”: {f.message.replace(/^“[^”]*” /, '')}
                </li>
              ))}
            </ul>
          )}
          {report.batch.kept.length > 0 && (
            <button
              type="button"
              onClick={() => {
                close();
                openLibraryView({ place: null, from: null, to: null, source: null }, 'user');
              }}
            >
              Show the library
            </button>
          )}
        </div>
      )}
      {question && (
        <div className="dialog-question" role="group" aria-labelledby="dialog-question-text">
          <p id="dialog-question-text">{question.message}</p>
          {question.choices.map((c) => (
            <button key={c.label} type="button" disabled={busy} onClick={() => answer(c.run)}>
              {c.label}
            </button>
          ))}
        </div>
      )}
      {imported && (
        <p className="dialog-imported" role="status">
          {imported}
        </p>
      )}
      <p className="dialog-error" role="alert">
        {error}
      </p>
      <section aria-labelledby="library-title" className="library">
        <h3 id="library-title">Library</h3>
        {persistent === false && (
          <p className="hint">
            This browser may clear the library when it runs short of space, or keeps nothing for this site.
          </p>
        )}
        <ul data-testid="library.list">
          <li>
            <button
              type="button"
              className="library-item"
              aria-current={current === DEFAULT_ARTICLE_DATA.id ? 'true' : undefined}
              onClick={() => {
                showArticle(seedArticle(), 'user');
                close();
              }}
            >
              <span className="title">{seed.article.title}</span>
              <span className="meta">Default article · {placeCount(seed)} places</span>
            </button>
          </li>
          {(kept ?? []).map((a) => (
            <li key={a.id} data-article={a.id}>
              <button
                type="button"
                className="library-item"
                aria-current={current === a.id ? 'true' : undefined}
                onClick={() => {
                  openKept(a.id, 'user').then(
                    (d) => (d ? close() : notify('That article is no longer in the library.')),
                    (err: unknown) => notify(err instanceof Error ? err.message : String(err)),
                  );
                }}
              >
                <span className="title" dir="auto">
                  {a.title}
                </span>
                <span className="meta">
                  {published(a)}
                  {a.placeCount < 0
                    ? `Brought in ${dateFormat.format(a.openedAt)} · not opened here yet`
                    : `Opened ${dateFormat.format(a.openedAt)} · ${a.placeCount} place${a.placeCount === 1 ? '' : 's'}`}
                </span>
              </button>
              <button
                type="button"
                className="remove"
                onClick={() => void remove(a)}
                aria-label={`Remove “${a.title}” from the library`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
        {removed.length > 0 && (
          <div className="removed" role="status">
            <ul ref={removedList}>
              {removed.map((r) => (
                <li key={r.article.id}>
                  Removed “{r.article.title}”.{' '}
                  <button
                    type="button"
                    onClick={() => void undo(r)}
                    aria-label={`Undo: bring back “${r.article.title}”`}
                  >
                    Undo
                  </button>
                </li>
              ))}
            </ul>
            <p className="hint">
              {removed.length === 1 ? 'It can be brought back' : 'Each can be brought back'} until this dialog closes.
            </p>
          </div>
        )}
      </section>
    </dialog>
  );
}
