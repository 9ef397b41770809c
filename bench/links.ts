// `npm run bench` (last part): the link that carries its article (issue 29).
// 1. Its length for every text of the evaluation set, in all and per 1,000
//    words, with the codec (deflate-raw and its preset dictionary, fflate) and,
//    for comparison, the platform's CompressionStream with no dictionary.
// 2. The time from opening such a link to the text linked on screen, against
//    opening the same text from a file, for 1K and 10K words: fresh browser
//    contexts, an empty library, 1280×800. The file is timed from the file
//    input's change event, the link from the moment the page reads it (the
//    'link:read' mark), each to the frame after 'article:shown'.
// Figures only; written to bench/links-results.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { contentId } from '../src/core/article/readers/content-id.ts';
import { encodeArticle } from '../src/core/share/link-codec.ts';
import { withCarried } from '../src/core/share/carried-link.ts';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../scripts/chromium.mjs';
import { borderText, pct, ROOT, serveBuild } from './build-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = 4277;
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
const median = (xs: number[]) => pct(xs, 50) as number;

/** A link as the app writes one: a place, a passage and a view before the payload. */
async function linkFor(base: string, text: string): Promise<string> {
  const id = await contentId(text);
  const payload = encodeArticle({
    format: 'text',
    text,
    title: text.split('\n')[0]!,
    source: '',
    corrections: [],
    userPlaces: [],
  });
  return withCarried(`${base}?article=${id}&place=torkham&passage=2#9.52/34.0872/71.1251`, payload);
}

async function streamLength(text: string): Promise<number> {
  const json = new TextEncoder().encode(JSON.stringify(['text', text, text.split('\n')[0], '', [], []]));
  const s = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = (await new Response(s).arrayBuffer()).byteLength;
  return Math.ceil((bytes * 4) / 3) + 3;
}

// 1. Lengths over the evaluation texts.
const sources = JSON.parse(readFileSync(join(ROOT, 'eval/places/sources.json'), 'utf8')) as {
  id: string;
  text?: string;
}[];
const lengths = [];
for (const s of sources) {
  const path = s.text ? join(ROOT, 'eval/places', s.text) : join(ROOT, 'eval/places/texts', `${s.id}.txt`);
  const text = readFileSync(path, 'utf8');
  const link = await linkFor('https://example.org/', text);
  const w = words(text);
  const prefix = link.indexOf('~') + 1;
  lengths.push({
    text: s.id,
    words: w,
    link: link.length,
    perThousandWords: Math.round((link.length / w) * 1000),
    payloadPerThousandWords: Math.round(((link.length - prefix) / w) * 1000),
    streamNoDictionaryPerThousandWords: Math.round(((await streamLength(text)) / w) * 1000),
  });
}
const lengthSummary = {
  texts: lengths.length,
  medianPerThousandWords: median(lengths.map((l) => l.perThousandWords)),
  medianPayloadPerThousandWords: median(lengths.map((l) => l.payloadPerThousandWords)),
  medianStreamNoDictionaryPerThousandWords: median(lengths.map((l) => l.streamNoDictionaryPerThousandWords)),
};
console.table(lengths);
console.log(lengthSummary);

// 2. Opening: the link against the file.
const { base, server } = await serveBuild(PORT);
const browser = await chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS });

/**
 * Milliseconds from the mark (or the change event) to the frame after the
 * article is shown. (A string: tsx would wrap a function's inner names in a
 * helper the page does not have.)
 */
const untilShown = (page: Page, from: string, id: string): Promise<number> =>
  page.evaluate(`new Promise((resolve) => {
    const mark = ${JSON.stringify(from)};
    const check = () => {
      const start = mark === 'change' ? window.__changeAt : performance.getEntriesByName(mark).at(-1)?.startTime;
      // The article in the DOM (the default article's own mark comes first on a fresh page).
      const shown = document.querySelector('article[data-article-id="${id}"]');
      if (start === undefined || !shown) return void requestAnimationFrame(check);
      requestAnimationFrame(() => resolve(performance.now() - start));
    };
    check();
  })`);

const opening: Record<string, { fileMs: number; linkMs: number; linkFromNavigationMs: number; linkChars: number }> = {};
for (const size of [1_000, 10_000]) {
  const file: number[] = [];
  const link: number[] = [];
  const fromNav: number[] = [];
  let chars = 0;
  for (let r = 0; r < RUNS; r++) {
    const text = borderText(size, `link-${size}-${r}`);
    // From a file, in a fresh browser: the page as a reader has it, then the file chosen.
    let context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    let page = await context.newPage();
    await page.goto(base);
    await page.getByTestId('map.canvas').and(page.locator('[data-map-state="idle"]')).waitFor();
    await page.getByRole('button', { name: 'Open an article' }).click();
    await page.evaluate(() =>
      document.addEventListener(
        'change',
        () => ((window as unknown as { __changeAt?: number }).__changeAt = performance.now()),
        {
          capture: true,
          once: true,
        },
      ),
    );
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'story.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    file.push(await untilShown(page, 'change', await contentId(text)));
    await context.close();
    // From the link, in another fresh browser.
    const url = await linkFor(base, text);
    chars = url.length;
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    await page.goto(url);
    link.push(await untilShown(page, 'link:read', await contentId(text)));
    fromNav.push(await page.evaluate<number>("performance.getEntriesByName('article:shown').at(-1).startTime"));
    await context.close();
  }
  opening[`${size} words`] = {
    fileMs: Math.round(median(file)),
    linkMs: Math.round(median(link)),
    linkFromNavigationMs: Math.round(median(fromNav)),
    linkChars: chars,
  };
}
await browser.close();
server.kill();
console.table(opening);
writeFileSync(
  join(ROOT, 'bench/links-results.json'),
  `${JSON.stringify({ runs: RUNS, lengths, lengthSummary, opening }, null, 2)}\n`,
);
