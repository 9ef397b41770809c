/// <reference types="vite/client" />

/** Where the detailed map comes from (scripts/online-map.mjs), set at build time; null where a deployment turned it off. */
declare const __ONLINE_MAP__: import('./core/map/online-base.ts').OnlineMapSettings | null;
