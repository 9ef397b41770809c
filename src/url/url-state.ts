import type { Camera } from '../store/view.ts';

/** What a shareable link carries. */
export interface UrlState {
  place: string | null;
  passage: number | null;
  camera: Camera | null;
  /** Query parameters that are not ours, kept in order so links round-trip. */
  extra: [string, string][];
}

/** What the parser needs to know about the article. */
export interface UrlContext {
  isPlace: (id: string) => boolean;
  passageCount: number;
}

/** A parsed link and, in plain text, what of it was ignored. */
export interface ParseResult {
  state: UrlState;
  notices: string[];
}

const OURS = new Set(['place', 'passage']);
const MAX_SHOWN = 40;

/** Quote a value from a link for a notice: shortened, never interpreted. */
const quote = (v: string) => `“${v.length > MAX_SHOWN ? `${v.slice(0, MAX_SHOWN)}…` : v}”`;

/** Decimal places for lat/lon at a zoom, as MapLibre's own hash rounds them. */
export function precisionFor(zoom: number): number {
  return Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
}

const round = (v: number, d: number) => {
  const f = 10 ** d;
  const r = Math.round(v * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

/** Round a camera to the precision its zoom needs (canonical form). */
export function roundCamera(c: Camera): Camera {
  const zoom = round(c.zoom, 2);
  const d = precisionFor(zoom);
  return {
    zoom,
    lat: round(c.lat, d),
    lon: round(c.lon, d),
    // Round first, then wrap into [-180, 180), so that 179.96 becomes -180 and stays so.
    bearing: round(((((round(c.bearing, 1) + 180) % 360) + 360) % 360) - 180, 1),
    pitch: round(c.pitch, 0),
  };
}

const NUM = /^-?\d{1,3}(\.\d{1,12})?$/;

/** Parse `#zoom/lat/lon[/bearing[/pitch]]`; null when malformed or out of range. */
export function parseHash(hash: string): Camera | null {
  const parts = hash.replace(/^#/, '').split('/');
  if (parts.length < 3 || parts.length > 5 || !parts.every((p) => NUM.test(p))) return null;
  const [zoom, lat, lon, bearing = 0, pitch = 0] = parts.map(Number) as number[];
  if (zoom! < 0 || zoom! > 22) return null;
  if (Math.abs(lat!) > 85.051129 || Math.abs(lon!) > 180) return null;
  if (Math.abs(bearing) > 360 || pitch < 0 || pitch > 85) return null;
  return roundCamera({ zoom: zoom!, lat: lat!, lon: lon!, bearing, pitch });
}

/** A number in plain decimal notation (never `1e-8`), trailing zeros dropped. */
const fmt = (v: number, d: number) => {
  const s = v.toFixed(d);
  const t = s.includes('.') ? s.replace(/\.?0+$/, '') : s;
  return t === '-0' ? '0' : t;
};

/** Format a camera as MapLibre's hash does, dropping bearing and pitch when both are 0. */
export function formatHash(c: Camera): string {
  const r = roundCamera(c);
  const d = precisionFor(r.zoom);
  const base = `#${fmt(r.zoom, 2)}/${fmt(r.lat, d)}/${fmt(r.lon, d)}`;
  return r.bearing === 0 && r.pitch === 0 ? base : `${base}/${fmt(r.bearing, 1)}/${fmt(r.pitch, 0)}`;
}

/**
 * Read a link. Never throws: whatever cannot be used is left out of the state
 * and named in a notice, and the rest of the link still applies.
 */
export function parseUrl(search: string, hash: string, ctx: UrlContext): ParseResult {
  const notices: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const extra: [string, string][] = [];
  for (const [k, v] of params) if (!OURS.has(k)) extra.push([k, v]);

  let place: string | null = null;
  const places = params.getAll('place');
  if (places.length > 1) notices.push('The link names more than one place; the first one is shown.');
  const p = places[0];
  if (p !== undefined && p !== '') {
    if (ctx.isPlace(p)) place = p;
    else notices.push(`No place called ${quote(p)} in this article.`);
  }

  let passage: number | null = null;
  const passages = params.getAll('passage');
  if (passages.length > 1) notices.push('The link names more than one passage; the first one is shown.');
  const n = passages[0];
  if (n !== undefined && n !== '') {
    const v = /^\d{1,6}$/.test(n) ? Number(n) : NaN;
    if (v >= 1 && v <= ctx.passageCount) passage = v;
    else notices.push(`There is no passage ${quote(n)}: this article has passages 1 to ${ctx.passageCount}.`);
  }

  let camera: Camera | null = null;
  const h = hash.replace(/^#/, '');
  if (h !== '') {
    camera = parseHash(h);
    if (!camera) notices.push('The map view in the link could not be read, so the map shows its own view.');
  }
  return { state: { place, passage, camera, extra }, notices };
}

/** Write a link: `?place=…&passage=…&(other params)#zoom/lat/lon[/bearing/pitch]`. */
export function formatUrl(s: UrlState): string {
  const params = new URLSearchParams();
  if (s.place) params.set('place', s.place);
  if (s.passage !== null) params.set('passage', String(s.passage));
  for (const [k, v] of s.extra) if (!OURS.has(k)) params.append(k, v);
  const q = params.toString();
  return `${q ? `?${q}` : ''}${s.camera ? formatHash(s.camera) : ''}`;
}
