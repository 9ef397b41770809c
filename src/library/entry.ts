// The ways into "Open an article" and the Export menu that exist before any of
// their code loads: the header's buttons, and a file dropped anywhere on the page.
import { notify } from '../notices/notices.ts';
import { setDialogOpen, setExportOpen, useArticleStore } from '../store/article.ts';
import { useViewStore } from '../store/view.ts';
import { DB_NAME } from './db-name.ts';
import { closeLibraryView, openLibraryView, useLibraryView } from '../store/library-view.ts';
import { isPlainClick } from '../article/links.ts';
import { FILES_LEFT } from './events.ts';

/**
 * The reader's corrections of the default article, if this browser keeps a
 * library: loaded once the map has drawn, so that nothing of it weighs on the
 * first view (a visitor without a library loads nothing).
 */
function loadSeedCorrectionsLater(): () => void {
  const load = async () => {
    const dbs = await indexedDB?.databases?.().catch(() => []);
    if (!dbs?.some((d) => d.name === DB_NAME)) return;
    await (await import('./open-article.ts')).loadSeedCorrections();
  };
  const drawn = () => ['idle', 'error'].includes(useViewStore.getState().status);
  if (drawn()) {
    void load();
    return () => undefined;
  }
  const off = useViewStore.subscribe(() => {
    if (!drawn()) return;
    off();
    void load();
  });
  return off;
}

/** Whether a drag carries files (not text or a link dragged within the page). */
const carriesFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');

/** Start answering the button and drops; returns the way off. */
export function startArticleEntry(doc: Document = document): () => void {
  const onClick = (e: MouseEvent) => {
    if (!(e.target instanceof Element)) return;
    if (e.target.closest('[data-action="open-article"]')) setDialogOpen(true);
    // The library view, in place of the article; pressed again, back to the article.
    if (e.target.closest('[data-action="library"]') && isPlainClick(e)) {
      e.preventDefault();
      const view = useLibraryView.getState();
      if (view.open) closeLibraryView('user');
      else openLibraryView({ place: null, from: view.from, to: view.to, source: view.source }, 'user');
    }
    if (e.target.closest('[data-action="export"]')) setExportOpen(!useArticleStore.getState().exportOpen);
  };
  const onDragOver = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    e.dataTransfer!.dropEffect = 'copy';
    doc.documentElement.classList.add('is-dropping');
  };
  const onDragLeave = (e: DragEvent) => {
    if (e.relatedTarget === null) doc.documentElement.classList.remove('is-dropping');
  };
  const onDrop = (e: DragEvent) => {
    doc.documentElement.classList.remove('is-dropping');
    if (!carriesFiles(e)) return;
    e.preventDefault();
    const files = [...(e.dataTransfer?.files ?? [])];
    const file = files[0];
    if (!file) return;
    if (files.length > 1) {
      // Several at once: the dialog brings them in, with progress and Cancel.
      void import('./open-article.ts').then((m) => {
        m.leaveFilesForDialog(files);
        setDialogOpen(true);
        // A dialog already open takes them now.
        doc.dispatchEvent(new Event(FILES_LEFT));
      });
      return;
    }
    // A dialog open at the drop has done its work once the file is kept; one the
    // reader opens while it is kept (the article shows first) stays open.
    const openAtDrop = useArticleStore.getState().dialogOpen;
    void import('./open-article.ts').then(async (m) => {
      const r = await m.openFile(file);
      if (r.ok === true) {
        if (openAtDrop) setDialogOpen(false);
      } else if (r.ok === false) notify(r.message);
      else {
        // A question, or what a library file added: the dialog shows it.
        m.leaveForDialog(r);
        setDialogOpen(true);
      }
    });
  };
  const offSeed = loadSeedCorrectionsLater();
  doc.addEventListener('click', onClick);
  doc.addEventListener('dragover', onDragOver);
  doc.addEventListener('dragleave', onDragLeave);
  doc.addEventListener('drop', onDrop);
  return () => {
    offSeed();
    doc.removeEventListener('click', onClick);
    doc.removeEventListener('dragover', onDragOver);
    doc.removeEventListener('dragleave', onDragLeave);
    doc.removeEventListener('drop', onDrop);
  };
}
