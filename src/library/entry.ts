// The ways into "Open an article" that exist before any of its code loads: the
// header's button, and a file dropped anywhere on the page.
import { notify } from '../notices/notices.ts';
import { setDialogOpen } from '../store/article.ts';

/** Whether a drag carries files (not text or a link dragged within the page). */
const carriesFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');

/** Start answering the button and drops; returns the way off. */
export function startArticleEntry(doc: Document = document): () => void {
  const onClick = (e: MouseEvent) => {
    if (e.target instanceof Element && e.target.closest('[data-action="open-article"]')) setDialogOpen(true);
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
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    void import('./open-article.ts')
      .then((m) => m.openFile(file))
      .then((r) => {
        if (r.ok) setDialogOpen(false);
        else notify(r.message);
      });
  };
  doc.addEventListener('click', onClick);
  doc.addEventListener('dragover', onDragOver);
  doc.addEventListener('dragleave', onDragLeave);
  doc.addEventListener('drop', onDrop);
  return () => {
    doc.removeEventListener('click', onClick);
    doc.removeEventListener('dragover', onDragOver);
    doc.removeEventListener('dragleave', onDragLeave);
    doc.removeEventListener('drop', onDrop);
  };
}
