// npm run eval:places — the place finder measured on the hand-annotated texts
// in eval/places: precision, recall and F1 of mentions (passage + words), and
// resolution accuracy (the right entry, or within 25 km for towns), per text
// and overall, with every miss and every false find listed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, type Article } from '../../src/core/article/passages.ts';
import { readText } from '../../src/core/article/readers/text.ts';
import { DEFAULT_SOURCE_NAME } from '../../src/core/article/source.ts';
import { createPlaceFinder } from '../../src/core/places/finder/finder.ts';
import type { GazetteerEntry, GazetteerFile } from '../../src/core/places/finder/gazetteer-file.ts';
import { scoreText, type Gold, type Score } from './score.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const EVAL = join(ROOT, 'eval', 'places');

interface SourceMeta {
  id: string;
  text?: string;
  title: string;
  source: string;
  licence: string;
}

const t0 = performance.now();
const gazetteer = JSON.parse(readFileSync(join(ROOT, 'public/geo/gazetteer.json'), 'utf8')) as GazetteerFile;
const find = createPlaceFinder(gazetteer.places);
const buildMs = performance.now() - t0;
const byId = new Map<string, GazetteerEntry>(gazetteer.places.map((e) => [e.i, e]));

const sources = JSON.parse(readFileSync(join(EVAL, 'sources.json'), 'utf8')) as SourceMeta[];
const rows: { id: string; s: Score }[] = [];
const lists: string[] = [];
for (const meta of sources) {
  const raw = readFileSync(join(EVAL, meta.text ?? `texts/${meta.id}.txt`), 'utf8');
  const article: Article = meta.id === 'seed' ? parseArticle(raw, DEFAULT_SOURCE_NAME) : readText(raw);
  const gold = JSON.parse(readFileSync(join(EVAL, 'gold', `${meta.id}.json`), 'utf8')) as Gold;
  const s = scoreText(article.passages, gold, find, byId);
  rows.push({ id: meta.id, s });
  for (const m of s.missed) lists.push(`  ${meta.id} §${m.passage} missed   “${m.words}” (${m.why})`);
  for (const m of s.falseFinds) lists.push(`  ${meta.id} §${m.passage} false    “${m.words}” → ${m.id}`);
  for (const m of s.wrong)
    lists.push(`  ${meta.id} §${m.passage} resolved “${m.words}” → ${m.id}, should be ${m.gold}`);
}

const pct = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : '—');
const total = rows.reduce(
  (t, { s }) => ({ tp: t.tp + s.tp, found: t.found + s.found, gold: t.gold + s.gold, right: t.right + s.right }),
  { tp: 0, found: 0, gold: 0, right: 0 },
);
const f1 = (tp: number, found: number, gold: number) => (2 * tp) / (found + gold);
console.log(
  `gazetteer ${gazetteer.version}: ${gazetteer.places.length} places; matcher built in ${buildMs.toFixed(0)} ms\n`,
);
console.log('| text | mentions | found | precision | recall | F1 | resolution |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const { id, s } of rows) {
  console.log(
    `| ${id} | ${s.gold} | ${s.found} | ${pct(s.tp / s.found)} | ${pct(s.tp / s.gold)} | ${pct(f1(s.tp, s.found, s.gold))} | ${pct(s.right / s.tp)} |`,
  );
}
const F1 = f1(total.tp, total.found, total.gold);
const RES = total.right / total.tp;
console.log(
  `| **overall** | ${total.gold} | ${total.found} | ${pct(total.tp / total.found)} | ${pct(total.tp / total.gold)} | **${pct(F1)}** | **${pct(RES)}** |`,
);
const worst = Math.min(...rows.map(({ s }) => f1(s.tp, s.found, s.gold)));
console.log(
  `\ntargets: F1 ≥ 0.95 ${F1 >= 0.95 ? 'met' : 'NOT met'}; resolution ≥ 0.95 ${RES >= 0.95 ? 'met' : 'NOT met'}; ` +
    `no text below 0.85 ${worst >= 0.85 ? 'met' : `NOT met (lowest ${pct(worst)})`}`,
);
console.log(`\n${lists.length} misses, false finds and wrong resolutions:\n${lists.join('\n')}`);
