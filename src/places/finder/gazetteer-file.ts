// The regional gazetteer as the pipeline writes it (public/geo/gazetteer.json)
// and the app reads it: one type for both sides.
import type { PlaceKind } from '../gazetteer.ts';

/** What a point stands for where the place is larger than a point. */
export type PointNote = 'hq' | 'centre' | 'approx' | 'line' | 'parent';

/** One entry. Short keys: the file is loaded over the network. */
export interface GazetteerEntry {
  /** id: public, in links; never changes meaning. */
  i: string;
  /** name as shown */
  n: string;
  k: PlaceKind;
  /** ISO 3166-1 alpha-2, '' for places that span countries */
  c: string;
  /** admin parent id (district → province) */
  p?: string;
  /** point, [lon, lat] */
  x: number;
  y: number;
  /** other names that count as mentions (Latin and Arabic script) */
  a?: string[];
  /** population where known */
  r?: number;
  /** GeoNames id */
  g?: number;
  /** source id (see `sources`) */
  s: string;
  pt?: PointNote;
  /** bounds [w, s, e, n] of a country shown as a point */
  b?: [number, number, number, number];
}

export interface GazetteerSource {
  id: string;
  name: string;
  detail: string;
  licence: string;
  url: string;
}

export interface GazetteerFile {
  /** changes whenever the entries do; kept with each indexed article */
  version: string;
  sources: GazetteerSource[];
  places: GazetteerEntry[];
}

export const GAZETTEER_URL = 'geo/gazetteer.json';
