// What the map can show: the one source for the map's options and for the URL
// parser, which fits a link's view into these limits.

export const MAP_LIMITS = {
  minZoom: 0,
  maxZoom: 14,
  /** MapLibre's default, set explicitly so that links and map agree. */
  maxPitch: 60,
  /** Web Mercator's edge. */
  maxLat: 85.051129,
} as const;
