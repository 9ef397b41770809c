// Opening what the Export menu wrote: an article bundle (the article with the
// reader's title, source and corrections) or a whole library. Nothing kept is
// overwritten without the reader's say.
import { readBundle, type ArticleBundle } from '../core/export/bundle.ts';
import type { KeptArticle, Library } from './library.ts';
import { SEED_KEY } from '../corrections/user-places.ts';

export const LIBRARY_FORMAT = 'border-explorer/library@1';

/** A kept article from a bundle (its place count is unknown, -1, until it is indexed here). */
export function keptFrom(b: ArticleBundle, openedAt = Date.now()): KeptArticle {
  return {
    id: b.id,
    format: b.articleFormat,
    text: b.text,
    title: b.title,
    source: b.source,
    openedAt,
    placeCount: -1,
    finder: b.gazetteer,
    corrections: b.corrections,
    userPlaces: b.userPlaces,
    ...(b.date && b.dateFrom ? { date: b.date, dateFrom: b.dateFrom } : {}),
    ...(b.outlet !== undefined ? { outlet: b.outlet } : {}),
  };
}

/** Whether the library's copy carries something of the reader's that the incoming one would replace. */
export function differs(kept: KeptArticle, incoming: KeptArticle): boolean {
  return (
    kept.title !== incoming.title ||
    kept.source !== incoming.source ||
    (incoming.date !== undefined && kept.date !== incoming.date) ||
    (incoming.outlet !== undefined && kept.outlet !== incoming.outlet) ||
    JSON.stringify(kept.corrections ?? []) !== JSON.stringify(incoming.corrections ?? []) ||
    JSON.stringify(kept.userPlaces ?? []) !== JSON.stringify(incoming.userPlaces ?? [])
  );
}

/**
 * A bundle as the library keeps it. The default article's text ships with
 * the app, so a bundle of it keeps only the reader's title, source and
 * corrections, under their own key (the default article shows them).
 */
export const keptForLibrary = (b: ArticleBundle, seedId: string): KeptArticle =>
  b.id === seedId ? { ...keptFrom(b), id: SEED_KEY, text: '' } : keptFrom(b);

/** What a library file holds, sorted: new articles, ones already kept as they are, and ones kept differently. */
export interface LibraryImport {
  fresh: KeptArticle[];
  same: KeptArticle[];
  conflicts: KeptArticle[];
  /** Articles in the file that could not be read, with why. */
  refused: string[];
  /** Articles the file holds more than once: the last copy is the one read. */
  repeated: { title: string; copies: number }[];
}

/** Read a library file against the library; a message for the reader when it is not one. */
export async function readLibraryFile(
  raw: unknown,
  lib: Library,
  name: string,
  seedId: string,
): Promise<{ ok: true; result: LibraryImport } | { ok: false; message: string }> {
  const body = raw as { format?: unknown; articles?: unknown };
  if (body.format !== LIBRARY_FORMAT) {
    return { ok: false, message: `${name} is a library of another version; this explorer reads ${LIBRARY_FORMAT}.` };
  }
  if (!Array.isArray(body.articles))
    return { ok: false, message: `${name} is a damaged library: it lists no articles.` };
  const result: LibraryImport = { fresh: [], same: [], conflicts: [], refused: [], repeated: [] };
  // One article per id: a later copy in the file replaces an earlier one.
  const byId = new Map<string, { article: KeptArticle; copies: number }>();
  for (const [i, article] of body.articles.entries()) {
    const r = await readBundle(JSON.stringify(article), `Article ${i + 1}`);
    if (!r.ok) {
      result.refused.push(r.message);
      continue;
    }
    const incoming = keptForLibrary(r.bundle, seedId);
    byId.set(incoming.id, { article: incoming, copies: (byId.get(incoming.id)?.copies ?? 0) + 1 });
  }
  for (const { article: incoming, copies } of byId.values()) {
    if (copies > 1) result.repeated.push({ title: incoming.title, copies });
    const before = await lib.get(incoming.id).catch(() => undefined);
    if (!before) result.fresh.push(incoming);
    else if (differs(before, incoming)) result.conflicts.push(incoming);
    else result.same.push(incoming);
  }
  return { ok: true, result };
}
