// Serve the production build (dist/) on localhost with the same security
// headers a real host would send: what `npm start` runs. Hand-written on
// node:http because the well-kept static servers we tried either end the
// process on a malformed Range (sirv 3.0.2 throws on `bytes=100-50`) or serve
// every method; this one is small, and every request it cannot serve gets a
// status, never an exception (see scripts/serve/http.mjs and e2e/server.spec.ts).
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headerFromMeta } from './csp.mjs';
import { byteRange, relativeFile, requestPath } from './serve/http.mjs';

const root = resolve(import.meta.dirname, '..', 'dist');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.pbf': 'application/x-protobuf',
  // Vector tiles in one archive, read by Range requests (its tiles are gzipped within).
  '.pmtiles': 'application/vnd.pmtiles',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const METHODS = new Set(['GET', 'HEAD']);

if (!existsSync(join(root, 'index.html'))) {
  console.error('No production build in dist/: run `npm run build` first.');
  process.exit(1);
}

/**
 * The policy the build wrote into its page (scripts/csp.mjs, for the build's
 * own settings), sent as the header too: the two cannot disagree.
 */
const CSP_HEADER = (() => {
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html);
  if (!meta) {
    console.error('The build in dist/ carries no Content Security Policy: run `npm run build` again.');
    process.exit(1);
  }
  const text = meta[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
  return headerFromMeta(text);
})();

/** Text files go out compressed, as any real host sends them. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg', '.pbf']);
const compressed = new Map();

/** The best encoding the client accepts: brotli, then gzip, else none. */
function encodingFor(req, file) {
  if (!COMPRESSIBLE.has(extname(file))) return null;
  const accept = String(req.headers['accept-encoding'] ?? '');
  return /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
}

/** A file's body in an encoding, compressed once per file version. */
function body(file, stats, encoding) {
  const key = `${file}\0${stats.mtimeMs}\0${encoding}`;
  let out = compressed.get(key);
  if (!out) {
    const raw = readFileSync(file);
    out =
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
        : gzipSync(raw, { level: 9 });
    compressed.set(key, out);
  }
  return out;
}

/** The build's file for a path and its stats, or null (missing, a directory, outside the build). */
function buildFile(relative) {
  const file = join(root, relative);
  if (file !== root && !file.startsWith(root + '/')) return null;
  try {
    const stats = statSync(file);
    return stats.isFile() ? { file, stats } : null;
  } catch {
    return null;
  }
}

function plain(res, status, text, headers = {}) {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

function serve(req, res) {
  if (!METHODS.has(req.method)) {
    plain(res, 405, 'method not allowed', { allow: 'GET, HEAD' });
    return;
  }
  const path = requestPath(req.url);
  const relative = path === null ? null : relativeFile(path);
  if (relative === null) {
    plain(res, 400, 'bad request');
    return;
  }
  let found = relative === '' ? null : buildFile(relative);
  let served = relative;
  if (!found) {
    // Unknown paths get the app, which explains itself; assets that are missing get 404.
    if (extname(relative)) {
      plain(res, 404, 'not found');
      return;
    }
    served = 'index.html';
    found = buildFile(served);
    if (!found) {
      plain(res, 503, 'no build to serve');
      return;
    }
  }
  const { file, stats } = found;
  const etag = `W/"${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}"`;
  const headers = {
    vary: 'accept-encoding',
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CSP_HEADER,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': served.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    'accept-ranges': 'bytes',
    etag,
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end();
    return;
  }
  const head = req.method === 'HEAD';
  // A range is of the file's own bytes, so a ranged answer is never compressed.
  const range = byteRange(req.headers.range, stats.size);
  if (range === 'unsatisfiable') {
    plain(res, 416, 'range not satisfiable', { 'content-range': `bytes */${stats.size}` });
    return;
  }
  if (range) {
    const length = range.end - range.start + 1;
    res.writeHead(206, {
      ...headers,
      'content-range': `bytes ${range.start}-${range.end}/${stats.size}`,
      'content-length': length,
    });
    if (head) res.end();
    else streamFile(file, res, range);
    return;
  }
  const encoding = encodingFor(req, file);
  if (encoding) {
    const out = body(file, stats, encoding);
    res.writeHead(200, { ...headers, 'content-encoding': encoding, 'content-length': out.length });
    res.end(head ? undefined : out);
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': stats.size });
  if (head) res.end();
  else streamFile(file, res);
}

/** Send a file (or a range of it); a read that fails ends this response, not the server. */
function streamFile(file, res, range) {
  const stream = createReadStream(file, range ?? {});
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

// Links may be long (the app reports what it cannot use, it does not fail): allow 1 MB request lines.
const server = createServer({ maxHeaderSize: 1024 * 1024 }, (req, res) => {
  try {
    serve(req, res);
  } catch (error) {
    // Whatever went wrong, it was this request's: answer it and keep serving the rest.
    console.error(`${req.method} ${String(req.url).slice(0, 200)}: ${error?.message ?? error}`);
    if (res.headersSent) res.destroy();
    else plain(res, 500, 'server error');
  }
});

// A request Node cannot parse gets 400 and its connection closed; the server goes on.
server.on('clientError', (error, socket) => {
  if (socket.writable && !socket.destroyed && error.code !== 'ECONNRESET') {
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  } else socket.destroy();
});

// Compress the build once up front (about a second), so no first visitor waits on it.
for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
  const file = join(entry.parentPath, entry.name);
  if (!entry.isFile() || !COMPRESSIBLE.has(extname(file))) continue;
  const stats = statSync(file);
  body(file, stats, 'br');
  body(file, stats, 'gzip');
}

server.listen(port, host, () => {
  console.log(`Border Explorer is running at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
});
