// The picture of the map that paper gets: the view the reader has now, drawn light.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { formatLatLon } from '../core/article/footnotes.ts';
import type { Theme } from './layers.ts';
import { applyTheme } from './theme.ts';

/**
 * Fill the print figure with the map as it is now. The canvas keeps no drawing
 * buffer, so a frame is drawn synchronously and read in the same task; a dark
 * map is drawn in the light palette for that frame, then put back.
 */
export function drawPrintPicture(
  map: MapLibreMap,
  figure: HTMLElement,
  mentioned: readonly string[],
  theme: Theme,
  uncertain: readonly string[] = [],
): void {
  const dark = theme === 'dark';
  if (dark) applyTheme(map, mentioned, 'light', uncertain);
  map.redraw();
  figure.querySelector('img')!.src = map.getCanvas().toDataURL('image/png');
  if (dark) {
    applyTheme(map, mentioned, 'dark', uncertain);
    map.triggerRepaint();
  }
  const c = map.getCenter();
  figure.querySelector('.print-map-view')!.textContent =
    `Zoom ${map.getZoom().toFixed(1)}, centred on ${formatLatLon([c.lng, c.lat], 2)}. This view online: ${location.href}`;
  figure.classList.add('has-image');
}
