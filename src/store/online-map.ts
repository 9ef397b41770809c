// The detailed map (online, on request): whether the reader wants it, kept in
// this browser only (never in a link), and what the map has made of it.
import { create } from 'zustand';

/** Where the reader's choice is kept. */
export const ONLINE_MAP_KEY = 'border-explorer:online-map';

/** off: nothing is fetched; loading: its style is on the way; on: it is under our layers. */
export type OnlineMapState = 'off' | 'loading' | 'on';

interface OnlineMap {
  /** The reader's choice (on: show it when the map can). */
  wanted: boolean;
  state: OnlineMapState;
}

function kept(): boolean {
  try {
    return localStorage.getItem(ONLINE_MAP_KEY) === 'on';
  } catch {
    return false; // Storage blocked: off, as for a first visit.
  }
}

export const useOnlineMapStore = create<OnlineMap>()(() => ({ wanted: kept(), state: 'off' }));

/** The reader turns the detailed map on or off; the choice is kept for the next visit. */
export function wantOnlineMap(wanted: boolean) {
  useOnlineMapStore.setState({ wanted });
  try {
    localStorage.setItem(ONLINE_MAP_KEY, wanted ? 'on' : 'off');
  } catch {
    // Storage blocked: the choice lasts for this page.
  }
}

/** The map reports what it shows. `failed`: it could not be reached, so it is off for this page (the choice stays kept). */
export function reportOnlineMap(state: OnlineMapState, failed = false) {
  useOnlineMapStore.setState(failed ? { state, wanted: false } : { state });
}
