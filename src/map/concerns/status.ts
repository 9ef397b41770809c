// The map's status for the rest of the app: idle once it has drawn what it
// shows, with the first idle marked for the benchmark; errors that are not fatal logged.
import { reportStatus } from '../../store/view.ts';
import type { MapSession } from '../session.ts';

export function attachStatus(s: MapSession): () => void {
  let firstIdle = true;
  const listeners = [
    s.map.on('idle', () => {
      if (!s.ready) return;
      if (firstIdle) performance.mark('map:first-idle'); // read by the benchmark
      firstIdle = false;
      reportStatus('idle');
    }),
    s.map.on('error', (e: { error?: { message?: string } }) => {
      // Tile/glyph hiccups are not fatal; a lost WebGL context is handled by MapLibre.
      console.warn('map:', e.error?.message);
    }),
  ];
  return () => {
    for (const l of listeners) l.unsubscribe();
  };
}
