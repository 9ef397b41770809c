// A component whose code loads apart, and can be loaded ahead of need: once
// loaded it renders at once (React.lazy would suspend one more time, and React
// holds a revealed boundary back for 300 ms, most of a first use's wait).
import { createElement, lazy, type ComponentType } from 'react';

export interface Preloadable {
  /** The component: renders the loaded one once it is here, else a lazy one that loads it (under a Suspense). */
  View: ComponentType;
  /** Start loading it now. */
  preload(): Promise<unknown>;
}

export function preloadable(load: () => Promise<{ default: ComponentType }>): Preloadable {
  let loaded: ComponentType | null = null;
  let loading: Promise<{ default: ComponentType }> | null = null;
  const start = () =>
    (loading ??= load().then((m) => {
      loaded = m.default;
      return m;
    }));
  const Lazy = lazy(start);
  return { View: () => createElement(loaded ?? Lazy), preload: start };
}
