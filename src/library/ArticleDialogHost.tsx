import { Suspense } from 'react';
import { useArticleStore } from '../store/article.ts';
import { preloadable } from '../ui/preloadable.ts';

// The dialog's code (readers, library, IndexedDB) loads when the page is idle after its first view, or when first opened.
export const articleDialog = preloadable(() => import('./OpenDialog.tsx'));

/** Where the "Open an article" dialog lives once asked for. */
export function ArticleDialogHost() {
  const open = useArticleStore((s) => s.dialogOpen);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <articleDialog.View />
    </Suspense>
  );
}
