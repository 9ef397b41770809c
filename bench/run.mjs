// `npm run bench` (first part): builds, serves the production build and the
// fair reference page (bench/reference.html: the same MapLibre, data and label
// glyphs, default styling), and drives Chromium through paired cold loads. Each
// link is loaded once to learn the camera and canvas size the app's map opens
// at; the reference is then opened at exactly that camera and size, and the
// pairs alternate which of the two loads first. Prints a table and writes
// bench/results.json. Benchmark figures only: nothing here is asserted in `npm test`.
// BENCH_RUNS, BENCH_INTERACTIONS and BENCH_SESSIONS set the counts; BENCH_ONLY=interactions
// measures the clicks alone; BENCH_NO_BUILD=1 uses the build in dist/ as it is.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { feature } from 'topojson-client';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../scripts/chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const INTERACTIONS = Number(process.env.BENCH_INTERACTIONS ?? 30);
/** Fresh pages the interactions are measured on; each one's p95 is reported. */
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 3);
const APP_PORT = 4273;
const REF_PORT = 4274;
const VIEWPORT = { width: 1280, height: 800 };

/** The default article's links the 1.15 × target binds: home, a place, a place with a view, a place and passage. */
const LINKS = [
  ['/', '/'],
  ['place', '/?place=torkham'],
  ['place + view', '/?place=torkham#9/34.1/71.1'],
  ['place + passage', '/?place=kunar&passage=6'],
];

if (!process.env.BENCH_NO_BUILD) execFileSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });

// --- Servers: the app exactly as `npm start` serves it, and the reference page,
// compressed the same way (brotli at quality 9, else gzip, as the client accepts).
const app = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs')], {
  env: { ...process.env, PORT: String(APP_PORT), HOST: '127.0.0.1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.geojson': 'application/geo+json',
  '.pbf': 'application/x-protobuf',
};
const refFiles = {
  '/': join(ROOT, 'bench/reference.html'),
  '/bench/reference.js': join(ROOT, 'bench/reference.js'),
  '/vendor/maplibre-gl.mjs': join(ROOT, 'node_modules/maplibre-gl/dist/maplibre-gl.mjs'),
  '/vendor/maplibre-gl-worker.mjs': join(ROOT, 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs'),
  '/vendor/maplibre-gl.css': join(ROOT, 'node_modules/maplibre-gl/dist/maplibre-gl.css'),
  '/geo/context.geojson': join(ROOT, 'dist/geo/context.geojson'),
};
const refBody = new Map();
// The reference draws GeoJSON as MapLibre loads it: the places the app decodes from TopoJSON, decoded here.
const topo = JSON.parse(readFileSync(join(ROOT, 'dist/geo/places.topo.json'), 'utf8'));
refBody.set('/geo/places.geojson', Buffer.from(JSON.stringify(feature(topo, topo.objects.places))));
const refCompressed = new Map();
const ref = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  // The same label glyphs as the app's.
  const file = path.startsWith('/glyphs/') ? join(ROOT, 'dist', decodeURIComponent(path)) : refFiles[path];
  if (!refBody.has(path) && (!file || !existsSync(file))) return void res.writeHead(404).end();
  const accept = String(req.headers['accept-encoding'] ?? '');
  const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : 'identity';
  const key = `${path}\0${encoding}`;
  let out = refCompressed.get(key);
  if (!out) {
    const raw = refBody.get(path) ?? readFileSync(file);
    out =
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
        : encoding === 'gzip'
          ? gzipSync(raw, { level: 9 })
          : raw;
    refCompressed.set(key, out);
  }
  const type = TYPES[extname(file ?? path)] ?? 'application/octet-stream';
  res.writeHead(200, { 'content-type': type, 'content-encoding': encoding }).end(out);
}).listen(REF_PORT, '127.0.0.1');

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not start`);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** One cold load in a fresh context (empty cache): time to the map's first idle, paint figures, and the camera and canvas size it opened at. */
async function load(browser, url, isApp, setup, withStyle = false) {
  const ctx = await browser.newContext({ viewport: VIEWPORT });
  const page = await ctx.newPage();
  const before = setup ? await setup(ctx, page) : null;
  await page.goto(before ?? url);
  await page.waitForFunction(() => performance.getEntriesByName('map:first-idle').length > 0, null, {
    timeout: 60_000,
  });
  if (isApp)
    await page.waitForFunction(() => performance.getEntriesByName('article:rendered').length > 0, null, {
      timeout: 60_000,
    });
  const style = withStyle ? await page.evaluate(() => window.__mapTest.style()) : null;
  const m = await page.evaluate(async () => {
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    const canvas = document.querySelector('canvas.maplibregl-canvas');
    return {
      idle: mark('map:first-idle'),
      created: mark('map:created'),
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      rendered: mark('article:rendered'),
      heap: performance.memory?.usedJSHeapSize ?? null,
      resources: performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname),
      size: { w: canvas.clientWidth, h: canvas.clientHeight },
      camera: window.__mapTest?.camera() ?? null,
    };
  });
  await ctx.close();
  return { ...m, isApp, style };
}

/**
 * The app's style as the reference serves it: the same data by URL, the same
 * glyphs. Its one icon (the crossing), which the app draws at run time, is
 * missing there: a few milliseconds in that page's favour.
 */
let styles = 0;
function serveStyle(style) {
  style.sources.places.data = '/geo/places.geojson';
  style.sources.context.data = '/geo/context.geojson';
  style.glyphs = `http://127.0.0.1:${REF_PORT}/glyphs/{fontstack}/{range}.pbf`;
  const path = `/style/${++styles}.json`;
  refBody.set(path, Buffer.from(JSON.stringify(style)));
  return path;
}

/** The reference page at an app load's camera and canvas size, drawing its own style or the given one. */
function referenceUrl({ camera: c, size }, style) {
  const q = `?w=${size.w}&h=${size.h}${style ? `&style=${style}` : ''}`;
  return `http://127.0.0.1:${REF_PORT}/${q}#${c.zoom.toFixed(3)}/${c.lat.toFixed(5)}/${c.lon.toFixed(5)}`;
}

/**
 * Paired cold loads of one link against the reference at its camera, and
 * against the reference drawing the app's own style there: one load learns the
 * camera and the style, then `RUNS` rounds rotate which of the three loads first.
 */
async function compare(browser, url, setup) {
  const first = await load(browser, url, true, setup, true);
  const pages = [
    { key: 'app', url, isApp: true },
    { key: 'ref', url: referenceUrl(first) },
    { key: 'style', url: referenceUrl(first, serveStyle(first.style)) },
  ];
  for (const p of pages.slice(1)) await load(browser, p.url, false); // the reference server compresses each file once
  const pairs = [];
  for (let i = 0; i < RUNS; i++) {
    const round = {};
    for (let k = 0; k < pages.length; k++) {
      const p = pages[(i + k) % pages.length];
      round[p.key] = await load(browser, p.url, !!p.isApp, p.isApp ? setup : undefined);
    }
    round.moved = Math.abs(round.app.camera.zoom - first.camera.zoom) > 0.01;
    pairs.push(round);
  }
  return { camera: first.camera, size: first.size, pairs };
}

/**
 * When the first paragraph of the built article is painted: the same page with
 * the app's scripts held back (they are deferred modules and do not delay that
 * paint; held back, they cannot change what is measured).
 */
async function staticParagraph(browser) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await page.route('**/assets/*.js', (r) => r.abort());
  await page.goto(`http://127.0.0.1:${APP_PORT}/`);
  const t = await page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const e = list.getEntries().find((x) => x.identifier === 'first-paragraph');
          if (e) resolve(e.renderTime || e.loadTime);
        }).observe({ type: 'element', buffered: true });
      }),
  );
  await ctx.close();
  return t;
}

/**
 * Interaction latency measured in the page: from the click event to the next
 * frame after the panel shows the place. One fresh page per session; the kinds
 * take turns going first, so each kind is measured as a page's very first click
 * in some session, and each session's p95 is reported (not only the best).
 */
async function interactions(browser, session) {
  const ctx = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:${APP_PORT}/`);
  await page.waitForSelector('[data-map-state="idle"]', { state: 'attached', timeout: 60_000 });
  // Clicks on a settled page: React has hydrated the article.
  await page.waitForSelector('[data-article-state="live"]', { state: 'attached', timeout: 60_000 });
  await page.evaluate(() => {
    window.addEventListener(
      'click',
      (e) => {
        window.__clickAt = e.timeStamp;
      },
      { capture: true },
    );
  });
  // The observer is installed before the click, so the figure is the page's own
  // time from the click event to the first frame after the panel shows the place.
  const measure = async (act, name) => {
    await page.evaluate((expected) => {
      window.__clickAt = null;
      window.__shownAt = null;
      const title = () => document.querySelector('[data-testid="panel.place.title"]')?.textContent;
      const obs = new MutationObserver(() => {
        if (title() !== expected) return;
        obs.disconnect();
        requestAnimationFrame(() => (window.__shownAt = performance.now()));
      });
      obs.observe(document.body, { childList: true, subtree: true, characterData: true });
    }, name);
    await act();
    await page.waitForFunction(() => window.__shownAt !== null && window.__clickAt !== null);
    return page.evaluate(() => window.__shownAt - window.__clickAt);
  };
  // Clear the selection and let the map finish redrawing, so each click starts
  // from a settled page. Nothing to clear before a page's first click.
  let clicked = false;
  const settle = async () => {
    if (!clicked) return void (clicked = true);
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.__mapTest.next('idle', { repaint: true }));
  };
  const home = await page.evaluate(() => window.__mapTest.camera());
  const kinds = {
    async mention(i) {
      const [id, n, name] = [
        ['kunar', 6, 'Kunar'],
        ['torkham', 20, 'Torkham'],
        ['bajaur', 54, 'Bajaur'],
      ][i % 3];
      await settle();
      return measure(() => page.locator(`#passage-${n} a[data-place="${id}"]`).first().click(), name);
    },
    async list(i) {
      const [id, name] = [
        ['chitral', 'Chitral'],
        ['paktika', 'Paktika'],
        ['kabul', 'Kabul'],
      ][i % 3];
      await settle();
      await page.locator('.list-toggle').click();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      return measure(() => page.locator(`#place-list button[data-place="${id}"]`).click(), name);
    },
    // Map clicks at the home view, on the crossings and a province.
    async map(i) {
      const [lngLat, name] = [
        [[71.085, 34.115], 'Torkham'],
        [[68.73, 33.17], 'Paktika'],
        [[66.45259, 30.91769], 'Chaman'],
      ][i % 3];
      await settle();
      const c = await page.evaluate(() => window.__mapTest.camera());
      if (Math.abs(c.zoom - home.zoom) > 1e-6 || Math.abs(c.lon - home.lon) > 1e-6) {
        await page.evaluate(([lon, lat, z]) => window.__mapTest.jumpTo([lon, lat], z), [home.lon, home.lat, home.zoom]);
        await page.waitForSelector('[data-map-state="idle"]', { state: 'attached' });
        await page.evaluate(() => window.__mapTest.next('idle', { repaint: true }));
      }
      const p = await page.evaluate((ll) => window.__mapTest.project(ll), lngLat);
      const box = await page.locator('[data-testid="map.canvas"]').boundingBox();
      return measure(() => page.mouse.click(box.x + p.x, box.y + p.y), name);
    },
  };
  const order = ['mention', 'list', 'map'];
  const out = { mention: [], list: [], map: [] };
  for (let k = 0; k < order.length; k++) {
    const kind = order[(k + session) % order.length];
    for (let i = 0; i < INTERACTIONS; i++) out[kind].push(await kinds[kind](i));
    process.stdout.write(`page ${session + 1}: ${INTERACTIONS} ${kind} clicks done\n`);
  }
  await ctx.close();
  return { out, first: order[session % order.length] };
}

/** First-load bytes by category, gzip -9, from what the app's page actually requested. */
function bytesByCategory(resources) {
  const cat = (p) => {
    if (p.includes('maplibre-gl-worker')) return 'MapLibre worker';
    if (p.endsWith('.geojson') || p.endsWith('.topo.json')) return 'geodata';
    if (p.endsWith('.woff2') || p.endsWith('.pbf')) return 'fonts';
    if (/\/maplibre-[\w-]+\.css$/.test(p)) return 'MapLibre CSS';
    if (p.endsWith('.css')) return 'app CSS';
    if (/\/maplibre-[\w-]+\.js$/.test(p)) return 'MapLibre main';
    if (/\/react-[\w-]+\.js$/.test(p)) return 'React';
    if (p.endsWith('.js')) return 'app JS';
    return 'other';
  };
  const out = {};
  for (const p of new Set(resources)) {
    const file = join(ROOT, 'dist', p);
    if (!existsSync(file) || !statSync(file).isFile()) continue;
    const gz = gzipSync(readFileSync(file), { level: 9 }).length;
    out[cat(p)] = (out[cat(p)] ?? 0) + gz;
  }
  // The page itself: the shell and the built article, apart from the code.
  out['HTML (shell + article)'] = gzipSync(readFileSync(join(ROOT, 'dist/index.html')), { level: 9 }).length;
  return out;
}

/**
 * A kept article's link (`?article=…`): the reader opened a real text in this
 * browser, so the library holds it; the HTTP cache is then emptied, keeping
 * the library, and the link is loaded cold.
 */
const ARTICLE_TEXT = readFileSync(join(ROOT, 'eval/places/texts/voa-chaman-clashes.txt'), 'utf8');
async function keptArticle(ctx, page) {
  await page.goto(`http://127.0.0.1:${APP_PORT}/`);
  await page.waitForSelector('[data-map-state="idle"]', { state: 'attached', timeout: 60_000 });
  await page.getByRole('button', { name: 'Open an article' }).click();
  await page.getByLabel('Article text').fill(ARTICLE_TEXT);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.waitForURL(/[?&]article=/);
  const link = new URL(page.url());
  link.hash = '';
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await page.goto('about:blank');
  return link.href;
}

try {
  await Promise.all([waitForServer(`http://127.0.0.1:${APP_PORT}/`), waitForServer(`http://127.0.0.1:${REF_PORT}/`)]);
  const browser = await chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS });
  if (process.env.BENCH_ONLY === 'interactions') {
    // While working on latency: the clicks alone, each page's figures.
    for (let i = 0; i < SESSIONS; i++) {
      const { out, first } = await interactions(browser, i);
      for (const [k, xs] of Object.entries(out))
        console.log(
          `page ${i + 1}, ${k}${first === k ? ' (first)' : ''}: p50 ${median(xs).toFixed(1)}, p95 ${pct(xs, 95).toFixed(1)}, ` +
            `max ${Math.max(...xs).toFixed(1)}, first ${xs[0].toFixed(1)} ms`,
        );
    }
    await browser.close();
    app.kill();
    ref.close();
    process.exit(0);
  }
  const compared = {};
  for (const [name, path] of LINKS) {
    compared[name] = await compare(browser, `http://127.0.0.1:${APP_PORT}${path}`);
    const v = compared[name].pairs;
    process.stdout.write(
      `${name}: ${RUNS} pairs, app ${v.map((p) => Math.round(p.app.idle)).join(' ')}, ` +
        `reference ${v.map((p) => Math.round(p.ref.idle)).join(' ')}, ` +
        `reference with the app's style ${v.map((p) => Math.round(p.style.idle)).join(' ')} ms\n`,
    );
  }
  const kept = await compare(browser, null, keptArticle);
  process.stdout.write(`kept article: ${RUNS} pairs done\n`);
  const staticPara = [];
  for (let i = 0; i < RUNS; i++) staticPara.push(await staticParagraph(browser));
  const sessions = [];
  for (let i = 0; i < SESSIONS; i++) sessions.push(await interactions(browser, i));
  await browser.close();

  const idle = ({ pairs, camera, size }) => ({
    app: median(pairs.map((p) => p.app.idle)),
    ref: median(pairs.map((p) => p.ref.idle)),
    ratio: median(pairs.map((p) => p.app.idle / p.ref.idle)),
    refWithAppStyle: median(pairs.map((p) => p.style.idle)),
    styleRatio: median(pairs.map((p) => p.style.idle / p.ref.idle)),
    overStyle: median(pairs.map((p) => p.app.idle / p.style.idle)),
    camera: `#${camera.zoom.toFixed(2)}/${camera.lat.toFixed(4)}/${camera.lon.toFixed(4)}`,
    canvas: `${size.w}×${size.h}`,
    cameraMoved: pairs.filter((p) => p.moved).length,
  });
  const home = compared['/'].pairs;
  const bytes = bytesByCategory(home[0].app.resources);
  const latency = Object.fromEntries(
    ['mention', 'list', 'map'].map((k) => [
      k,
      sessions.map(({ out, first }) => ({
        p50: median(out[k]),
        p95: pct(out[k], 95),
        firstClick: out[k][0],
        pageFirst: first === k,
      })),
    ]),
  );
  const results = {
    date: new Date().toISOString(),
    runs: RUNS,
    interactions: INTERACTIONS,
    sessions: SESSIONS,
    firstIdleMs: Object.fromEntries(
      [...Object.entries(compared), ['kept article', kept]].map(([k, v]) => [k, idle(v)]),
    ),
    fcpMs: median(home.map((p) => p.app.fcp)),
    paragraphVisibleMs: median(staticPara),
    articleRenderedMs: median(home.map((p) => p.app.rendered)),
    mapCreatedMs: { app: median(home.map((p) => p.app.created)), ref: median(home.map((p) => p.ref.created)) },
    latencyMs: latency,
    bytesGzip: bytes,
    heapBytes: median(home.map((p) => p.app.heap)),
  };
  writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');

  const f = (n) => (n == null ? '—' : n.toFixed(0));
  // kB as Vite prints them (1,000 bytes): the stricter reading of a budget in KB.
  const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
  const linkOf = (k) => (k === 'kept article' ? '?article=… (a kept article)' : LINKS.find(([n]) => n === k)[1]);
  console.log(
    `\nFirst idle: ${RUNS} rounds of cold loads per link (medians; ratios are medians of each round's own ratio)\n`,
  );
  console.log(
    "| link | camera, canvas | app | reference | app / reference | reference with the app's style | it / reference | app / it |",
  );
  console.log('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const [k, v] of Object.entries(results.firstIdleMs)) {
    const target =
      k === 'kept article' ? 'reported apart' : v.ratio <= 1.15 ? 'target ≤ 1.15: met' : 'target ≤ 1.15: not met';
    console.log(
      `| ${linkOf(k)} | ${v.camera}, ${v.canvas} | ${f(v.app)} ms | ${f(v.ref)} ms | **${v.ratio.toFixed(2)}** (${target}) | ` +
        `${f(v.refWithAppStyle)} ms | ${v.styleRatio.toFixed(2)} | ${v.overStyle.toFixed(2)} |${v.cameraMoved ? ` camera moved in ${v.cameraMoved} runs` : ''}`,
    );
  }
  const rows = [
    ['First contentful paint, /', `${f(results.fcpMs)} ms`, '', ''],
    ['Article paragraph visible, /', `${f(results.paragraphVisibleMs)} ms`, 'static HTML', ''],
    ['Article hydrated by React, /', `${f(results.articleRenderedMs)} ms`, '', ''],
    ['Map created, /', `${f(results.mapCreatedMs.app)} ms`, `reference ${f(results.mapCreatedMs.ref)} ms`, ''],
    ...Object.entries(latency).map(([k, runs]) => [
      `Panel after ${k} click`,
      `p95 per page ${runs.map((r) => r.p95.toFixed(1)).join(' / ')} ms`,
      `p50 ${runs.map((r) => r.p50.toFixed(1)).join(' / ')} ms; first click ${runs.map((r) => `${r.firstClick.toFixed(0)}${r.pageFirst ? '*' : ''}`).join(' / ')} ms`,
      'target p95 ≤ 50 ms in every page',
    ]),
    ...Object.entries(bytes).map(([k, v]) => [
      `Bytes: ${k}`,
      kb(v),
      '',
      k === 'app JS' ? 'target ≤ 40 KB' : k === 'app CSS' ? 'target ≤ 6 KB' : k === 'geodata' ? 'target ≤ 250 KB' : '',
    ]),
    ['JS heap after load', kb(results.heapBytes ?? 0), '', ''],
  ];
  const w = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
  console.log(
    `\nThe default article (medians of ${RUNS} cold loads of /), ` +
      `${INTERACTIONS} clicks of each kind on each of ${SESSIONS} fresh pages (* = the page's first click)\n`,
  );
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(w[i])).join('  '));
  console.log('\nwritten to bench/results.json');
} finally {
  app.kill();
  ref.close();
}
