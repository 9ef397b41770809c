// The Content Security Policy the app runs under: nothing inline, nothing
// evaluated, everything from this origin. One source for the server's header
// and the page's meta tag (a meta tag cannot carry frame-ancestors).

/** Each directive and its sources. */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'worker-src': ["'self'"],
  'connect-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'style-src': ["'self'"],
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** Directives a policy delivered in a <meta> tag ignores. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

const format = (names) => names.map((n) => `${n} ${CSP_DIRECTIVES[n].join(' ')}`).join('; ');

/** The policy as the server sends it (the Content-Security-Policy header). */
export const CSP_HEADER = format(Object.keys(CSP_DIRECTIVES));

/** The same policy as the page's meta tag can carry it. */
export const CSP_META = format(Object.keys(CSP_DIRECTIVES).filter((n) => !HEADER_ONLY.has(n)));
