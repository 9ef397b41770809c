// Opening an article the reader brings: from a paste, a file, a drop, the
// library or a link. Loaded when first needed; the default article never needs it.
import { articleData, type ArticleData } from '../article/article-data.ts';
import { DEFAULT_ARTICLE_DATA, DEFAULT_TEXT } from '../article/default-article.ts';
import type { Article } from '../article/passages.ts';
import { contentId } from '../article/readers/content-id.ts';
import { readHtml } from '../article/readers/html.ts';
import { readText } from '../article/readers/text.ts';
import { notify } from '../notices/notices.ts';
import { loadGazetteer, type LoadedGazetteer } from '../places/finder/load.ts';
import { allPlaces } from '../places/gazetteer.ts';
import { showArticle } from '../store/article.ts';
import { memoryLibrary, openLibrary, type ArticleFormat, type KeptArticle, type Library } from './library.ts';

/** The place finder and gazetteer that indexed an article; kept with it. */
export const finderVersion = (g: LoadedGazetteer) => `gazetteer-${g.version}`;

/** The largest file the explorer opens. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** What opening gave: the article, or a message for the reader (nothing else changed). */
export type Opened = { ok: true; data: ArticleData } | { ok: false; message: string };

/** An error whose message is for the reader (`forReader`): callers in other chunks show it as it is. */
const readerError = (message: string) => Object.assign(new Error(message), { forReader: true });

/** The regional gazetteer, or the reader's message when it cannot be had. */
async function gazetteer(): Promise<LoadedGazetteer | string> {
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

/** Whether the browser will keep the library when space runs short; asked once. */
let persisted: Promise<boolean> | null = null;
export function askToPersist(): Promise<boolean> {
  persisted ??= navigator.storage?.persist ? navigator.storage.persist().catch(() => false) : Promise.resolve(false);
  return persisted;
}

let seedId: Promise<string> | null = null;
const defaultId = () => (seedId ??= contentId(DEFAULT_TEXT));

async function read(text: string, format: ArticleFormat): Promise<Article> {
  if (format === 'markdown') return (await import('../article/readers/markdown.ts')).readMarkdown(text);
  if (format === 'html') return readHtml(text);
  return readText(text);
}

const ONLY_ADDRESS = /^\s*(?:https?:\/\/|www\.)\S+\s*$/i;

/** Put a kept article's corrections (title, source) on the article as read. */
const withCorrections = (article: Article, kept: KeptArticle | undefined): Article =>
  kept ? { ...article, title: kept.title, source: kept.source } : article;

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
  const id = await contentId(text);
  if (id === (await defaultId())) {
    showArticle(DEFAULT_ARTICLE_DATA, 'user');
    return { ok: true, data: DEFAULT_ARTICLE_DATA };
  }
  const article = await read(text, format);
  if (article.passages.length === 0) return { ok: false, message: 'There is no readable text in it.' };
  const { lib, kept: persistent } = await getLibrary();
  const before = await lib.get(id).catch(() => undefined);
  const g = await gazetteer();
  if (typeof g === 'string') return { ok: false, message: g };
  const data = articleData(id, withCorrections(article, before), g.find, allPlaces());
  showArticle(data, 'user');
  if (data.mentionedIds.length === 0) notify('No place the explorer knows was found in this article.');
  try {
    await lib.put({
      id,
      format,
      text,
      title: data.article.title,
      source: data.article.source,
      openedAt: Date.now(),
      placeCount: data.mentionedIds.length,
      finder: finderVersion(g),
    });
    if (!persistent) notify('This browser keeps nothing for this site: the article is open for this visit only.');
  } catch {
    notify(
      'The article could not be kept in this browser’s library (storage is full or blocked); it is open for this visit.',
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

/** Open a file the reader chose or dropped. */
export async function openFile(file: File): Promise<Opened> {
  const format = formatOf(file.name);
  if (!format) return { ok: false, message: `“${file.name}” is not a text, Markdown or HTML file (.txt, .md, .html).` };
  if (file.size > MAX_FILE_BYTES) {
    return {
      ok: false,
      message: `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; the explorer opens files up to 5 MB.`,
    };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (looksBinary(bytes))
    return { ok: false, message: `“${file.name}” is not text (it looks like an image or an archive).` };
  return openText(new TextDecoder('utf-8').decode(bytes), format);
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
  const g = await gazetteer();
  if (typeof g === 'string') throw readerError(g);
  const data = articleData(id, withCorrections(await read(kept.text, kept.format), kept), g.find, allPlaces());
  showArticle(data, origin);
  await lib.put({ ...kept, openedAt: Date.now() }).catch(() => undefined);
  return data;
}

/** The reader corrects the title or source of one of their articles. */
export async function correctArticle(data: ArticleData, title: string, source: string): Promise<void> {
  const article = { ...data.article, title: title.trim() || data.article.title, source: source.trim() };
  // The same article (same id): no new history entry, the view stays.
  showArticle({ ...data, article }, 'user');
  const { lib } = await getLibrary();
  const kept = await lib.get(data.id).catch(() => undefined);
  if (kept) await lib.put({ ...kept, title: article.title, source: article.source }).catch(() => undefined);
}
