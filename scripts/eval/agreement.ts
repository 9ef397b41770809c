// npm run eval:agreement — how far two people annotating the same texts agree.
// A second annotator, who never saw eval/places/gold, annotated some development
// texts again (eval/places/agreement). Their annotation is scored as if it were
// the finder, with the scorer eval:places uses: the agreement is the ceiling a
// finder can be expected to reach against one annotator's reading.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readText } from '../../src/core/article/readers/text.ts';
import type { GazetteerEntry, GazetteerFile } from '../../src/core/places/finder/gazetteer-file.ts';
import { scoreText, spansOf, type Gold } from './score.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const EVAL = join(ROOT, 'eval', 'places');
const SECOND = join(EVAL, 'agreement');
const OWN = 'second-annotator:';
const ownId = (name: string) => `${OWN}${name}`;

const gazetteer = JSON.parse(readFileSync(join(ROOT, 'public/geo/gazetteer.json'), 'utf8')) as GazetteerFile;
const byId = new Map<string, GazetteerEntry>(gazetteer.places.map((e) => [e.i, e]));
const sources = JSON.parse(readFileSync(join(EVAL, 'sources.json'), 'utf8')) as {
  id: string;
  text?: string;
  half: string;
}[];

const ids = existsSync(SECOND)
  ? readdirSync(SECOND)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length))
  : [];
const t = { gold: 0, found: 0, tp: 0, og: 0, of: 0 };
console.log('| text | half | first annotator | second | overlap P | overlap R | overlap F1 |');
console.log('|---|---|---:|---:|---:|---:|---:|');
for (const id of ids) {
  const meta = sources.find((s) => s.id === id);
  if (!meta) throw new Error(`${id} is not in sources.json`);
  if (meta.half !== 'development')
    throw new Error(`${id} is held out: a second annotation is of development texts only`);
  const passages = readText(readFileSync(join(EVAL, meta.text ?? `texts/${id}.txt`), 'utf8')).passages;
  const first = JSON.parse(readFileSync(join(EVAL, 'gold', `${id}.json`), 'utf8')) as Gold;
  const second = JSON.parse(readFileSync(join(SECOND, `${id}.json`), 'utf8')) as Gold;
  const byText = new Map(
    passages.map((p) => [
      p.text,
      spansOf(
        p.text,
        second.mentions.filter((m) => m[0] === p.n),
        ownId,
      ),
    ]),
  );
  const s = scoreText(
    passages,
    first,
    (text) => byText.get(text) ?? [],
    byId,
    (placeId) => placeId.startsWith(OWN),
  );
  t.gold += s.gold;
  t.found += s.found;
  t.tp += s.tp;
  t.og += s.overlapGold;
  t.of += s.overlapFound;
  const f1 = (2 * s.overlapGold) / (s.found + s.gold);
  console.log(
    `| ${id} | ${meta.half} | ${s.gold} | ${s.found} | ${(s.overlapFound / s.found).toFixed(3)} | ${(s.overlapGold / s.gold).toFixed(3)} | ${f1.toFixed(3)} |`,
  );
}
if (ids.length) {
  console.log(
    `\n${ids.length} texts, ${t.gold} and ${t.found} mentions: the second annotator against the first, overlap ` +
      `P ${(t.of / t.found).toFixed(3)}, R ${(t.og / t.gold).toFixed(3)}, F1 ${((2 * t.og) / (t.found + t.gold)).toFixed(3)}; ` +
      `strict F1 ${((2 * t.tp) / (t.found + t.gold)).toFixed(3)}.`,
  );
} else console.log('No second annotation in eval/places/agreement.');
