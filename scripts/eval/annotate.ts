// Tools for annotating an evaluation text (eval/places), so that every
// annotation numbers passages and names places as the scorer does:
//   tsx scripts/eval/annotate.ts passages <text file>   the text's passages, numbered as the scorer reads them
//   tsx scripts/eval/annotate.ts lookup <name>...       gazetteer entries whose name or other names match (id, kind, country, parent, point)
//   tsx scripts/eval/annotate.ts check <id>             checks eval/places/gold/<id>.json against its text:
//                                                       every mention's words in its passage as often as annotated,
//                                                       every id in the gazetteer, every missing place with a point
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readText } from '../../src/core/article/readers/text.ts';
import type { GazetteerFile } from '../../src/core/places/finder/gazetteer-file.ts';
import type { Gold } from './score.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const EVAL = join(ROOT, 'eval', 'places');
const gazetteer = JSON.parse(readFileSync(join(ROOT, 'public/geo/gazetteer.json'), 'utf8')) as GazetteerFile;
const byId = new Map(gazetteer.places.map((e) => [e.i, e]));
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const [command, ...args] = process.argv.slice(2);
const passagesOf = (file: string) => readText(readFileSync(file, 'utf8')).passages;

if (command === 'passages' && args[0]) {
  for (const p of passagesOf(args[0])) console.log(`§${p.n}  ${p.text}\n`);
} else if (command === 'lookup' && args.length) {
  for (const q of args.map(fold)) {
    const hits = gazetteer.places.filter((e) => fold(e.n) === q || e.a?.some((a) => fold(a) === q));
    const near = hits.length
      ? []
      : gazetteer.places.filter((e) => fold(e.n).includes(q) || e.a?.some((a) => fold(a).includes(q))).slice(0, 12);
    console.log(`${q}: ${hits.length ? '' : 'no entry of that name; containing it:'}`);
    for (const e of [...hits, ...near])
      console.log(
        `  ${e.i}  ${e.n} · ${e.k} · ${e.c || '—'}${e.p ? ` · in ${byId.get(e.p)?.n ?? e.p}` : ''} · ${e.x.toFixed(3)}, ${e.y.toFixed(3)}${e.r ? ` · pop ${e.r}` : ''}`,
      );
  }
} else if (command === 'check' && args[0]) {
  const id = args[0];
  const sources = JSON.parse(readFileSync(join(EVAL, 'sources.json'), 'utf8')) as { id: string; text?: string }[];
  const meta = sources.find((s) => s.id === id);
  const passages = passagesOf(join(EVAL, meta?.text ?? `texts/${id}.txt`));
  const gold = JSON.parse(readFileSync(join(EVAL, 'gold', `${id}.json`), 'utf8')) as Gold;
  const problems: string[] = [];
  const counts = new Map<string, number>();
  for (const [n, words, target] of gold.mentions) {
    const p = passages.find((x) => x.n === n);
    if (!p) {
      problems.push(`§${n} no such passage`);
      continue;
    }
    const key = `${n}\0${words}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (typeof target === 'string' && !byId.has(target)) problems.push(`§${n} “${words}”: no gazetteer id ${target}`);
    if (typeof target !== 'string' && !(Array.isArray(target.at) && target.at.length === 2))
      problems.push(`§${n} “${words}”: a missing place needs "at": [lon, lat]`);
  }
  for (const [key, count] of counts) {
    const [n, words] = key.split('\0') as [string, string];
    const text = passages.find((x) => x.n === Number(n))!.text;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    const times = text.match(re)?.length ?? 0;
    if (times < count) problems.push(`§${n} “${words}” annotated ${count}×, in the passage ${times}×`);
  }
  const missing = gold.mentions.filter((m) => typeof m[2] !== 'string').length;
  console.log(
    `${id}: ${gold.mentions.length} mentions (${missing} of places the gazetteer lacks), ${passages.length} passages`,
  );
  console.log(problems.length ? problems.join('\n') : 'ok');
  if (problems.length) process.exitCode = 1;
} else {
  console.error('usage: tsx scripts/eval/annotate.ts passages <file> | lookup <name>... | check <id>');
  process.exitCode = 2;
}
