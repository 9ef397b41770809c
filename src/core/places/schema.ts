// One schema for what the data pipeline writes and the app reads: the measured
// facts of the shipped places (src/places/geo-facts.json) and the regional
// gazetteer (public/geo/gazetteer.json). The pipeline parses its output with
// these before writing, so a wrong file fails the build, not the page; the app
// imports the types, and parses the gazetteer it fetches (loaded apart, with
// the code that needs it).
import * as v from 'valibot';

const lonLat = v.tuple([
  v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
]);
const bbox = v.tuple([v.number(), v.number(), v.number(), v.number()]);
const id = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/));

/** What a point stands for, where the place is larger than a point. */
export const PointNoteSchema = v.picklist(['hq', 'centre', 'approx', 'line', 'parent', 'text']);

/** A data source and the credit it needs. */
export const GeoSourceSchema = v.object({
  id: v.string(),
  name: v.pipe(v.string(), v.nonEmpty()),
  detail: v.string(),
  licence: v.pipe(v.string(), v.nonEmpty()),
  url: v.string(),
});

/** Measured facts about one place. */
export const PlaceFactsSchema = v.strictObject({
  bbox,
  /** A point standing for the place in text: the point, the line's middle, a point inside the area. */
  anchor: lonLat,
  geometry: v.picklist(['point', 'line', 'area']),
  source: v.string(),
  pointNote: v.optional(PointNoteSchema),
  /** Of a place put beside another (pointNote 'text'): that place's id; the map joins the two and names both. */
  beside: v.optional(id),
  areaKm2: v.optional(v.number()),
  borderKm: v.optional(v.number()),
  borderShare: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  lengthKm: v.optional(v.number()),
  sourceLengthKm: v.optional(v.number()),
  vertices: v.optional(v.pipe(v.number(), v.integer())),
  borderDistanceKm: v.optional(v.number()),
  nearestCapital: v.optional(v.strictObject({ id, km: v.number() })),
  nearestCrossing: v.optional(v.strictObject({ id, km: v.number() })),
});

/** src/places/geo-facts.json */
export const GeoFactsSchema = v.strictObject({
  sources: v.array(GeoSourceSchema),
  places: v.record(id, PlaceFactsSchema),
});

const KINDS = ['border', 'crossing', 'town', 'province', 'district', 'capital', 'country', 'region'] as const;

/** One entry of the regional gazetteer. Short keys: the file is loaded over the network. */
export const GazetteerEntrySchema = v.strictObject({
  /** id: public, in links; never changes meaning */
  i: id,
  /** name as shown */
  n: v.pipe(v.string(), v.nonEmpty()),
  k: v.picklist(KINDS),
  /** ISO 3166-1 alpha-2, '' for places that span countries */
  c: v.pipe(v.string(), v.regex(/^(?:[A-Z]{2})?$/)),
  /** admin parent id (district → province) */
  p: v.optional(id),
  /** point, lon and lat */
  x: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  y: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
  /** other names that count as mentions (Latin and Arabic script) */
  a: v.optional(v.array(v.pipe(v.string(), v.nonEmpty()))),
  /** population where known */
  r: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** GeoNames id */
  g: v.optional(v.pipe(v.number(), v.integer())),
  /** km from the Durand Line, for a point of Afghanistan or Pakistan */
  d: v.optional(v.pipe(v.number(), v.minValue(0))),
  /** source id (see `sources`) */
  s: v.string(),
  pt: v.optional(PointNoteSchema),
  /** bounds of a country shown as a point */
  b: v.optional(bbox),
});

/** public/geo/gazetteer.json */
export const GazetteerFileSchema = v.strictObject({
  /** changes whenever the entries do; kept with each indexed article */
  version: v.pipe(v.string(), v.nonEmpty()),
  sources: v.array(GeoSourceSchema),
  places: v.array(GazetteerEntrySchema),
});

export type GeoSource = v.InferOutput<typeof GeoSourceSchema>;
export type PlaceFacts = v.InferOutput<typeof PlaceFactsSchema>;
export type GeoFacts = v.InferOutput<typeof GeoFactsSchema>;
export type GazetteerEntry = v.InferOutput<typeof GazetteerEntrySchema>;
export type GazetteerFile = v.InferOutput<typeof GazetteerFileSchema>;
export type GazetteerSource = GeoSource;
