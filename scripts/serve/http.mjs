// The parts of serving a request that are pure: reading the request target
// and the Range header. Each returns a value for any input; none throws, so no
// request, however malformed, can end the server that uses them.

/**
 * The decoded path of a request target (`/a%20b?x#y` → `/a b`), or null when
 * it is not one a browser sends: not origin-form, badly %-encoded, or with
 * a NUL or a backslash, which no file of ours has.
 * @param {string | undefined} target
 * @returns {string | null}
 */
export function requestPath(target) {
  if (typeof target !== 'string' || !target.startsWith('/')) return null;
  const end = target.search(/[?#]/);
  const raw = end === -1 ? target : target.slice(0, end);
  let path;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (/[\0\\]/.test(path)) return null;
  return path;
}

/**
 * The files a build's path may name: segments without `.` or `..`, joined by
 * single slashes, with no leading slash (`assets/x.js`). Null when the path
 * climbs out (`/../x`), so the caller never joins it to a directory.
 * @param {string} path
 * @returns {string | null}
 */
export function relativeFile(path) {
  const parts = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') return null;
    parts.push(part);
  }
  return parts.join('/');
}

/**
 * A single byte range of a body of `size` bytes, as RFC 9110 reads
 * `Range: bytes=…`: `a-b`, `a-` or the suffix `-n`.
 * - `null`: no range to honour (no header, another unit, several ranges, or
 *   a form that does not parse); the whole body is sent with 200.
 * - `'unsatisfiable'`: a well-formed range that starts past the end (416).
 * @param {string | undefined} header
 * @param {number} size
 * @returns {{ start: number, end: number } | 'unsatisfiable' | null}
 */
export function byteRange(header, size) {
  if (typeof header !== 'string') return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const [first, last] = [match[1], match[2]];
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0) return 'unsatisfiable';
    return size === 0 ? 'unsatisfiable' : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== '' && Number(last) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}
