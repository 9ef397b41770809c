// The switch for the detailed map (online): labelled for what it does and what
// it costs, off until the reader turns it on, and saying which servers it
// would reach before it reaches them.
import { useId } from 'react';
import { useOnlineMapStore, wantOnlineMap } from '../store/online-map.ts';

/** The servers the detailed map reaches, by name, for the reader. */
const hosts = (s: NonNullable<typeof __ONLINE_MAP__>) =>
  [...new Set([s.light, s.dark, s.terrain, ...s.hosts].map((u) => new URL(u).host))].join(' and ');

export function OnlineMapToggle() {
  const wanted = useOnlineMapStore((s) => s.wanted);
  const state = useOnlineMapStore((s) => s.state);
  const noteId = useId();
  const settings = __ONLINE_MAP__;
  if (!settings) return null;
  const note = wanted
    ? `On: the map loads roads and terrain from ${hosts(settings)}. Turn it off to keep everything in this browser.`
    : `Off: nothing leaves this browser. On, the map loads roads and terrain from ${hosts(settings)}.`;
  return (
    <div className="online-toggle" data-state={state}>
      <button
        type="button"
        role="switch"
        aria-checked={wanted}
        aria-describedby={noteId}
        aria-busy={state === 'loading'}
        title={note}
        onClick={() => wantOnlineMap(!wanted)}
      >
        <span className="switch-track" aria-hidden="true" />
        <span className="online-label">
          Detailed map (online)
          <span className="online-what">: roads and terrain from OpenStreetMap</span>
          {state === 'loading' && <span className="online-state"> · loading…</span>}
        </span>
      </button>
      <span id={noteId} className="visually-hidden">
        {note}
      </span>
    </div>
  );
}
