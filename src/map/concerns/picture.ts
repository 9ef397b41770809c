// A picture of the map for the export: the view as it is, drawn at a scale
// (1 = the map's size on the page in CSS pixels, 2 = twice that), read back in
// the task that drew it (the canvas keeps no drawing buffer).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { offerPicture } from '../picture.ts';
import type { MapSession } from '../session.ts';

/** Resolves at the map's next idle: every tile and label of the view drawn. */
const nextIdle = (map: MapLibreMap) =>
  new Promise<void>((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });

export function attachPicture(s: MapSession): () => void {
  const { map } = s;
  let taking: Promise<unknown> = Promise.resolve();
  const take = async (scale: number): Promise<HTMLCanvasElement> => {
    if (!s.ready) throw new Error('The map has not drawn its places yet; try again in a moment.');
    const before = map.getPixelRatio();
    try {
      if (before !== scale) map.setPixelRatio(scale);
      await nextIdle(map);
      map.redraw();
      const drawn = map.getCanvas();
      const out = document.createElement('canvas');
      out.width = drawn.width;
      out.height = drawn.height;
      out.getContext('2d')!.drawImage(drawn, 0, 0);
      return out;
    } finally {
      if (map.getPixelRatio() !== before) map.setPixelRatio(before);
    }
  };
  // One picture at a time: each changes the map's pixel ratio for its frame.
  return offerPicture((scale) => {
    const next = taking.then(
      () => take(scale),
      () => take(scale),
    );
    taking = next.catch(() => undefined);
    return next;
  });
}
