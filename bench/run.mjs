// `npm run bench`: builds, serves the production build and a bare-MapLibre
// reference page, and drives Chromium through paired runs (app, reference,
// app, reference, …). Prints a table and writes bench/results.json.
// Benchmark figures only: nothing here is asserted in `npm test`.
import { execFileSync, spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { feature } from 'topojson-client';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../scripts/chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const INTERACTIONS = Number(process.env.BENCH_INTERACTIONS ?? 30);
const APP_PORT = 4273;
const REF_PORT = 4274;

if (!process.env.BENCH_NO_BUILD) execFileSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });

// --- Servers: the app exactly as `npm start` serves it, and the reference page.
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
};
const refFiles = {
  '/': join(ROOT, 'bench/reference.html'),
  '/bench/reference.js': join(ROOT, 'bench/reference.js'),
  '/vendor/maplibre-gl.mjs': join(ROOT, 'node_modules/maplibre-gl/dist/maplibre-gl.mjs'),
  '/vendor/maplibre-gl-worker.mjs': join(ROOT, 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs'),
  '/vendor/maplibre-gl.css': join(ROOT, 'node_modules/maplibre-gl/dist/maplibre-gl.css'),
  '/geo/context.geojson': join(ROOT, 'dist/geo/context.geojson'),
};
// The reference draws GeoJSON as MapLibre loads it: the places the app decodes from TopoJSON, decoded here.
const topo = JSON.parse(readFileSync(join(ROOT, 'dist/geo/places.topo.json'), 'utf8'));
const refBodies = { '/geo/places.geojson': JSON.stringify(feature(topo, topo.objects.places)) };
const ref = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (refBodies[path]) return void res.writeHead(200, { 'content-type': TYPES['.geojson'] }).end(refBodies[path]);
  const file = refFiles[path];
  if (!file) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
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

/** One cold load: fresh context (empty cache), time to the map's first idle and paint figures. */
async function load(browser, url, isApp) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('map:first-idle').length > 0, null, {
    timeout: 60_000,
  });
  if (isApp)
    await page.waitForFunction(() => performance.getEntriesByName('article:rendered').length > 0, null, {
      timeout: 60_000,
    });
  const m = await page.evaluate(async () => {
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    const idle = mark('map:first-idle');
    const created = mark('map:created');
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    const rendered = mark('article:rendered');
    const heap = performance.memory?.usedJSHeapSize ?? null;
    const resources = performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    return { idle, created, fcp, rendered, heap, resources };
  });
  await ctx.close();
  return { ...m, isApp };
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

/** Interaction latency measured in the page: from the click event to the next frame after the panel shows the place. */
async function interactions(browser) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:${APP_PORT}/`);
  await page.waitForSelector('[data-map-state="idle"]', { state: 'attached', timeout: 60_000 });
  // Clicks on a settled page: React has hydrated the article.
  await page.waitForSelector('[data-article-state="live"]', { state: 'attached', timeout: 60_000 });
  await page.evaluate(() => {
    window.__lat = [];
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
  // Clear the selection and let the map finish redrawing, so each click starts from a settled page.
  const escape = async () => {
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.__mapTest.next('idle', { repaint: true }));
  };
  const out = { mention: [], list: [], map: [] };
  const mentionTargets = [
    ['kunar', 6, 'Kunar'],
    ['torkham', 20, 'Torkham'],
    ['bajaur', 54, 'Bajaur'],
  ];
  for (let i = 0; i < INTERACTIONS; i++) {
    const [id, n, name] = mentionTargets[i % mentionTargets.length];
    await escape();
    out.mention.push(await measure(() => page.locator(`#passage-${n} a[data-place="${id}"]`).first().click(), name));
  }
  const listTargets = [
    ['chitral', 'Chitral'],
    ['paktika', 'Paktika'],
    ['kabul', 'Kabul'],
  ];
  for (let i = 0; i < INTERACTIONS; i++) {
    const [id, name] = listTargets[i % listTargets.length];
    await escape();
    await page.locator('.list-toggle').click();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    out.list.push(await measure(() => page.locator(`#place-list button[data-place="${id}"]`).click(), name));
  }
  // Map clicks at the initial view, on the crossings and a province.
  await page.evaluate(() => window.__mapTest.jumpTo([67.7, 33.2], 5.4));
  await page.waitForSelector('[data-map-state="idle"]', { state: 'attached' });
  const mapTargets = [
    [[71.085, 34.115], 'Torkham'],
    [[68.73, 33.17], 'Paktika'],
    [[66.45259, 30.91769], 'Chaman'],
  ];
  for (let i = 0; i < INTERACTIONS; i++) {
    const [lngLat, name] = mapTargets[i % mapTargets.length];
    await escape();
    const p = await page.evaluate((ll) => window.__mapTest.project(ll), lngLat);
    const box = await page.locator('[data-testid="map.canvas"]').boundingBox();
    out.map.push(await measure(() => page.mouse.click(box.x + p.x, box.y + p.y), name));
  }
  await ctx.close();
  return out;
}

/** First-load bytes by category, gzip -9, from what the app's page actually requested. */
function bytesByCategory(resources) {
  const cat = (p) => {
    if (p.includes('maplibre-gl-worker')) return 'MapLibre worker';
    if (p.endsWith('.geojson') || p.endsWith('.topo.json')) return 'geodata';
    if (p.endsWith('.woff2') || p.endsWith('.pbf')) return 'fonts';
    if (p.endsWith('.css')) return 'CSS';
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
  const html = gzipSync(readFileSync(join(ROOT, 'dist/index.html')), { level: 9 }).length;
  out['app JS'] = (out['app JS'] ?? 0) + html;
  return out;
}

try {
  await Promise.all([waitForServer(`http://127.0.0.1:${APP_PORT}/`), waitForServer(`http://127.0.0.1:${REF_PORT}/`)]);
  const browser = await chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS });
  const pairs = { home: [], torkham: [] };
  const staticPara = [];
  let appHome;
  for (let i = 0; i < RUNS; i++) {
    for (const [key, path] of [
      ['home', '/'],
      ['torkham', '/?place=torkham'],
    ]) {
      const a = await load(browser, `http://127.0.0.1:${APP_PORT}${path}`, true);
      const r = await load(browser, `http://127.0.0.1:${REF_PORT}/`, false);
      pairs[key].push({ app: a, ref: r });
      if (key === 'home') appHome = a;
    }
    staticPara.push(await staticParagraph(browser));
    process.stdout.write(`run ${i + 1}/${RUNS} done\n`);
  }
  const lat = await interactions(browser);
  await browser.close();

  const idle = (key) => {
    const app = pairs[key].map((p) => p.app.idle);
    const ref = pairs[key].map((p) => p.ref.idle);
    const ratio = median(pairs[key].map((p) => p.app.idle / p.ref.idle));
    return { app: median(app), ref: median(ref), ratio };
  };
  const bytes = bytesByCategory(appHome.resources);
  const maplibreAlone =
    ['MapLibre main', 'MapLibre worker'].reduce((s, k) => s + (bytes[k] ?? 0), 0) +
    gzipSync(readFileSync(join(ROOT, 'node_modules/maplibre-gl/dist/maplibre-gl.css')), { level: 9 }).length;
  const totalFirstLoad = Object.values(bytes).reduce((a, b) => a + b, 0);
  const results = {
    date: new Date().toISOString(),
    runs: RUNS,
    interactions: INTERACTIONS,
    firstIdleMs: { home: idle('home'), torkham: idle('torkham') },
    fcpMs: median(pairs.home.map((p) => p.app.fcp)),
    paragraphVisibleMs: median(staticPara),
    articleRenderedMs: median(pairs.home.map((p) => p.app.rendered)),
    mapCreatedMs: {
      app: median(pairs.home.map((p) => p.app.created)),
      ref: median(pairs.home.map((p) => p.ref.created)),
    },
    latencyMs: Object.fromEntries(Object.entries(lat).map(([k, xs]) => [k, { p50: median(xs), p95: pct(xs, 95) }])),
    bytesGzip: bytes,
    totalFirstLoadGzip: totalFirstLoad,
    maplibreAloneGzip: maplibreAlone,
    firstLoadOverMaplibre: totalFirstLoad / maplibreAlone,
    heapBytes: median(pairs.home.map((p) => p.app.heap)),
  };
  writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');

  const f = (n) => (n == null ? '—' : n.toFixed(0));
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const rows = [
    [
      'Map first idle, /',
      `${f(results.firstIdleMs.home.app)} ms`,
      `reference ${f(results.firstIdleMs.home.ref)} ms`,
      `ratio ${results.firstIdleMs.home.ratio.toFixed(2)} (target ≤ 1.15)`,
    ],
    [
      'Map first idle, /?place=torkham',
      `${f(results.firstIdleMs.torkham.app)} ms`,
      `reference ${f(results.firstIdleMs.torkham.ref)} ms`,
      `ratio ${results.firstIdleMs.torkham.ratio.toFixed(2)} (target ≤ 1.15)`,
    ],
    ['First contentful paint', `${f(results.fcpMs)} ms`, '', ''],
    ['Article paragraph visible', `${f(results.paragraphVisibleMs)} ms`, 'static HTML', 'target ≤ 400 ms'],
    ['Article hydrated by React', `${f(results.articleRenderedMs)} ms`, 'mention clicks answered from here', ''],
    ['Map created, /', `${f(results.mapCreatedMs.app)} ms`, `reference ${f(results.mapCreatedMs.ref)} ms`, ''],
    ...Object.entries(results.latencyMs).map(([k, v]) => [
      `Panel after ${k} click`,
      `p50 ${v.p50.toFixed(1)} ms`,
      `p95 ${v.p95.toFixed(1)} ms`,
      'target p95 ≤ 50 ms',
    ]),
    ...Object.entries(bytes).map(([k, v]) => [
      `Bytes: ${k}`,
      kb(v),
      '',
      k === 'app JS' ? 'target ≤ 40 KB' : k === 'geodata' ? 'target ≤ 250 KB' : '',
    ]),
    [
      'First load total',
      kb(totalFirstLoad),
      `MapLibre alone ${kb(maplibreAlone)}`,
      `ratio ${results.firstLoadOverMaplibre.toFixed(2)} (target ≤ 1.25)`,
    ],
    ['JS heap after load', kb(results.heapBytes ?? 0), '', ''],
  ];
  const w = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
  console.log(`\n${RUNS} paired runs, ${INTERACTIONS} interactions of each kind (medians unless stated)\n`);
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(w[i])).join('  '));
  console.log('\nwritten to bench/results.json');
} finally {
  app.kill();
  ref.close();
}
