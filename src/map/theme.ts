// Which map theme the reader's system asks for, and how a running map changes to another.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { buildLayers, PALETTES, type Theme } from './layers.ts';
import { crossingIcon } from './icons.ts';

/** A paint or layout property's name, as the map's setters type them. */
type PaintName = Parameters<MapLibreMap['setPaintProperty']>[1];
type LayoutName = Parameters<MapLibreMap['setLayoutProperty']>[1];

const DARK = '(prefers-color-scheme: dark)';

/** The theme the page's colour scheme asks for now. */
export function currentTheme(): Theme {
  return window.matchMedia(DARK).matches ? 'dark' : 'light';
}

/** Calls `onChange` whenever the colour scheme changes; returns the way off. */
export function watchTheme(onChange: (theme: Theme) => void): () => void {
  const query = window.matchMedia(DARK);
  const listener = () => onChange(query.matches ? 'dark' : 'light');
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

/**
 * Restyle a running map for another theme or another article's places: the
 * same layer specs built with the other palette and mentioned ids, applied
 * filter by filter and property by property (MapLibre skips what is
 * unchanged), so the data, the camera and the feature states stay as they are.
 */
export function applyTheme(
  map: MapLibreMap,
  mentioned: readonly string[],
  theme: Theme,
  uncertain: readonly string[] = [],
): void {
  for (const layer of buildLayers(mentioned, PALETTES[theme], uncertain)) {
    if (!map.getLayer(layer.id)) continue;
    if ('filter' in layer && layer.filter) map.setFilter(layer.id, layer.filter);
    if ('layout' in layer && layer.layout) {
      for (const [name, value] of Object.entries(layer.layout))
        map.setLayoutProperty(layer.id, name as LayoutName, value as never);
    }
    if (!('paint' in layer) || !layer.paint) continue;
    for (const [name, value] of Object.entries(layer.paint)) {
      map.setPaintProperty(layer.id, name as PaintName, value as never);
    }
  }
  if (map.hasImage('crossing')) map.updateImage('crossing', crossingIcon(PALETTES[theme]));
}
