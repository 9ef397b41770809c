// @mapbox/geojson-rewind ships no types.
declare module '@mapbox/geojson-rewind' {
  import type { GeoJSON } from 'geojson';
  /** Rewind rings: `clockwise` false gives RFC 7946's right-hand rule (exteriors counterclockwise). */
  export default function rewind<T extends GeoJSON>(geojson: T, clockwise?: boolean): T;
}
