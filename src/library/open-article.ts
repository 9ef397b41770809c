// Opening an article the reader brings: from a paste, a file, a drop, the
// library or a link. Loaded when first needed; the default article never needs it.
import { articleData, placeCount, type ArticleData } from '../core/article/article-data.ts';
import { DEFAULT_ARTICLE, DEFAULT_ARTICLE_DATA, DEFAULT_TEXT } from '../article/default-article.ts';
import { retitle, type Article } from '../core/article/passages.ts';
import { MAX_TEXT_BYTES, textOverLimit, tooLarge } from '../core/article/sizes.ts';
import { contentId } from '../core/article/readers/content-id.ts';
import { decodeText, ENCODING_NAMES, isUtf16 } from '../core/article/readers/decode.ts';
import { readText } from '../core/article/readers/text.ts';
import { notify } from '../notices/notices.ts';
import { loadGazetteer, type LoadedGazetteer } from '../places/finder/load.ts';
import { allPlaces, placeById } from '../core/places/gazetteer.ts';
import { registerTextPlaces, showArticle, updateSeed } from '../store/article.ts';
import { datedFor, keepIndex, type Dated } from './keep-index.ts';
import { ARTICLE_KEPT } from './events.ts';
import { memoryLibrary, openLibrary, type ArticleFormat, type KeptArticle, type Library } from './library.ts';
import { fixesOf, registerUserPlaces, SEED_KEY } from '../corrections/user-places.ts';
import { staleSummary } from '../core/corrections/corrections.ts';

/** Say which of the reader's corrections no longer apply, and why: counted, with the first few listed. */
function sayStale(data: ArticleData): void {
  if (data.stale.length === 0) return;
  const { text, details } = staleSummary(
    data.stale,
    (n) => data.article.passages[n - 1]?.text,
    (id) => placeById(id) !== undefined,
  );
  notify(text, 'article', details, details.length ? data.stale.length : 0);
}

/** The place finder and gazetteer that indexed an article; kept with it. */
export const finderVersion = (g: LoadedGazetteer) => `gazetteer-${g.version}`;

/** The largest file the explorer opens: as much as the text it may hold. */
export const MAX_FILE_BYTES = MAX_TEXT_BYTES;

/** A question for the reader before opening goes on: what is at stake, and the ways on. */
export interface Ask {
  ok: 'ask';
  message: string;
  choices: { label: string; run: () => Promise<Opened> }[];
}

/**
 * What opening gave: the article; a message for the reader (nothing else
 * changed); a question to ask first; or, for a library file, what was added.
 */
export type Opened =
  { ok: true; data: ArticleData } | { ok: false; message: string } | Ask | { ok: 'imported'; message: string };

/** An error whose message is for the reader (`forReader`): callers in other chunks show it as it is. */
const readerError = (message: string) => Object.assign(new Error(message), { forReader: true });

/** The regional gazetteer, or the reader's message when it cannot be had. */
export async function gazetteer(): Promise<LoadedGazetteer | string> {
  try {
    return await loadGazetteer();
  } catch (err) {
    return `${err instanceof Error ? err.message : String(err)} The article was not opened; try again.`;
  }
}

let library: Promise<{ lib: Library; kept: boolean }> | null = null;

/** The reader's library; for this visit only where the browser keeps nothing. */
export function getLibrary(): Promise<{ lib: Library; kept: boolean }> {
  library ??= openLibrary().then(
    (lib) => ({ lib, kept: true }),
    () => ({ lib: memoryLibrary(), kept: false }),
  );
  return library;
}

/** Whether this browser's library can be read at all (not a library for this visit only). */
export const libraryReadable = async (): Promise<boolean> => (await getLibrary()).kept;

/** Whether the browser will keep the library when space runs short; asked once. */
let persisted: Promise<boolean> | null = null;
export function askToPersist(): Promise<boolean> {
  persisted ??= navigator.storage?.persist ? navigator.storage.persist().catch(() => false) : Promise.resolve(false);
  return persisted;
}

let seedId: Promise<string> | null = null;
/** The content id of the default article's text. */
export const defaultId = () => (seedId ??= contentId(DEFAULT_TEXT));

async function read(text: string, format: ArticleFormat): Promise<Article> {
  if (format === 'markdown') return (await import('../core/article/readers/markdown.ts')).readMarkdown(text);
  if (format === 'html') return (await import('../core/article/readers/html.ts')).readHtml(text);
  return readText(text);
}

const ONLY_ADDRESS = /^\s*(?:https?:\/\/|www\.)\S+\s*$/i;

/** Put a kept article's corrections (title, source) on the article as read. */
const withCorrections = (article: Article, kept: KeptArticle | undefined): Article =>
  kept ? { ...retitle(article, kept.title), source: kept.source } : article;

/** The article with its date and outlet, for the article view to show. */
const withDated = (article: Article, published: Dated): Article => ({ ...article, published });

/** The library's record of an article just indexed. */
const keptOf = (
  id: string,
  format: ArticleFormat,
  text: string,
  data: ArticleData,
  finder: string,
  openedAt: number,
  dated: Dated,
  before: KeptArticle | undefined,
): KeptArticle => ({
  id,
  format,
  text,
  title: data.article.title,
  source: data.article.source,
  openedAt,
  placeCount: placeCount(data),
  finder,
  ...dated,
  ...(before?.corrections ? { corrections: before.corrections } : {}),
  ...(before?.userPlaces ? { userPlaces: before.userPlaces } : {}),
});

/**
 * Index an article as read, with what the library keeps of it (the reader's
 * corrections, its date and outlet, else those found in it now).
 */
function indexRead(id: string, article: Article, kept: KeptArticle | undefined, g: LoadedGazetteer, openedAt: number) {
  const fixes = fixesOf(kept);
  registerUserPlaces(fixes.userPlaces);
  const dated = datedFor(kept, article, openedAt);
  const data = articleData(id, withDated(withCorrections(article, kept), dated), g.find, allPlaces(), fixes);
  return { data, dated };
}

/** What keeping one of several files gave: its title, or why it was not kept. */
export type Kept = { ok: true; id: string; title: string } | { ok: false; message: string };

/**
 * Read, index and keep a text without showing it (one of several files
 * brought at once): the library and its place index get it, the view stays.
 */
export async function keepText(text: string, format: ArticleFormat): Promise<Kept> {
  if (text.trim() === '') return { ok: false, message: 'it has no text' };
  const over = textOverLimit(text);
  if (over) return { ok: false, message: tooLarge('it', over, MAX_TEXT_BYTES, 'texts') };
  const id = await contentId(text);
  if (id === (await defaultId())) return { ok: true, id: DEFAULT_ARTICLE_DATA.id, title: DEFAULT_ARTICLE.title };
  const article = await read(text, format);
  if (article.passages.length === 0) return { ok: false, message: 'there is no readable text in it' };
  const { lib } = await getLibrary();
  const before = await lib.get(id).catch(() => undefined);
  const g = await gazetteer();
  if (typeof g === 'string') return { ok: false, message: g };
  const openedAt = Date.now();
  const { data, dated } = indexRead(id, article, before, g, openedAt);
  registerTextPlaces(data);
  try {
    await lib.put(keptOf(id, format, text, data, finderVersion(g), before?.openedAt ?? openedAt, dated, before));
    await keepIndex(lib, data, dated, finderVersion(g));
  } catch {
    return { ok: false, message: 'the library could not be written (storage is full or blocked)' };
  }
  return { ok: true, id, title: data.article.title };
}

/**
 * Index a kept article without showing it, and keep its place index: for the
 * library view, over articles kept before the index existed or by an older finder.
 */
export async function indexKept(kept: KeptArticle): Promise<boolean> {
  if (textOverLimit(kept.text)) return false;
  const g = await gazetteer();
  if (typeof g === 'string') return false;
  const { data, dated } = indexRead(kept.id, await read(kept.text, kept.format), kept, g, kept.openedAt);
  registerTextPlaces(data);
  const { lib } = await getLibrary();
  await lib.put({ ...kept, ...dated, placeCount: placeCount(data) }).catch(() => undefined);
  return keepIndex(lib, data, dated, finderVersion(g));
}

/** Read, index and show a text; keep it in the library. */
export async function openText(text: string, format: ArticleFormat): Promise<Opened> {
  performance.mark('article:open'); // read by the benchmark
  if (text.trim() === '')
    return { ok: false, message: 'There is no text to open: paste an article, or choose a file.' };
  if (ONLY_ADDRESS.test(text)) {
    return {
      ok: false,
      message:
        'That is a web address. The explorer works offline and cannot fetch pages: paste the article’s text instead.',
    };
  }
  const over = textOverLimit(text);
  if (over) return { ok: false, message: tooLarge('The text', over, MAX_TEXT_BYTES, 'texts') };
  const id = await contentId(text);
  if (id === (await defaultId())) return openSeed('user');
  const article = await read(text, format);
  if (article.passages.length === 0) return { ok: false, message: 'There is no readable text in it.' };
  const { lib, kept: persistent } = await getLibrary();
  const before = await lib.get(id).catch(() => undefined);
  const g = await gazetteer();
  if (typeof g === 'string') return { ok: false, message: g };
  const openedAt = Date.now();
  performance.mark('article:finding'); // read by the benchmark: finding the places, from here…
  const { data, dated } = indexRead(id, article, before, g, openedAt);
  performance.mark('article:found'); // …to here; React shows it next
  showArticle(data, 'user');
  sayStale(data);
  if (placeCount(data) === 0) notify('No place the explorer knows was found in this article.', 'no-places');
  try {
    await lib.put(keptOf(id, format, text, data, finderVersion(g), openedAt, dated, before));
    await keepIndex(lib, data, dated, finderVersion(g));
    // A dialog the reader opened meanwhile lists it.
    document.dispatchEvent(new Event(ARTICLE_KEPT));
    if (!persistent)
      notify('This browser keeps nothing for this site: the article is open for this visit only.', 'article');
  } catch {
    notify(
      'The article could not be kept in this browser’s library (storage is full or blocked); it is open for this visit.',
      'article',
    );
  }
  return { ok: true, data };
}

/** Which reader a file goes through, by its name. */
export function formatOf(name: string): ArticleFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'txt' || ext === 'text') return 'text';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'html' || ext === 'htm') return 'html';
  return null;
}

/** Whether bytes are a binary file (an image, an archive) rather than text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  const magic = [
    [0x89, 0x50, 0x4e, 0x47], // PNG
    [0xff, 0xd8, 0xff], // JPEG
    [0x47, 0x49, 0x46, 0x38], // GIF
    [0x50, 0x4b, 0x03, 0x04], // zip (and docx, xlsx)
    [0x25, 0x50, 0x44, 0x46], // PDF
    [0x1f, 0x8b], // gzip
  ];
  if (magic.some((m) => m.every((b, i) => head[i] === b))) return true;
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}

/** What a drop gave that the dialog must show (a question, what a library file added); taken once. */
let pending: Opened | null = null;
export function leaveForDialog(r: Opened): void {
  pending = r;
}
export function takeLeftForDialog(): Opened | null {
  const r = pending;
  pending = null;
  return r;
}

/** Several files dropped on the page: the dialog brings them in, with its progress and Cancel; taken once. */
let pendingFiles: File[] | null = null;
export function leaveFilesForDialog(files: File[]): void {
  pendingFiles = files;
}
export function takeFilesForDialog(): File[] | null {
  const f = pendingFiles;
  pendingFiles = null;
  return f;
}

/** Keep an article from a bundle (replacing the library's copy) and open it. */
async function keepAndOpen(incoming: KeptArticle): Promise<Opened> {
  const { lib, kept } = await getLibrary();
  try {
    await lib.put(incoming);
  } catch {
    return {
      ok: false,
      message: 'The article could not be kept in this browser’s library (storage is full or blocked).',
    };
  }
  const opened = await openKeptAfterImport(incoming.id);
  if (opened.ok === true && !kept)
    notify('This browser keeps nothing for this site: the article is open for this visit only.', 'article');
  return opened;
}

async function openKeptAfterImport(id: string): Promise<Opened> {
  if (id === SEED_KEY) return openSeed('user');
  try {
    const data = await openKept(id, 'user');
    return data
      ? { ok: true, data }
      : { ok: false, message: 'The article could not be kept in this browser’s library.' };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

/** Open an article bundle: its text, title, source and corrections; the reader decides over a kept copy. */
async function openBundle(json: string, name: string): Promise<Opened> {
  const { readBundle } = await import('../core/export/bundle.ts');
  const { keptForLibrary, differs, readLibraryFile, LIBRARY_FORMAT } = await import('./import-bundle.ts');
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, message: `“${name}” is not valid JSON.` };
  }
  const { lib, kept } = await getLibrary();
  if ((raw as { format?: unknown } | null)?.format === LIBRARY_FORMAT) {
    const r = await readLibraryFile(raw, lib, `“${name}”`, await defaultId());
    if (!r.ok) return r;
    return importLibrary(r.result, lib, kept);
  }
  const r = await readBundle(json, `“${name}”`);
  if (!r.ok) return r;
  const incoming = keptForLibrary(r.bundle, await defaultId());
  const before = await lib.get(incoming.id).catch(() => undefined);
  if (!before) return keepAndOpen(incoming);
  if (!differs(before, incoming)) return openKeptAfterImport(before.id);
  return {
    ok: 'ask',
    message: `“${before.title}” is already in your library, with a title, source or corrections of your own that the file’s differ from.`,
    choices: [
      { label: 'Replace with the file’s', run: () => keepAndOpen(incoming) },
      { label: 'Keep mine', run: () => openKeptAfterImport(before.id) },
    ],
  };
}

/** "1 article", "2,000 articles": a count and its noun, for the reader. */
export const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
const titles = (articles: readonly KeptArticle[]) =>
  articles
    .slice(0, 3)
    .map((a) => `“${a.title.slice(0, 60)}”`)
    .join(', ') + (articles.length > 3 ? ` and ${articles.length - 3} more` : '');

/**
 * Add a library file's articles: new ones at once; the reader decides over
 * kept ones that differ. The report says exactly what was kept: a write that
 * fails part way (storage full) names what was not; a library that lives for
 * this visit only says so.
 */
async function importLibrary(
  found: import('./import-bundle.ts').LibraryImport,
  lib: Library,
  persistent: boolean,
): Promise<Opened> {
  /** Write in order; the articles written, and those not (from the first write that failed). */
  const add = async (articles: KeptArticle[]) => {
    const written: KeptArticle[] = [];
    for (const [i, a] of articles.entries()) {
      try {
        await lib.put(a);
      } catch {
        return { written, failed: articles.slice(i) };
      }
      written.push(a);
    }
    return { written, failed: [] as KeptArticle[] };
  };
  const report = async (added: Awaited<ReturnType<typeof add>>, replaced: Awaited<ReturnType<typeof add>> | null) => {
    const tried = found.fresh.length;
    const failed = [...added.failed, ...(replaced?.failed ?? [])];
    const parts = [
      added.failed.length
        ? `Added ${added.written.length} of ${plural(tried, 'new article')} to your library`
        : `Added ${plural(tried, 'article')} to your library`,
      persistent ? '' : 'for this visit only (this browser keeps nothing for this site)',
      found.same.length ? `${found.same.length} already there as they are` : '',
      replaced
        ? `${replaced.written.length} replaced`
        : found.conflicts.length
          ? `${found.conflicts.length} of yours kept`
          : '',
      found.refused.length ? `${found.refused.length} could not be read (${found.refused[0]})` : '',
      ...found.repeated.map(
        (r) => `“${r.title.slice(0, 60)}” is in the file ${r.copies} times: the last copy was read`,
      ),
    ].filter(Boolean);
    const lost = failed.length
      ? ` ${plural(failed.length, 'article was', 'articles were')} not kept (storage is full or blocked): ${titles(failed)}.`
      : '';
    if ([...added.written, ...(replaced?.written ?? [])].some((a) => a.id === SEED_KEY)) await refreshSeed();
    return `${parts.join('; ')}.${lost}`;
  };
  const added = await add(found.fresh);
  if (added.written.length === 0 && added.failed.length > 0) {
    return {
      ok: false,
      message: `The library could not be written (storage is full or blocked); nothing was added.`,
    };
  }
  if (found.conflicts.length === 0) return { ok: 'imported', message: await report(added, null) };
  const n = found.conflicts.length;
  return {
    ok: 'ask',
    message: `${n} article${n === 1 ? ' in the file is' : 's in the file are'} already in your library, with titles, sources or corrections that differ.`,
    choices: [
      {
        label: `Replace ${n === 1 ? 'it' : 'them'} with the file’s`,
        run: async () => ({ ok: 'imported', message: await report(added, await add(found.conflicts)) }),
      },
      { label: 'Keep mine', run: async () => ({ ok: 'imported', message: await report(added, null) }) },
    ],
  };
}

/** The default article's corrections changed in the library: the default article shows them, if it is open. */
async function refreshSeed(): Promise<void> {
  const data = await seedWithCorrections();
  updateSeed(data);
}

/** A file's text, read as the explorer reads files: its reader, or why it cannot be read. */
export type FileText =
  | { ok: true; kind: 'article'; text: string; format: ArticleFormat; encoding: string }
  | { ok: true; kind: 'bundle'; text: string }
  | { ok: false; message: string };

/** Read a file the reader chose or dropped, refusing what is not an article or a bundle. */
export async function readFileText(file: File): Promise<FileText> {
  if (/\.json$/i.test(file.name)) {
    const { MAX_BUNDLE_BYTES } = await import('../core/export/bundle.ts');
    if (file.size > MAX_BUNDLE_BYTES) {
      return { ok: false, message: tooLarge(`“${file.name}”`, file.size, MAX_BUNDLE_BYTES, 'bundles') };
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (!isUtf16(bytes) && looksBinary(bytes)) return { ok: false, message: `“${file.name}” is not text.` };
    return { ok: true, kind: 'bundle', text: decodeText(bytes).text };
  }
  const format = formatOf(file.name);
  if (!format) {
    return {
      ok: false,
      message: `“${file.name}” is not a text, Markdown or HTML file, or a bundle (.txt, .md, .html, .json).`,
    };
  }
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, message: tooLarge(`“${file.name}”`, file.size, MAX_FILE_BYTES, 'files') };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  // UTF-16's zero bytes are text: only bytes without its mark are checked for a binary file.
  if (!isUtf16(bytes) && looksBinary(bytes))
    return { ok: false, message: `“${file.name}” is not text (it looks like an image or an archive).` };
  const { text, encoding } = decodeText(bytes);
  return { ok: true, kind: 'article', text, format, encoding };
}

/** Open a file the reader chose or dropped. */
export async function openFile(file: File): Promise<Opened> {
  const read = await readFileText(file);
  if (!read.ok) return read;
  if (read.kind === 'bundle') return openBundle(read.text, file.name);
  const opened = await openText(read.text, read.format);
  if (opened.ok === true && read.encoding === 'windows-1252') {
    notify(
      `“${file.name}” is not in UTF-8: it was read as ${ENCODING_NAMES[read.encoding]}. If its letters look wrong, save it as UTF-8 and open it again.`,
      'article',
    );
  }
  return opened;
}

/**
 * Open an article the library holds; null when it holds none with that id.
 * Fails, with a message for the reader, when the gazetteer cannot be loaded.
 */
export async function openKept(id: string, origin: 'user' | 'url'): Promise<ArticleData | null> {
  performance.mark('article:open'); // read by the benchmark
  const { lib } = await getLibrary();
  const kept = await lib.get(id).catch(() => undefined);
  if (!kept) return null;
  const data = await showKept(kept, origin);
  const dated = datedFor(kept, data.article, kept.openedAt);
  await lib.put({ ...kept, ...dated, openedAt: Date.now(), placeCount: placeCount(data) }).catch(() => undefined);
  const g = await gazetteer();
  if (typeof g !== 'string') await keepIndex(lib, data, dated, finderVersion(g));
  return data;
}

/**
 * Index and show an article as the library keeps it (or as a link brought
 * it), without reading or writing the library. Fails, with a message for the
 * reader, when the gazetteer cannot be loaded or the text is too large.
 */
export async function showKept(kept: KeptArticle, origin: 'user' | 'url'): Promise<ArticleData> {
  const over = textOverLimit(kept.text);
  if (over) throw readerError(tooLarge(`“${kept.title}”`, over, MAX_TEXT_BYTES, 'texts'));
  const g = await gazetteer();
  if (typeof g === 'string') throw readerError(g);
  const article = await read(kept.text, kept.format);
  performance.mark('article:finding'); // read by the benchmark: finding the places, from here…
  const { data } = indexRead(kept.id, article, kept, g, kept.openedAt);
  performance.mark('article:found'); // …to here; React shows it next
  showArticle(data, origin);
  sayStale(data);
  return data;
}

/**
 * The default article with the reader's corrections of it, if the library
 * holds any (its text ships with the app, so only they are kept).
 */
export async function openSeed(origin: 'user' | 'url'): Promise<Opened> {
  const data = await seedWithCorrections();
  showArticle(data, origin);
  return { ok: true, data };
}

async function seedWithCorrections(): Promise<ArticleData> {
  const { lib } = await getLibrary();
  const kept = await lib.get(SEED_KEY).catch(() => undefined);
  const fixes = fixesOf(kept);
  if (fixes.corrections.length === 0) return DEFAULT_ARTICLE_DATA;
  // Corrections may name places of the regional gazetteer; without it they wait (and are listed as not applying).
  await loadGazetteer().catch(() => undefined);
  registerUserPlaces(fixes.userPlaces);
  return articleData(DEFAULT_ARTICLE_DATA.id, DEFAULT_ARTICLE, DEFAULT_ARTICLE_DATA.find, allPlaces(), fixes);
}

/** At start-up, once the map has drawn: the reader's corrections of the default article, if any. */
export async function loadSeedCorrections(): Promise<void> {
  const data = await seedWithCorrections();
  if (data === DEFAULT_ARTICLE_DATA) return;
  updateSeed(data);
  sayStale(data);
}

/** What the reader may correct of an article's description. */
export interface ArticleFacts {
  title: string;
  source: string;
  /** 'YYYY-MM-DD' or 'YYYY-MM'; '' leaves the date as it was. */
  date: string;
  outlet: string;
}

/** The reader corrects the title, source, date or outlet of one of their articles. */
export async function correctArticle(data: ArticleData, facts: ArticleFacts): Promise<void> {
  const was = data.article.published;
  const date = facts.date.trim();
  const dated: Dated = {
    date: date || (was?.date ?? ''),
    dateFrom: date && date !== was?.date ? 'reader' : (was?.dateFrom ?? 'opened'),
    outlet: facts.outlet.trim(),
  };
  const article = { ...retitle(data.article, facts.title), source: facts.source.trim(), published: dated };
  // The same article (same id): no new history entry, the view stays. Indexed
  // again: the heading holds the new title, and its places are found in it.
  const next = articleData(data.id, article, data.find, allPlaces(), data.corrections);
  showArticle(next, 'user');
  const { lib } = await getLibrary();
  const kept = await lib.get(data.id).catch(() => undefined);
  if (kept) await lib.put({ ...kept, title: article.title, source: article.source, ...dated }).catch(() => undefined);
  const g = await gazetteer();
  if (dated.date && (kept || data.id === DEFAULT_ARTICLE_DATA.id) && typeof g !== 'string')
    await keepIndex(lib, next, dated, finderVersion(g));
}
