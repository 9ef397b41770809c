import type { OnlineMapSettings } from '../src/core/map/online-base.ts';
export declare const ONLINE_MAP_DEFAULTS: OnlineMapSettings;
export declare function onlineMapSettings(env?: Record<string, string | undefined>): OnlineMapSettings | null;
export declare function onlineOrigins(settings: OnlineMapSettings | null): string[];
