// The Content Security Policy the app runs under: nothing inline, nothing
// evaluated, everything from this origin, but for the detailed map's hosts,
// which the reader's browser reaches only when the reader turns it on
// (scripts/online-map.mjs). One source for the page's meta tag and the
// server's header (a meta tag cannot carry frame-ancestors).
import { onlineMapSettings, onlineOrigins } from './online-map.mjs';

/**
 * Each directive and its sources, for the detailed map's origins.
 * @param {readonly string[]} online
 */
export function cspDirectives(online = []) {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'worker-src': ["'self'"],
    // The map fetches styles, tiles, glyphs, sprites and elevation (as images too) with fetch.
    'connect-src': ["'self'", ...online],
    'img-src': ["'self'", 'data:', 'blob:'],
    'style-src': ["'self'"],
    'font-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  };
}

/** Directives a policy delivered in a <meta> tag ignores. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** @param {Record<string, string[]>} directives @param {string[]} names */
const format = (directives, names) => names.map((n) => `${n} ${directives[n].join(' ')}`).join('; ');

/**
 * The policy for a build's environment: as the server sends it (the
 * Content-Security-Policy header) and as the page's meta tag can carry it.
 * @param {Record<string, string | undefined>} env
 */
export function contentSecurityPolicy(env = process.env) {
  const directives = cspDirectives(onlineOrigins(onlineMapSettings(env)));
  const names = Object.keys(directives);
  return {
    header: format(directives, names),
    meta: format(
      directives,
      names.filter((n) => !HEADER_ONLY.has(n)),
    ),
  };
}

/** The meta tag's policy as the built page carries it, made the header's: what the server sends. */
export function headerFromMeta(meta) {
  return `${meta}; frame-ancestors 'none'`;
}
