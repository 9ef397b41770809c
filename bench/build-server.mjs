// What the page benchmarks share: the production build served as `npm start`
// serves it, and real border reporting repeated to any length.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

/** Build (unless BENCH_NO_BUILD), serve dist/ on `port`, and return its base URL and the server once it answers. */
export async function serveBuild(port) {
  if (!process.env.BENCH_NO_BUILD) execFileSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const server = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, server };
}

// The seed's paragraphs (many place names).
const seed = readFileSync(join(ROOT, 'src/article/default-article.txt'), 'utf8')
  .split(/\n\s*\n/)
  .slice(2);

/** Real border reporting, repeated to `words` words, under a title that `salt` makes unique. */
export function borderText(words, salt) {
  const out = [`Border report ${salt}`];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const p = seed[i % seed.length].trim();
    out.push(p);
    n += p.split(/\s+/).length;
  }
  return out.join('\n\n');
}

/** The p-th percentile of some figures. */
export const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** Click a locator; milliseconds from the click event to the frame after `done` (a selector) holds. */
export async function timedClick(page, locator, done) {
  await page.evaluate(() => {
    window.__clickAt = null;
    document.addEventListener('click', () => (window.__clickAt = performance.now()), { capture: true, once: true });
  });
  await locator.click();
  return page.evaluate(
    (doneSel) =>
      new Promise((resolve) => {
        const check = () => {
          if (window.__clickAt === null || !document.querySelector(doneSel)) return void requestAnimationFrame(check);
          requestAnimationFrame(() => resolve(performance.now() - window.__clickAt));
        };
        check();
      }),
    done,
  );
}
