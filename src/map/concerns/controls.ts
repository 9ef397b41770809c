// The map's controls: zoom and compass, scale, and the credits, compact on a
// narrow map; and the mark that the view is north up and flat.
import { AttributionControl, NavigationControl, ScaleControl } from 'maplibre-gl';
import type { MapSession } from '../session.ts';

/** Map width (px) below which the full credits would run into the scale bar. */
const COMPACT_ATTRIBUTION_BELOW = 1000;

export function attachControls({ map, el }: MapSession, attributionHtml: string): () => void {
  map.touchZoomRotate.disableRotation();
  // The compass shows only when the view is turned or tilted (a link can ask
  // for either); a click on it puts north up and the view flat again.
  map.addControl(new NavigationControl({ showCompass: true, visualizePitch: true }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  // The credits in full on a wide map; on a narrow one, where in full they
  // would cover the scale and the map, MapLibre's compact attribution (its ⓘ
  // button), folded. Chosen again whenever the map changes width.
  let attribution: AttributionControl | null = null;
  const placeAttribution = () => {
    const compact = el.clientWidth < COMPACT_ATTRIBUTION_BELOW;
    if (attribution && attribution.options.compact === compact) return;
    if (attribution) map.removeControl(attribution);
    // The credits are the control's own (not only the sources'), so that it
    // knows them from the start and a compact one can be folded at once.
    attribution = new AttributionControl({ compact, customAttribution: attributionHtml });
    map.addControl(attribution, 'bottom-right');
    if (compact) el.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
  };
  placeAttribution();
  const showNorthUp = () => el.classList.toggle('is-north-up', map.getBearing() === 0 && map.getPitch() === 0);
  showNorthUp();
  map
    .getCanvas()
    .setAttribute('aria-label', 'Map of the places the article names. The place list offers the same places as text.');
  const listeners = [
    map.on('resize', placeAttribution),
    map.on('rotate', showNorthUp),
    map.on('pitch', showNorthUp),
    map.on('moveend', showNorthUp),
  ];
  return () => {
    for (const l of listeners) l.unsubscribe();
  };
}
