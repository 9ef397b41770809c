// What the map's concerns share: the map, its element, whether the geodata is
// on it yet, and one way to act after the reader's change has painted.
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface MapSession {
  readonly map: MapLibreMap;
  readonly el: HTMLElement;
  /** True once the geodata is on the map: feature states and camera moves can apply. */
  readonly ready: boolean;
  /** Calls `fn` each time the geodata is (re)installed; `first` the first time. Returns the way off. */
  onReady(fn: (first: boolean) => void): () => void;
  /**
   * Runs `fn` after the frame that shows the reader's change has painted: in
   * software GL one map frame can take 100 ms or more, and the reader's click
   * should be answered first. Calls in between coalesce, in the order first asked.
   */
  afterPaint(fn: () => void): void;
}

/** A session and what only the component that owns the map may do with it. */
export interface OwnedSession extends MapSession {
  /** The geodata is on the map (again). */
  markReady(): void;
  dispose(): void;
}

export function createSession(map: MapLibreMap, el: HTMLElement): OwnedSession {
  let ready = false;
  let disposed = false;
  const readyListeners = new Set<(first: boolean) => void>();
  const pending: (() => void)[] = [];
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    frame = 0;
    const fns = pending.splice(0);
    if (disposed) return;
    for (const fn of fns) fn();
  };
  return {
    map,
    el,
    get ready() {
      return ready;
    },
    onReady(fn) {
      readyListeners.add(fn);
      return () => readyListeners.delete(fn);
    },
    afterPaint(fn) {
      if (!pending.includes(fn)) pending.push(fn);
      if (frame || timer !== undefined) return;
      frame = requestAnimationFrame(() => {
        timer = setTimeout(() => {
          timer = undefined;
          flush();
        }, 0);
      });
    },
    markReady() {
      const first = !ready;
      ready = true;
      for (const fn of readyListeners) fn(first);
    },
    dispose() {
      disposed = true;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      pending.length = 0;
      readyListeners.clear();
    },
  };
}
