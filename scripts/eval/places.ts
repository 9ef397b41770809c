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
import { isUnlocatedId } from '../../src/core/places/finder/unlocated.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const EVAL = join(ROOT, 'eval', 'places');

/** The two halves of the set, fixed once: rules are written against the development half only. */
type Half = 'development' | 'held-out';

interface SourceMeta {
  id: string;
  text?: string;
  title: string;
  source: string;
  licence: string;
  half: Half;
}

const t0 = performance.now();
const gazetteer = JSON.parse(readFileSync(join(ROOT, 'public/geo/gazetteer.json'), 'utf8')) as GazetteerFile;
const find = createPlaceFinder(gazetteer.places);
const buildMs = performance.now() - t0;
const byId = new Map<string, GazetteerEntry>(gazetteer.places.map((e) => [e.i, e]));

const withContext = process.argv.includes('--context');
const sources = JSON.parse(readFileSync(join(EVAL, 'sources.json'), 'utf8')) as SourceMeta[];
const rows: { id: string; half: Half; s: Score }[] = [];
const lists: string[] = [];
for (const meta of sources) {
  const raw = readFileSync(join(EVAL, meta.text ?? `texts/${meta.id}.txt`), 'utf8');
  const article: Article = meta.id === 'seed' ? parseArticle(raw, DEFAULT_SOURCE_NAME) : readText(raw);
  const gold = JSON.parse(readFileSync(join(EVAL, 'gold', `${meta.id}.json`), 'utf8')) as Gold;
  const s = scoreText(article.passages, gold, find, byId, isUnlocatedId);
  rows.push({ id: meta.id, half: meta.half, s });
  // Only the development half's misses are listed: the held-out half is scored, never read for rules.
  if (meta.half !== 'development') continue;
  // Marked *: a miss or false find overlap scoring counts too (no find or annotation overlaps it).
  const star = (of: readonly { passage: number; words: string }[], m: { passage: number; words: string }) =>
    of.some((o) => o.passage === m.passage && o.words === m.words) ? '*' : ' ';
  // `--context`: each line with the words' first occurrence in their passage, 60 characters either side.
  const around = (m: { passage: number; words: string }) => {
    if (!withContext) return '';
    const text = article.passages.find((p) => p.n === m.passage)?.text ?? '';
    const at = text.indexOf(m.words);
    return at < 0 ? '' : `\n      …${text.slice(Math.max(0, at - 60), at + m.words.length + 60).replace(/\s+/g, ' ')}…`;
  };
  for (const m of s.missed)
    lists.push(` ${star(s.overlapMissed, m)}${meta.id} §${m.passage} missed   “${m.words}” (${m.why})${around(m)}`);
  for (const m of s.falseFinds)
    lists.push(` ${star(s.overlapFalse, m)}${meta.id} §${m.passage} false    “${m.words}” → ${m.id}${around(m)}`);
  for (const m of s.wrong)
    lists.push(`  ${meta.id} §${m.passage} resolved “${m.words}” → ${m.id}, should be ${m.gold}`);
}

const pct = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : '—');
const f1 = (tp: number, found: number, gold: number) => (2 * tp) / (found + gold);
const sum = (of: readonly { s: Score }[]) =>
  of.reduce(
    (t, { s }) => ({
      tp: t.tp + s.tp,
      found: t.found + s.found,
      gold: t.gold + s.gold,
      right: t.right + s.right,
      og: t.og + s.overlapGold,
      of: t.of + s.overlapFound,
      mg: t.mg + s.missingGold,
      mf: t.mf + s.missingFound,
    }),
    { tp: 0, found: 0, gold: 0, right: 0, og: 0, of: 0, mg: 0, mf: 0 },
  );

console.log(
  `gazetteer ${gazetteer.version}: ${gazetteer.places.length} places; matcher built in ${buildMs.toFixed(0)} ms\n`,
);
// Each development text's strict scores; the held-out half's only in its aggregate below, so that no held-out
// text's figures point a rule-writer at it.
console.log('| development text | mentions | found | precision | recall | F1 | resolution |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const { id, s } of rows.filter((r) => r.half === 'development')) {
  console.log(
    `| ${id} | ${s.gold} | ${s.found} | ${pct(s.tp / s.found)} | ${pct(s.tp / s.gold)} | ${pct(f1(s.tp, s.found, s.gold))} | ${pct(s.right / s.tp)} |`,
  );
}
console.log(
  '\n| half | texts | mentions | of places the gazetteer lacks | strict P | strict R | strict F1 | overlap P | overlap R | overlap F1 | resolution | recall, gazetteer lacks |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const halves: Half[] = ['development', 'held-out'];
const totals = new Map<Half, ReturnType<typeof sum>>();
// `--only a,b`: those development texts' aggregate as well, as a new text scores before any rule is written from it.
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? new Set((process.argv[onlyAt + 1] ?? '').split(',')) : undefined;
const groups: [string, typeof rows][] = halves.map((half) => [half, rows.filter((r) => r.half === half)]);
if (only) groups.push(['only these', rows.filter((r) => r.half === 'development' && only.has(r.id))]);
for (const [half, of] of groups) {
  const t = sum(of);
  if (half !== 'only these') totals.set(half as Half, t);
  console.log(
    `| ${half} | ${of.length} | ${t.gold} | ${t.mg} | ${pct(t.tp / t.found)} | ${pct(t.tp / t.gold)} | ${pct(f1(t.tp, t.found, t.gold))} | ` +
      `${pct(t.of / t.found)} | ${pct(t.og / t.gold)} | **${pct(f1(t.og, t.found, t.gold))}** | ${pct(t.right / t.tp)} | ${pct(t.mf / t.mg)} |`,
  );
}
const h = totals.get('held-out')!;
const target = (ok: boolean) => (ok ? 'met' : 'NOT met');
console.log(
  `\ntargets on the held-out half: overlap F1 ≥ 0.97 ${target(f1(h.og, h.found, h.gold) >= 0.97)}; ` +
    `overlap precision ≥ 0.98 ${target(h.of / h.found >= 0.98)}; recall of places the gazetteer lacks ≥ 0.6 ${target(h.mf / h.mg >= 0.6)}; ` +
    `resolution ≥ 0.95 ${target(h.right / h.tp >= 0.95)}`,
);
console.log(
  `\n${lists.length} misses, false finds and wrong resolutions in the development half (the held-out half's are not shown; * where overlap scoring counts it too):\n${lists.join('\n')}`,
);
