// "Follow the text" (issue 32): off by default, remembered in this browser.
// On, the map frames the places of the passage being read; the reader's own
// pan or zoom pauses it, and it says so, until they resume it.
import { useId } from 'react';
import { useReadingStore, wantFollow } from '../store/reading.ts';

export function FollowToggle() {
  const follow = useReadingStore((s) => s.follow);
  const paused = useReadingStore((s) => s.paused);
  const noteId = useId();
  const note = follow
    ? paused
      ? 'Paused: you moved the map. Resume to frame the places of the passage you are reading again.'
      : 'On: the map frames the places of the passage you are reading. Moving the map pauses it.'
    : 'Off: the map lights the places of the passage you are reading and stays where it is. Keys J and K step through the passages that name a place.';
  return (
    <div className="follow-toggle" data-state={follow ? (paused ? 'paused' : 'on') : 'off'}>
      <button
        type="button"
        role="switch"
        aria-checked={follow}
        aria-describedby={noteId}
        title={note}
        onClick={() => wantFollow(!follow)}
      >
        <span className="switch-track" aria-hidden="true" />
        <span className="online-label">
          Follow the text{follow && paused && <span className="online-state"> · paused</span>}
        </span>
      </button>
      {follow && paused && (
        <button type="button" className="follow-resume" onClick={() => wantFollow(true)}>
          Resume
        </button>
      )}
      <span id={noteId} className="visually-hidden">
        {note}
      </span>
    </div>
  );
}
