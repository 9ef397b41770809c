// Which map theme the reader's system asks for, and how a running map changes to another.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { buildLayers, PALETTES, type Theme } from './layers.ts';
import { crossingIcon } from './icons.ts';

/** A paint property's name, as the map's setter types it. */
type PaintName = Parameters<MapLibreMap['setPaintProperty']>[1];

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
 * Repaint a running map in another theme: the same layer specs built with the
 * other palette, applied paint property by paint property, so the data, the
 * camera and the feature states stay as they are.
 */
export function applyTheme(map: MapLibreMap, mentioned: readonly string[], theme: Theme): void {
  for (const layer of buildLayers(mentioned, PALETTES[theme])) {
    if (!('paint' in layer) || !layer.paint || !map.getLayer(layer.id)) continue;
    for (const [name, value] of Object.entries(layer.paint)) {
      map.setPaintProperty(layer.id, name as PaintName, value as never);
    }
  }
  if (map.hasImage('crossing')) map.updateImage('crossing', crossingIcon(PALETTES[theme]));
}
