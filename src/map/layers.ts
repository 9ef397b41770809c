// Typed layer specs of the explorer's map. Colours meet AA against their
// backgrounds; the contested border is dashed as well as coloured.
import type { GeoData } from './geodata.ts';
import { DETAIL_BOUNDS, DETAIL_MAX_ZOOM, DETAIL_MIN_ZOOM } from '../core/map/detail.ts';
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';

/**
 * The labels' font: Noto Sans, as signed-distance glyphs the pipeline draws for
 * the characters the labels use (scripts/glyphs), one folder per font name.
 */
export const LABEL_FONT = 'NotoSans-Regular';

/** Where MapLibre finds the glyph range files, relative to the page. */
export const GLYPHS_URL = 'glyphs/{fontstack}/{range}.pbf';

/** Source ids. */
export const PLACES_SOURCE = 'places';
export const CONTEXT_SOURCE = 'context';
/** The selected point place's label, placed before every other label. */
export const SELECTION_SOURCE = 'selection';
/** Rivers, towns, passes and ranges at the scale of a story: vector tiles, read from zoom 7 (core/map/detail.ts). */
export const DETAIL_SOURCE = 'detail';

/** Layers a pointer can hit, the most specific kinds first. */
export const HIT_LAYERS = {
  points: ['points-circle', 'crossings-symbol', 'detail-towns-circle'],
  lines: ['durand-hit'],
  areas: ['province-fill', 'region-fill', 'country-fill'],
} as const;

/** The colours a map theme sets. */
export interface Palette {
  water: string;
  land: string;
  landLine: string;
  countryLine: string;
  provinceLine: string;
  articleFill: string;
  selectedFill: string;
  hoverFill: string;
  border: string;
  borderCasing: string;
  point: string;
  district: string;
  label: string;
  contextLabel: string;
  provinceLabel: string;
  halo: string;
  /** Rivers and lake shores, and their names. */
  river: string;
  riverLabel: string;
}

export type Theme = 'light' | 'dark';

/**
 * The map's colours by theme. Labels meet AA (4.5:1) against their halo, and
 * symbols and lines 3:1 against the land (a unit test checks both).
 */
export const PALETTES: Readonly<Record<Theme, Palette>> = {
  light: {
    water: '#dde8ef',
    land: '#f6f3ec',
    landLine: '#b5ad9f',
    countryLine: '#7c7468',
    provinceLine: '#c4b79f',
    articleFill: '#f0c987',
    selectedFill: '#d9642b',
    hoverFill: '#e9a56b',
    border: '#b0221a',
    borderCasing: '#ffffff',
    point: '#2d2a26',
    district: '#6a3d9a',
    label: '#1f1d1a',
    contextLabel: '#4d4840',
    provinceLabel: '#6b4a16',
    halo: '#ffffff',
    river: '#86b0cf',
    riverLabel: '#2f6690',
  },
  dark: {
    water: '#0e1820',
    land: '#23221f',
    landLine: '#57524a',
    countryLine: '#a39b8f',
    provinceLine: '#5e5547',
    articleFill: '#8a5a1c',
    selectedFill: '#f0874a',
    hoverFill: '#c9743c',
    border: '#ff6f5e',
    borderCasing: '#141312',
    point: '#ece7de',
    district: '#c4a3ef',
    label: '#f1ece4',
    contextLabel: '#c2bbb0',
    provinceLabel: '#ecc78a',
    halo: '#141312',
    river: '#5b8db3',
    riverLabel: '#8fc3e6',
  },
};

const byKind = (...kinds: string[]): ExpressionSpecification => ['in', ['get', 'kind'], ['literal', kinds]];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
/** A place the passage being read names (issue 32): lit as a hovered one is, calmer than the selection. */
const reading: ExpressionSpecification = ['boolean', ['feature-state', 'reading'], false];
/** A place named only in passages read before: a step quieter. */
const wasRead: ExpressionSpecification = ['boolean', ['feature-state', 'read'], false];

/**
 * A paint value by feature state: selected, hovered, otherwise `base`. Line and
 * circle layers give every per-feature property this way, even where the states
 * agree, so that all layers of a kind share one shader: MapLibre compiles a
 * shader for each mix of per-feature and per-layer properties, and in software
 * WebGL every extra shader costs tens of milliseconds on the first frame.
 */
function perState<T extends string | number | ExpressionSpecification>(
  base: T,
  sel: T = base,
  hov: T = sel,
): ExpressionSpecification {
  return ['case', selected, sel, hovered, hov, reading, hov, base] as ExpressionSpecification;
}

/**
 * The border's three line layers (casing, dashes, hit area) share one layout and
 * filter, so MapLibre builds the line's geometry once for all three.
 */
const BORDER_LAYOUT = { 'line-join': 'round', 'line-cap': 'round' } as const;

/** Area fills leave their edges to the line layers: a fill's own outline is another shader and another pass. */
const NO_OUTLINE = { 'fill-antialias': false } as const;

/** `mentioned` ids (in the feature's `key` property) are styled apart from context places. */
export function isMentioned(ids: readonly string[], key: 'id' | 'place' = 'id'): ExpressionSpecification {
  return ['in', ['get', key], ['literal', [...ids]]];
}

/** The one label point of a country or province (context source, `place` = its id). */
const labelOf = (kind: 'country' | 'province'): ExpressionSpecification => [
  'all',
  ['==', ['get', 'kind'], 'label'],
  ['==', ['get', 'of'], kind],
];

/** What a reader sees after the name of a place the article names uncertainly (the key explains it). */
export const UNCERTAIN_MARK = ' (?)';

/** A label: the feature's name, marked when the place is `uncertain` (the feature's id in its `key` property). */
function nameLabel(uncertain: readonly string[], key: 'id' | 'place' = 'id'): ExpressionSpecification {
  if (uncertain.length === 0) return ['get', 'name'];
  return ['case', isMentioned(uncertain, key), ['concat', ['get', 'name'], UNCERTAIN_MARK], ['get', 'name']];
}

/** A point of a place the map does not know, put approximately where the article says (found-places.ts). */
const APPROX: ExpressionSpecification = ['==', ['get', 'approx'], true];

/**
 * A circle's outline colour: `ring` for a place put approximately. Every circle
 * layer asks it per feature, so that all of them share one shader.
 */
const ringed = (base: string, ring: string): ExpressionSpecification => ['case', APPROX, ring, base];

/** A layer of the detail archive's: its source and source layer. */
const fromDetail = (layer: 'water' | 'towns' | 'labels') => ({ source: DETAIL_SOURCE, 'source-layer': layer });

/** Rivers and lake shores: thin, quiet, wider for the main rivers and closer in. */
function waterLayers(c: Palette): LayerSpecification[] {
  const level = ['get', 'level'] as ExpressionSpecification;
  return [
    {
      id: 'detail-water',
      type: 'line',
      ...fromDetail('water'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': perState(c.river),
        // Level 1 (permanent major) widest, level 4 (minor) thinnest. By feature alone, like every other
        // line's width: a width by zoom and feature would cost a shader of its own (see perState).
        'line-width': perState(['match', level, [0, 1], 1.8, 2, 1.3, 3, 0.9, 0.7] as ExpressionSpecification),
        'line-opacity': perState(1),
      },
      filter: ['<', level, 5],
    },
    {
      // Rivers that run only in some seasons (levels 5 and 6), dashed.
      id: 'detail-water-seasonal',
      type: 'line',
      ...fromDetail('water'),
      filter: ['>=', level, 5],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': perState(c.river),
        'line-width': perState(1),
        'line-dasharray': [3, 2],
        'line-opacity': perState(1),
      },
    },
  ];
}

/**
 * The towns, passes and ranges of the detail: below every label of the
 * article's, so that they give way (MapLibre places the topmost labels first).
 * Towns rank by population, the largest placed first.
 */
function detailLayers(c: Palette): { towns: LayerSpecification[]; names: LayerSpecification[] } {
  const what = ['get', 'what'] as ExpressionSpecification;
  const [circle, labels, riverLabels, townLabels]: LayerSpecification[] = [
    {
      id: 'detail-towns-circle',
      type: 'circle',
      ...fromDetail('towns'),
      paint: {
        'circle-radius': perState<ExpressionSpecification | number>(
          ['match', ['get', 'rank'], [1, 2], 2.5, 2] as ExpressionSpecification,
          4,
          3.5,
        ),
        'circle-color': perState(c.contextLabel, c.selectedFill, c.hoverFill),
        'circle-stroke-color': ringed(c.halo, c.point),
        'circle-stroke-width': perState(0.8),
      },
    },
    // One colour per layer, constant: a colour by feature would cost the labels a shader of their own.
    {
      id: 'detail-labels',
      type: 'symbol',
      ...fromDetail('labels'),
      filter: ['!=', what, 'river'],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [LABEL_FONT],
        'text-size': 11,
        'text-transform': ['match', what, 'range', 'uppercase', 'none'],
        'text-letter-spacing': ['match', what, 'range', 0.25, 0],
        'text-max-width': 8,
        // A pass's name finds room beside the crossing and town labels around it.
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.6,
        'symbol-sort-key': ['match', what, 'range', 1, 2],
      },
      paint: { 'text-color': c.contextLabel, 'text-halo-color': c.halo, 'text-halo-width': 1.5 },
    },
    {
      id: 'detail-river-labels',
      type: 'symbol',
      ...fromDetail('labels'),
      filter: ['==', what, 'river'],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [LABEL_FONT],
        'text-size': 11,
        'text-letter-spacing': 0.05,
        'text-max-width': 8,
      },
      paint: { 'text-color': c.riverLabel, 'text-halo-color': c.halo, 'text-halo-width': 1.5 },
    },
    {
      id: 'detail-towns-label',
      type: 'symbol',
      ...fromDetail('towns'),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [LABEL_FONT],
        'text-size': 11,
        'text-anchor': 'top',
        'text-offset': [0, 0.4],
        'text-max-width': 8,
        'symbol-sort-key': ['-', 0, ['get', 'pop']],
      },
      paint: { 'text-color': c.contextLabel, 'text-halo-color': c.halo, 'text-halo-width': 1.5 },
    },
  ];
  return { towns: [circle!, townLabels!], names: [labels!, riverLabels!] };
}

/**
 * Every layer, bottom to top. `mentioned` places are styled apart from context;
 * `uncertain` ones (the article names them, and another place has the name) are labelled with a mark.
 */
export function buildLayers(
  mentioned: readonly string[],
  c: Palette = PALETTES.light,
  uncertain: readonly string[] = [],
  /** Whether the style has the detail source (rivers, towns, passes and ranges). */
  detail = true,
): LayerSpecification[] {
  const m = isMentioned(mentioned);
  const detailed = detail ? detailLayers(c) : { towns: [], names: [] };
  const opacity = (base: ExpressionSpecification | number) =>
    perState<ExpressionSpecification | number>(base, 0.45, 0.4);
  // A zoom curve must be the outermost expression, so the feature-state cases sit inside it.
  const areaFill = (
    base: string,
    low: ExpressionSpecification | number,
    high: ExpressionSpecification | number = low,
  ) => ({
    ...NO_OUTLINE,
    'fill-color': perState(base, c.selectedFill, c.hoverFill),
    'fill-opacity': [
      'interpolate',
      ['linear'],
      ['zoom'],
      5,
      opacity(low),
      10,
      opacity(high),
    ] as ExpressionSpecification,
  });
  return [
    { id: 'background', type: 'background', paint: { 'background-color': c.water } },
    {
      id: 'land-fill',
      type: 'fill',
      source: CONTEXT_SOURCE,
      // Land cut at the antimeridian or a pole is filled whole, and outlined from its coasts alone.
      filter: byKind('land', 'land-cut'),
      paint: { ...NO_OUTLINE, 'fill-color': c.land },
    },
    {
      id: 'land-line',
      type: 'line',
      source: CONTEXT_SOURCE,
      filter: byKind('land', 'land-outline'),
      paint: { 'line-color': perState(c.landLine), 'line-width': perState(0.6), 'line-opacity': perState(1) },
    },
    {
      // The land of the countries drawn from the places (Afghanistan, Pakistan and their neighbours
      // from the same outlines as the Durand Line): the context leaves them out, so that their
      // borders are drawn once.
      id: 'country-land',
      type: 'fill',
      source: PLACES_SOURCE,
      filter: byKind('country'),
      paint: { ...NO_OUTLINE, 'fill-color': c.land },
    },
    {
      id: 'country-fill',
      type: 'fill',
      source: PLACES_SOURCE,
      filter: byKind('country'),
      paint: areaFill(c.land, 0),
    },
    {
      id: 'region-fill',
      type: 'fill',
      source: PLACES_SOURCE,
      filter: byKind('region'),
      paint: areaFill(c.articleFill, 0.08),
    },
    {
      id: 'province-fill',
      type: 'fill',
      source: PLACES_SOURCE,
      filter: byKind('province'),
      // Article provinces stand out at region scale and fade where a crossing's surroundings matter.
      paint: areaFill(c.articleFill, ['case', m, 0.55, 0], ['case', m, 0.22, 0]),
    },
    {
      id: 'province-line',
      type: 'line',
      source: PLACES_SOURCE,
      filter: byKind('province'),
      paint: {
        'line-color': perState(c.provinceLine),
        // One width at every zoom: a zoom curve over a per-feature value is a shader of its own.
        'line-width': perState(0.9),
        'line-opacity': perState(1),
      },
    },
    {
      id: 'region-line',
      type: 'line',
      source: PLACES_SOURCE,
      filter: byKind('region'),
      paint: {
        'line-color': perState(c.district),
        'line-width': perState(1, 2.5, 1),
        'line-dasharray': [1, 1.5],
        'line-opacity': perState(0.6, 1),
      },
    },
    {
      id: 'country-line',
      type: 'line',
      source: PLACES_SOURCE,
      filter: byKind('country'),
      paint: {
        'line-color': perState(c.countryLine, c.selectedFill, c.countryLine),
        'line-width': perState(1, 2.5, 1),
        'line-opacity': perState(1),
      },
    },
    ...(detail ? waterLayers(c) : []),
    {
      id: 'durand-casing',
      type: 'line',
      source: PLACES_SOURCE,
      filter: byKind('border'),
      layout: BORDER_LAYOUT,
      paint: { 'line-color': perState(c.borderCasing), 'line-width': perState(6, 9, 8), 'line-opacity': perState(0.9) },
    },
    {
      id: 'durand-line',
      type: 'line',
      source: PLACES_SOURCE,
      filter: byKind('border'),
      layout: BORDER_LAYOUT,
      paint: {
        'line-color': perState(c.border),
        'line-width': perState(2.5, 4.5, 4),
        'line-dasharray': [2.5, 1.5],
        'line-opacity': perState(1),
      },
    },
    {
      id: 'durand-hit',
      type: 'line',
      source: PLACES_SOURCE,
      filter: byKind('border'),
      layout: BORDER_LAYOUT,
      paint: { 'line-color': '#000', 'line-width': 14, 'line-opacity': 0 },
    },
    ...detailed.towns,
    {
      id: 'towns-circle',
      type: 'circle',
      source: CONTEXT_SOURCE,
      filter: byKind('town'),
      minzoom: 5,
      paint: {
        'circle-radius': perState(2.5),
        'circle-color': perState(c.contextLabel),
        'circle-stroke-color': ringed(c.halo, c.point),
        'circle-stroke-width': perState(0),
      },
    },
    {
      id: 'towns-label',
      type: 'symbol',
      source: CONTEXT_SOURCE,
      filter: byKind('town'),
      minzoom: 5,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [LABEL_FONT],
        'text-size': 11,
        'text-anchor': 'top',
        'text-offset': [0, 0.4],
        'symbol-sort-key': ['-', 0, ['get', 'population']],
      },
      paint: { 'text-color': c.contextLabel, 'text-halo-color': c.halo, 'text-halo-width': 1.5 },
    },
    // The passes, ranges and rivers a story names go before the context's towns.
    ...detailed.names,
    // Labels: MapLibre places the topmost layer's labels first, so the order
    // below is the order of priority, last first: context towns, countries,
    // provinces, the border, the article's points (capitals first), crossings.
    {
      id: 'country-label',
      type: 'symbol',
      source: CONTEXT_SOURCE,
      filter: labelOf('country'),
      // Where a country is a region's name, not once it is filled by its provinces.
      minzoom: 2,
      maxzoom: 7,
      layout: {
        'text-field': nameLabel(uncertain, 'place'),
        'text-font': [LABEL_FONT],
        'text-size': ['interpolate', ['linear'], ['zoom'], 2, 11, 6, 14],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
        'text-max-width': 7,
        'symbol-sort-key': ['case', isMentioned(mentioned, 'place'), 0, 1],
      },
      paint: { 'text-color': c.contextLabel, 'text-halo-color': c.halo, 'text-halo-width': 1.5 },
    },
    {
      id: 'province-label',
      type: 'symbol',
      source: CONTEXT_SOURCE,
      filter: ['all', labelOf('province'), isMentioned(mentioned, 'place')],
      layout: {
        'text-field': nameLabel(uncertain, 'place'),
        'text-font': [LABEL_FONT],
        'text-size': 12,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.06,
        'text-max-width': 8,
        // Off its point if a crossing or town is in the way: a big province has room around it.
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 1,
      },
      paint: { 'text-color': c.provinceLabel, 'text-halo-color': c.halo, 'text-halo-width': 1.5 },
    },
    {
      id: 'durand-label',
      type: 'symbol',
      source: PLACES_SOURCE,
      filter: byKind('border'),
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 420,
        'text-field': nameLabel(uncertain),
        'text-font': [LABEL_FONT],
        'text-size': 13,
        'text-letter-spacing': 0.08,
        'text-offset': [0, -1.1],
      },
      paint: { 'text-color': c.border, 'text-halo-color': c.halo, 'text-halo-width': 2 },
    },
    {
      // A place the map does not know, drawn beside the place the article puts it at: a dashed line joins
      // the two, so that its ring reads as put there, not found there. Paint of the border's dashes' kinds
      // (one shader for both, see perState).
      id: 'approx-legs',
      type: 'line',
      source: PLACES_SOURCE,
      filter: byKind('approx-leg'),
      layout: BORDER_LAYOUT,
      paint: {
        'line-color': perState(c.point),
        'line-width': perState(1.2, 2, 1.8),
        'line-dasharray': [2, 2],
        'line-opacity': perState(0.7, 1),
      },
    },
    {
      // The selected point, drawn as the article's selected points are: under them, so that it shows
      // only for a point they do not draw (a town of the detail, a place of the regional gazetteer).
      id: 'selection-point',
      type: 'circle',
      source: SELECTION_SOURCE,
      // Not the place a selected one is drawn beside: only its name is drawn (selection-label.ts).
      filter: ['!=', ['get', 'role'], 'beside'],
      // Expressions of the same kinds as the points' own, so that both share one shader (see perState).
      paint: {
        'circle-radius': ['case', selected, 8, hovered, 7, 8],
        'circle-color': ['case', selected, c.selectedFill, c.selectedFill],
        'circle-stroke-color': ringed(c.halo, c.point),
        'circle-stroke-width': ['case', ['==', ['get', 'id'], ''], 2.5, 1.5],
      },
    },
    {
      id: 'points-circle',
      type: 'circle',
      source: PLACES_SOURCE,
      filter: byKind('capital', 'town', 'district'),
      paint: {
        'circle-radius': ['case', selected, 8, hovered, 7, reading, 7, ['==', ['get', 'kind'], 'capital'], 5.5, 5],
        // A place the map does not know, put where the article says: a ring, not a dot (the key explains it).
        'circle-color': [
          'case',
          // A place put approximately stays a ring when selected: a filled dot would read as found there.
          APPROX,
          c.halo,
          selected,
          c.selectedFill,
          wasRead,
          c.contextLabel,
          ['==', ['get', 'kind'], 'district'],
          c.district,
          c.point,
        ],
        'circle-stroke-color': ['case', APPROX, ['case', selected, c.selectedFill, c.point], c.halo],
        'circle-stroke-width': [
          'case',
          ['==', ['get', 'kind'], 'capital'],
          2.5,
          APPROX,
          ['case', selected, 4, 2.5],
          1.5,
        ],
      },
    },
    {
      id: 'crossings-halo',
      type: 'circle',
      source: PLACES_SOURCE,
      filter: byKind('crossing'),
      paint: {
        'circle-radius': perState(0, 15, 13),
        'circle-color': perState(c.selectedFill),
        'circle-opacity': 0.35,
        'circle-stroke-color': ringed(c.selectedFill, c.point),
        'circle-stroke-width': perState(0, 2, 0),
      },
    },
    {
      id: 'crossings-symbol',
      type: 'symbol',
      source: PLACES_SOURCE,
      filter: byKind('crossing'),
      layout: {
        'icon-image': 'crossing',
        'icon-allow-overlap': true,
        'text-field': nameLabel(uncertain),
        'text-font': [LABEL_FONT],
        'text-size': 13,
        'text-anchor': 'left',
        'text-offset': [1.1, 0],
        'text-optional': true,
      },
      paint: {
        'text-color': c.border,
        'text-halo-color': c.halo,
        'text-halo-width': 2,
        'text-opacity': ['case', selected, 0, 1],
      },
    },
    {
      id: 'points-label',
      type: 'symbol',
      source: PLACES_SOURCE,
      filter: byKind('capital', 'town', 'district'),
      layout: {
        'text-field': nameLabel(uncertain),
        'text-font': [LABEL_FONT],
        'text-size': ['case', ['==', ['get', 'kind'], 'capital'], 14, 12.5],
        'text-anchor': 'left',
        'text-offset': [0.9, 0],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        // Capitals are placed before towns and districts.
        'symbol-sort-key': ['case', ['==', ['get', 'kind'], 'capital'], 0, 1],
      },
      paint: {
        'text-color': c.label,
        'text-halo-color': c.halo,
        'text-halo-width': 2,
        // The selected place's name is the selection label's (above), wherever this one would go.
        'text-opacity': ['case', selected, 0, 1],
      },
    },
    // The selected point's name, above every other label: MapLibre places it
    // first, so it is always shown and the labels it would cover give way.
    {
      id: 'selection-label',
      type: 'symbol',
      source: SELECTION_SOURCE,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [LABEL_FONT],
        'text-size': 14,
        'text-anchor': 'left',
        'text-offset': [1.1, 0],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 1.1,
        'text-max-width': 12,
      },
      paint: { 'text-color': c.label, 'text-halo-color': c.halo, 'text-halo-width': 2.5 },
    },
  ];
}

/**
 * The whole style. It carries the geodata when that is already here; else its
 * sources start empty and the data is set once it arrives.
 */
export function buildStyle(
  mentioned: readonly string[],
  attribution: string,
  palette: Palette = PALETTES.light,
  data: GeoData | null = null,
  uncertain: readonly string[] = [],
  /** The detail's tile URL template (a `pmtiles://` URL), or null for a map without it. */
  detailTiles: string | null = null,
): StyleSpecification {
  const empty = { type: 'FeatureCollection' as const, features: [] };
  return {
    version: 8,
    // Paint changes (a theme switch) take effect in the next frame, as the
    // system's own switch does, and a print picture can be drawn in one frame.
    transition: { duration: 0, delay: 0 },
    glyphs: GLYPHS_URL,
    sources: {
      [PLACES_SOURCE]: { type: 'geojson', data: data?.[0] ?? empty, promoteId: 'id', attribution },
      [CONTEXT_SOURCE]: { type: 'geojson', data: data?.[1] ?? empty },
      [SELECTION_SOURCE]: { type: 'geojson', data: empty },
      ...(detailTiles && {
        [DETAIL_SOURCE]: {
          type: 'vector' as const,
          tiles: [detailTiles],
          minzoom: DETAIL_MIN_ZOOM,
          maxzoom: DETAIL_MAX_ZOOM,
          bounds: DETAIL_BOUNDS,
        },
      }),
    },
    layers: buildLayers(mentioned, palette, uncertain, detailTiles !== null),
  };
}
