// The map's key as data: each entry's swatch is drawn from the map's own
// palette (layers.ts), as shapes that both the key on screen (SVG) and the
// exported picture (canvas) draw. Pure.
import { UNCERTAIN_MARK, type Palette } from '../map/layers.ts';

/** One shape of a swatch, in a 28 × 18 box. */
export type Shape =
  | { type: 'rect'; fill: string; opacity?: number; stroke?: string; strokeWidth?: number }
  | { type: 'line'; color: string; width: number; dash?: readonly number[] }
  | { type: 'circle'; r: number; fill: string; stroke: string; strokeWidth: number }
  | { type: 'diamond'; fill: string; stroke: string }
  | { type: 'text'; text: string; color: string; halo: string };

export interface LegendEntry {
  id: string;
  label: string;
  shapes: readonly Shape[];
}

export const SWATCH = { width: 28, height: 18 } as const;

/** What "the Durand Line" means here, in one line, neutral and sourced. */
export const DURAND_NOTE =
  'The Durand Line (1893) is the border Pakistan holds; no Afghan government has formally accepted it. Source: Wikipedia, “Durand Line”.';

/** The key's entries, in the map's colours for a theme; in the library view, its symbol first. */
export function legendEntries(c: Palette, library = false): LegendEntry[] {
  const land: Shape = { type: 'rect', fill: c.land };
  const libraryEntry: LegendEntry = {
    id: 'library-articles',
    label: 'Place your articles name: the larger, the more articles (area grows with the count)',
    shapes: [
      land,
      { type: 'circle', r: 8, fill: c.articleFill, stroke: c.point, strokeWidth: 1 },
      { type: 'circle', r: 3.5, fill: c.articleFill, stroke: c.point, strokeWidth: 1 },
    ],
  };
  return [
    ...(library ? [libraryEntry] : []),
    {
      id: 'border',
      label: 'Durand Line (contested border)',
      shapes: [
        { type: 'rect', fill: c.land },
        { type: 'line', color: c.borderCasing, width: 6 },
        // The map's dashes, in units of the line's width (MapLibre's line-dasharray).
        { type: 'line', color: c.border, width: 2.5, dash: [2.5, 1.5] },
      ],
    },
    { id: 'crossing', label: 'Border crossing', shapes: [land, { type: 'diamond', fill: c.border, stroke: c.halo }] },
    {
      id: 'article-province',
      label: 'Province the article names',
      shapes: [
        land,
        { type: 'rect', fill: c.articleFill, opacity: 0.55 },
        { type: 'rect', fill: 'none', stroke: c.provinceLine, strokeWidth: 1 },
      ],
    },
    {
      id: 'context-province',
      label: 'Other province',
      shapes: [land, { type: 'rect', fill: 'none', stroke: c.provinceLine, strokeWidth: 1 }],
    },
    {
      id: 'district',
      label: 'District (point at its centre)',
      shapes: [land, { type: 'circle', r: 5, fill: c.district, stroke: c.halo, strokeWidth: 1.5 }],
    },
    {
      id: 'town',
      label: 'Town or other place',
      shapes: [land, { type: 'circle', r: 5, fill: c.point, stroke: c.halo, strokeWidth: 1.5 }],
    },
    {
      id: 'approx-place',
      label: 'Place the map does not know, drawn beside the place the article puts it at (approximate)',
      shapes: [
        land,
        // The line that joins it to that place (layers.ts, approx-legs).
        { type: 'line', color: c.point, width: 1.2, dash: [2, 2] },
        { type: 'circle', r: 5, fill: c.halo, stroke: c.point, strokeWidth: 2.5 },
      ],
    },
    {
      id: 'capital',
      label: 'Capital',
      shapes: [land, { type: 'circle', r: 5.5, fill: c.point, stroke: c.halo, strokeWidth: 2.5 }],
    },
    {
      id: 'background-town',
      label: 'Other town (from zoom 7)',
      shapes: [land, { type: 'circle', r: 2.5, fill: c.contextLabel, stroke: c.halo, strokeWidth: 0.8 }],
    },
    {
      id: 'river',
      label: 'River, lake shore',
      shapes: [land, { type: 'line', color: c.river, width: 1.8 }],
    },
    {
      id: 'seasonal-river',
      label: 'River that runs in some seasons',
      shapes: [land, { type: 'line', color: c.river, width: 1, dash: [3, 2] }],
    },
    {
      id: 'selected',
      label: 'Your selection',
      shapes: [
        land,
        { type: 'rect', fill: c.selectedFill, opacity: 0.45 },
        { type: 'circle', r: 5, fill: c.selectedFill, stroke: c.halo, strokeWidth: 1.5 },
      ],
    },
    {
      id: 'uncertain',
      label: 'Uncertain: the name fits another place too, is spelled otherwise, or the map does not know the place',
      shapes: [land, { type: 'text', text: UNCERTAIN_MARK.trim(), color: c.label, halo: c.halo }],
    },
  ];
}
