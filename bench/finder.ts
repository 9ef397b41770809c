// `npm run bench` (second part). Place finder speed: gazetteer parse and matcher build, then finding the places
// in 1K / 10K / 100K words of real border text (the evaluation texts repeated).
// Node, not a browser: the finder is pure; the browser's figures are in articles.mjs.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { GazetteerFile } from '../src/core/places/finder/gazetteer-file.ts';

const root = join(import.meta.dirname, '..');

// The finder as the page gets it, bundled by Vite. tsx, which runs this file, would compile it with a naming
// helper around every function it makes, which the page never runs: the finder makes dozens per passage, and
// under tsx a sixth of its warm time went to naming them (--cpu-prof: 1.1 of 7 s).
const bundled = mkdtempSync(join(tmpdir(), 'finder-bench-'));
await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    outDir: bundled,
    emptyOutDir: true,
    lib: { entry: join(root, 'src/core/places/finder/finder.ts'), formats: ['es'], fileName: 'finder' },
  },
});
const { createPlaceFinder } = (await import(
  pathToFileURL(join(bundled, 'finder.js')).href
)) as typeof import('../src/core/places/finder/finder.ts');
rmSync(bundled, { recursive: true, force: true });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const raw = readFileSync(join(root, 'public/geo/gazetteer.json'), 'utf8');
const builds: number[] = [];
let find = createPlaceFinder((JSON.parse(raw) as GazetteerFile).places);
for (let i = 0; i < 7; i++) {
  const t = performance.now();
  find = createPlaceFinder((JSON.parse(raw) as GazetteerFile).places);
  builds.push(performance.now() - t);
}
console.log(`gazetteer parse + matcher build: ${median(builds).toFixed(1)} ms (median of 7; target ≤ 150 ms)`);

const dir = join(root, 'eval/places/texts');
const paragraphs = readdirSync(dir)
  .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/))
  .map((p) => p.trim())
  .filter(Boolean);
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

const growth: Record<number, { words: number; ms: number; mentions: number }> = {};
const passagesOf = (n: number) => {
  const passages: string[] = [];
  let count = 0;
  for (let i = 0; count < n; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    passages.push(p);
    count += words(p);
  }
  return { passages, count };
};

// Cold: a fresh finder's first read of 10K words, before the JIT has compiled it (what a reader's first article meets).
{
  const fresh = createPlaceFinder((JSON.parse(raw) as GazetteerFile).places);
  const { passages, count } = passagesOf(10_000);
  const t = performance.now();
  for (const p of passages) fresh(p);
  const ms = performance.now() - t;
  console.log(`first read of ${count.toLocaleString('en-GB')} words by a fresh finder (cold JIT): ${ms.toFixed(1)} ms`);
}

console.log('| words | find (median of 21, warm) | per 1,000 words | mentions |');
console.log('|---:|---:|---:|---:|');
for (const n of [1_000, 10_000, 100_000]) {
  const { passages, count } = passagesOf(n);
  const times: number[] = [];
  let mentions = 0;
  // Warm: passes until 1.5 s have gone by, then the median of 21. One warm-up pass was not enough:
  // V8 compiles the finder's larger functions in 0.1 to 0.4 s each (--trace-opt), so the
  // 10K figure measured code still waiting for its compiler.
  for (const start = performance.now(); performance.now() - start < 1500;) for (const p of passages) find(p);
  for (let r = 0; r < 21; r++) {
    const t = performance.now();
    mentions = 0;
    for (const p of passages) mentions += find(p).length;
    times.push(performance.now() - t);
  }
  const ms = median(times);
  growth[n] = { words: count, ms, mentions };
  console.log(
    `| ${count.toLocaleString('en-GB')} | ${ms.toFixed(1)} ms | ${((ms / count) * 1000).toFixed(2)} ms | ${mentions} |`,
  );
}
writeFileSync(
  join(root, 'bench/finder-results.json'),
  `${JSON.stringify({ buildMs: median(builds), growth }, null, 2)}\n`,
);
