import { lazy, Suspense } from 'react';
import { useArticleStore } from '../store/article.ts';

// The dialog's code (readers, library, IndexedDB) loads when it is first opened.
const OpenDialog = lazy(() => import('./OpenDialog.tsx'));

/** Where the "Open an article" dialog lives once asked for. */
export function ArticleDialogHost() {
  const open = useArticleStore((s) => s.dialogOpen);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <OpenDialog />
    </Suspense>
  );
}
