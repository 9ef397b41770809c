// After the first view has drawn and the browser is idle, the code of the
// tools a reader reaches for first (open an article, correct a place, export)
// is loaded, so that their first use does not wait for it. Nothing of it
// weighs on the first view: it starts only once the map has drawn.
import { useViewStore } from './store/view.ts';
import { articleDialog } from './library/ArticleDialogHost.tsx';
import { correctionTools } from './corrections/CorrectionHost.tsx';
import { exportMenu } from './export/ExportMenuHost.tsx';

const drawn = () => ['idle', 'error'].includes(useViewStore.getState().status);

export function preloadWhenIdle(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const go = () => {
    const idle = window.requestIdleCallback ?? ((fn: () => void) => (timer = setTimeout(fn, 200)));
    idle(() => {
      for (const tool of [articleDialog, correctionTools, exportMenu]) void tool.preload().catch(() => undefined);
    });
  };
  if (drawn()) {
    go();
    return () => clearTimeout(timer);
  }
  const off = useViewStore.subscribe(() => {
    if (!drawn()) return;
    off();
    go();
  });
  return () => {
    off();
    clearTimeout(timer);
  };
}
