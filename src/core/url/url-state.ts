import { MAP_LIMITS } from '../map/limits.ts';

/** A map view as the URL hash carries it. */
export interface Camera {
  zoom: number;
  lat: number;
  lon: number;
  bearing: number;
  pitch: number;
}

/** What a shareable link carries. */
export interface UrlState {
  /** The reader's article by content id; null for the default article (its links never carry it). */
  article: string | null;
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
  /** Whether a fragment names an element of the page (an in-page link such as the skip link). */
  isAnchor?: (fragment: string) => boolean;
}

/** A parsed link and, in plain text, what of it was ignored or adjusted. */
export interface ParseResult {
  state: UrlState;
  notices: string[];
  /** The fragment, when it names an element of the page rather than a view. */
  anchor: string | null;
}

const OURS = new Set(['article', 'place', 'passage']);

/** An article id: 12 hex digits of its text's SHA-256. */
export const ARTICLE_ID = /^[0-9a-f]{12}$/;
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

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Round a camera to the precision its zoom needs (canonical form). */
export function roundCamera(c: Camera): Camera {
  const zoom = round(c.zoom, 2);
  const d = precisionFor(zoom);
  // Rounding must not carry a latitude past the edge of the map.
  const edge = Math.floor(MAP_LIMITS.maxLat * 10 ** d) / 10 ** d;
  return {
    zoom,
    lat: clamp(round(c.lat, d), -edge, edge),
    lon: round(c.lon, d),
    // Round first, then wrap into [-180, 180), so that 179.96 becomes -180 and stays so.
    bearing: round(((((round(c.bearing, 1) + 180) % 360) + 360) % 360) - 180, 1),
    pitch: round(c.pitch, 0),
  };
}

/** A plain decimal number, of a length a view can need. */
const NUM = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;
const MAX_NUMBER_LENGTH = 24;

/** A view read from a link, fitted to what the map can show, with what was adjusted. */
export interface ParsedView {
  camera: Camera;
  /** Plain text, one entry per adjusted number: "zoom 22 → 14". */
  adjusted: string[];
}

const shown = (v: number) => String(Math.round(v * 100) / 100);

/**
 * Read `#zoom/lat/lon[/bearing[/pitch]]`: null when it is not three to five
 * numbers; numbers outside what the map can show are brought into range
 * (zoom and pitch to the map's limits, latitude to web Mercator's, longitude
 * and bearing wrapped round), and each adjustment is named.
 */
export function parseHash(hash: string): ParsedView | null {
  const parts = hash.replace(/^#/, '').split('/');
  if (parts.length < 3 || parts.length > 5) return null;
  if (!parts.every((p) => p.length <= MAX_NUMBER_LENGTH && NUM.test(p))) return null;
  const [zoom, lat, lon, bearing = 0, pitch = 0] = parts.map(Number) as number[];
  if (![zoom, lat, lon, bearing, pitch].every(Number.isFinite)) return null;
  const adjusted: string[] = [];
  const fit = (name: string, v: number, next: number) => {
    if (Math.abs(next - v) > 1e-9) adjusted.push(`${name} ${shown(v)} → ${shown(next)}`);
    return next;
  };
  const wrap = (v: number) => ((((v + 180) % 360) + 360) % 360) - 180;
  const camera = roundCamera({
    zoom: fit('zoom', zoom!, clamp(zoom!, MAP_LIMITS.minZoom, MAP_LIMITS.maxZoom)),
    lat: fit('latitude', lat!, clamp(lat!, -MAP_LIMITS.maxLat, MAP_LIMITS.maxLat)),
    lon: Math.abs(lon!) <= 180 ? lon! : fit('longitude', lon!, wrap(lon!)),
    bearing: Math.abs(bearing) <= 360 ? bearing : fit('bearing', bearing, wrap(bearing)),
    pitch: fit('pitch', pitch, clamp(pitch, 0, MAP_LIMITS.maxPitch)),
  });
  return { camera, adjusted };
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

  let article: string | null = null;
  const articles = params.getAll('article');
  if (articles.length > 1) notices.push('The link names more than one article; the first one is used.');
  const a = articles[0]?.trim().toLowerCase();
  if (a) {
    if (ARTICLE_ID.test(a)) article = a;
    else
      notices.push(
        `The link names an article as ${quote(articles[0]!)}, which is not an article id; the default article is shown.`,
      );
  }

  let place: string | null = null;
  const places = params.getAll('place');
  if (places.length > 1) notices.push('The link names more than one place; the first one is shown.');
  const p = places[0];
  if (p !== undefined && p.trim() !== '') {
    // Ids are lower case; a link typed or pasted in another case still works, and is written back canonical.
    const id = p.trim().toLowerCase();
    if (ctx.isPlace(id)) place = id;
    else if (/^user-[0-9a-f]{8}$/.test(id)) {
      notices.push(
        'The link names a place its sender added to the article. It came with their corrections: ask them for the article bundle (Export, Article bundle) and open it here.',
      );
    } else notices.push(`No place called ${quote(p)} in this article.`);
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
  let anchor: string | null = null;
  const h = hash.replace(/^#/, '');
  if (h !== '' && ctx.isAnchor?.(h)) anchor = h;
  else if (h !== '') {
    const view = parseHash(h);
    camera = view?.camera ?? null;
    if (!view) notices.push('The map view in the link could not be read, so the map shows its own view.');
    else if (view.adjusted.length) {
      notices.push(`The map view in the link was brought within what this map shows: ${view.adjusted.join(', ')}.`);
    }
  }
  return { state: { article, place, passage, camera, extra }, notices, anchor };
}

/** Write a link: `?article=…&place=…&passage=…&(other params)#zoom/lat/lon[/bearing/pitch]`. */
export function formatUrl(s: UrlState): string {
  const params = new URLSearchParams();
  if (s.article) params.set('article', s.article);
  if (s.place) params.set('place', s.place);
  if (s.passage !== null) params.set('passage', String(s.passage));
  for (const [k, v] of s.extra) if (!OURS.has(k)) params.append(k, v);
  const q = params.toString();
  return `${q ? `?${q}` : ''}${s.camera ? formatHash(s.camera) : ''}`;
}
