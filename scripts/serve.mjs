// Serve the production build (dist/) on localhost with the same security
// headers a real host would send. No dependencies: it is what `npm start` runs.
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { CSP_HEADER } from './csp.mjs';

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
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error('No production build in dist/: run `npm run build` first.');
  process.exit(1);
}

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
function body(file, encoding) {
  const key = `${file}\0${statSync(file).mtimeMs}\0${encoding}`;
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

// Links may be long (the app reports what it cannot use, it does not fail): allow 1 MB request lines.
const server = createServer({ maxHeaderSize: 1024 * 1024 }, (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let decoded;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
    return;
  }
  let path = normalize(decoded).replace(/^([/\\])+/, '');
  let file = join(root, path);
  if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
    // Unknown paths get the app, which explains itself; assets that are missing get 404.
    if (extname(path)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    path = 'index.html';
    file = join(root, path);
  }
  const encoding = encodingFor(req, file);
  res.writeHead(200, {
    ...(encoding ? { 'content-encoding': encoding } : {}),
    vary: 'accept-encoding',
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CSP_HEADER,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': path.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (encoding) res.end(body(file, encoding));
  else createReadStream(file).pipe(res);
});

// Compress the build once up front (about a second), so no first visitor waits on it.
for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
  const file = join(entry.parentPath, entry.name);
  if (!entry.isFile() || !COMPRESSIBLE.has(extname(file))) continue;
  body(file, 'br');
  body(file, 'gzip');
}

server.listen(port, host, () => {
  console.log(`Border Explorer is running at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
});
