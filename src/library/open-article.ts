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
import { showArticle, updateSeed } from '../store/article.ts';
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
  const fixes = fixesOf(before);
  registerUserPlaces(fixes.userPlaces);
  performance.mark('article:finding'); // read by the benchmark: finding the places, from here…
  const data = articleData(id, withCorrections(article, before), g.find, allPlaces(), fixes);
  performance.mark('article:found'); // …to here; React shows it next
  showArticle(data, 'user');
  sayStale(data);
  if (placeCount(data) === 0) notify('No place the explorer knows was found in this article.', 'no-places');
  try {
    await lib.put({
      id,
      format,
      text,
      title: data.article.title,
      source: data.article.source,
      openedAt: Date.now(),
      placeCount: placeCount(data),
      finder: finderVersion(g),
      ...(before?.corrections ? { corrections: before.corrections } : {}),
      ...(before?.userPlaces ? { userPlaces: before.userPlaces } : {}),
    });
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

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
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

/** Open a file the reader chose or dropped. */
export async function openFile(file: File): Promise<Opened> {
  if (/\.json$/i.test(file.name)) {
    const { MAX_BUNDLE_BYTES } = await import('../core/export/bundle.ts');
    if (file.size > MAX_BUNDLE_BYTES) {
      return { ok: false, message: tooLarge(`“${file.name}”`, file.size, MAX_BUNDLE_BYTES, 'bundles') };
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (!isUtf16(bytes) && looksBinary(bytes)) return { ok: false, message: `“${file.name}” is not text.` };
    return openBundle(decodeText(bytes).text, file.name);
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
  const opened = await openText(text, format);
  if (opened.ok === true && encoding === 'windows-1252') {
    notify(
      `“${file.name}” is not in UTF-8: it was read as ${ENCODING_NAMES[encoding]}. If its letters look wrong, save it as UTF-8 and open it again.`,
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
  await lib.put({ ...kept, openedAt: Date.now(), placeCount: placeCount(data) }).catch(() => undefined);
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
  const fixes = fixesOf(kept);
  registerUserPlaces(fixes.userPlaces);
  const article = withCorrections(await read(kept.text, kept.format), kept);
  performance.mark('article:finding'); // read by the benchmark: finding the places, from here…
  const data = articleData(kept.id, article, g.find, allPlaces(), fixes);
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

/** The reader corrects the title or source of one of their articles. */
export async function correctArticle(data: ArticleData, title: string, source: string): Promise<void> {
  const article = { ...retitle(data.article, title), source: source.trim() };
  // The same article (same id): no new history entry, the view stays. Indexed
  // again: the heading holds the new title, and its places are found in it.
  showArticle(articleData(data.id, article, data.find, allPlaces(), data.corrections), 'user');
  const { lib } = await getLibrary();
  const kept = await lib.get(data.id).catch(() => undefined);
  if (kept) await lib.put({ ...kept, title: article.title, source: article.source }).catch(() => undefined);
}
