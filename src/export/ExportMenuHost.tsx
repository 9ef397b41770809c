import { Suspense, useEffect } from 'react';
import { preloadable } from '../ui/preloadable.ts';
import { useArticleStore } from '../store/article.ts';

// The menu's code (and the writers behind it) loads when it is first opened.
export const exportMenu = preloadable(() => import('./ExportMenu.tsx'));

/** Where the header's Export menu lives once asked for; the header's button says whether it is open. */
export function ExportMenuHost() {
  const open = useArticleStore((s) => s.exportOpen);
  useEffect(() => {
    document.querySelector('[data-action="export"]')?.setAttribute('aria-expanded', String(open));
  }, [open]);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <exportMenu.View />
    </Suspense>
  );
}
