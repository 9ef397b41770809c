// Bringing many files at once (issue 33): each is read, indexed and kept in
// the library, one after another, with progress and a way to stop; a file
// that fails is named and the others still come in. Nothing the reader kept
// is replaced: where a bundle differs from their copy, theirs stays.
import { readBundle } from '../core/export/bundle.ts';
import { SEED_KEY } from '../corrections/user-places.ts';
import { keptForLibrary, LIBRARY_FORMAT, readLibraryFile } from './import-bundle.ts';
import type { KeptArticle } from './library.ts';
import { defaultId, getLibrary, plural, indexKept, keepText, readFileText } from './open-article.ts';

/** What a batch brought: the articles kept, the files that failed and why, and whether the reader stopped it. */
export interface Batch {
  kept: { id: string; title: string }[];
  /** Already in the library as the reader keeps them (theirs kept where the file's differ). */
  already: number;
  failed: { name: string; message: string }[];
  /** Files not read because the reader stopped. */
  skipped: number;
}

export type Progress = (done: number, total: number, name: string) => void;

/** Keep a bundle's article (or a library file's articles) without showing any. */
async function keepBundles(json: string, name: string, batch: Batch): Promise<void> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    batch.failed.push({ name, message: 'it is not valid JSON' });
    return;
  }
  const { lib } = await getLibrary();
  const seed = await defaultId();
  let incoming: KeptArticle[];
  if ((raw as { format?: unknown } | null)?.format === LIBRARY_FORMAT) {
    const r = await readLibraryFile(raw, lib, `“${name}”`, seed);
    if (!r.ok) {
      batch.failed.push({ name, message: r.message });
      return;
    }
    for (const m of r.result.refused) batch.failed.push({ name, message: m });
    batch.already += r.result.same.length + r.result.conflicts.length;
    incoming = r.result.fresh;
  } else {
    const r = await readBundle(json, `“${name}”`);
    if (!r.ok) {
      batch.failed.push({ name, message: r.message });
      return;
    }
    const one = keptForLibrary(r.bundle, seed);
    const before = await lib.get(one.id).catch(() => undefined);
    if (before) {
      batch.already++;
      return;
    }
    incoming = [one];
  }
  for (const k of incoming) {
    try {
      await lib.put(k);
    } catch {
      batch.failed.push({ name, message: 'the library could not be written (storage is full or blocked)' });
      return;
    }
    // The default article's corrections are kept under its key; its index is renewed by the library view.
    if (k.id !== SEED_KEY) await indexKept(k).catch(() => false);
    batch.kept.push({ id: k.id, title: k.title });
  }
}

/** Read, index and keep each file; stops between files when `signal` is aborted. */
export async function importFiles(files: readonly File[], signal: AbortSignal, progress: Progress): Promise<Batch> {
  const batch: Batch = { kept: [], already: 0, failed: [], skipped: 0 };
  for (const [i, file] of files.entries()) {
    if (signal.aborted) {
      batch.skipped = files.length - i;
      break;
    }
    progress(i, files.length, file.name);
    try {
      const read = await readFileText(file);
      if (!read.ok) batch.failed.push({ name: file.name, message: read.message });
      else if (read.kind === 'bundle') await keepBundles(read.text, file.name, batch);
      else {
        const r = await keepText(read.text, read.format);
        if (r.ok) batch.kept.push({ id: r.id, title: r.title });
        else batch.failed.push({ name: file.name, message: r.message });
      }
    } catch (err) {
      batch.failed.push({ name: file.name, message: err instanceof Error ? err.message : String(err) });
    }
  }
  progress(files.length - batch.skipped, files.length, '');
  return batch;
}

/** What a batch did, in one sentence for the reader (each failed file is listed apart). */
export function batchSummary(b: Batch, total: number): string {
  const parts = [
    b.kept.length ? `Added ${plural(b.kept.length, 'article')} to your library` : 'No article was added',
    b.already ? `${plural(b.already, 'was', 'were')} already there (yours kept)` : '',
    b.failed.length ? `${plural(b.failed.length, 'file')} could not be read` : '',
    b.skipped ? `stopped: ${b.skipped} of ${plural(total, 'file')} not read` : '',
  ].filter(Boolean);
  return `${parts.join('; ')}.`;
}
