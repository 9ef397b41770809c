// Scoring one annotated text against the finder: pure, unit-tested.
import type { Passage } from '../../src/core/article/passages.ts';
import type { GazetteerEntry } from '../../src/core/places/finder/gazetteer-file.ts';
import type { Mention, MentionFinder } from '../../src/core/places/mentions.ts';

/** A place the gazetteer lacks: its name and a coordinate, [lon, lat]. */
export interface MissingPlace {
  name: string;
  at: [number, number];
  note?: string;
}

/** The annotation of one text: [passage, words as written, gazetteer id or a place we lack]. */
export interface Gold {
  mentions: [number, string, string | MissingPlace][];
}

export interface Score {
  gold: number;
  found: number;
  /** mentions found with the right passage and words */
  tp: number;
  /** of those, resolved to the right place */
  right: number;
  /** gold mentions a find overlaps (contains them or lies inside them), and finds that overlap one */
  overlapGold: number;
  overlapFound: number;
  /** mentions of places the gazetteer lacks, and how many of them a find overlaps as a place of its own (an unlocated one) */
  missingGold: number;
  missingFound: number;
  missed: { passage: number; words: string; why: string }[];
  falseFinds: { passage: number; words: string; id: string }[];
  wrong: { passage: number; words: string; id: string; gold: string }[];
  /** Of the missed and the false finds, those no find or annotation overlaps: what overlap scoring counts against. */
  overlapMissed: { passage: number; words: string }[];
  overlapFalse: { passage: number; words: string }[];
}

const km = (a: { x: number; y: number }, b: { x: number; y: number }) => {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.y - a.y) * r) / 2) ** 2 + Math.cos(a.y * r) * Math.cos(b.y * r) * Math.sin(((b.x - a.x) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};

/** Point places count as resolved within 25 km of the right one (a town and the district it is the seat of). */
const POINT_KINDS = new Set(['town', 'district', 'crossing', 'capital']);

export function resolvedRight(found: string, gold: string, byId: ReadonlyMap<string, GazetteerEntry>): boolean {
  if (found === gold) return true;
  const f = byId.get(found);
  const g = byId.get(gold);
  return !!f && !!g && POINT_KINDS.has(g.k) && POINT_KINDS.has(f.k) && km(f, g) <= 25;
}

/**
 * Mentions are matched by passage and words, in order: the n-th found
 * “Kandahar” of a passage is the n-th annotated one. A mention of a place the
 * gazetteer lacks is found when the finder makes it a place of the text's own
 * (an unlocated place); a gazetteer place on its words is a false find.
 */
export function scoreText(
  passages: readonly Passage[],
  gold: Gold,
  find: MentionFinder,
  byId: ReadonlyMap<string, GazetteerEntry>,
  /** Whether a found id is a place of the text's own, not the gazetteer's (an unlocated place). */
  isUnlocated: (id: string) => boolean = () => false,
): Score {
  const s: Score = {
    gold: gold.mentions.length,
    found: 0,
    tp: 0,
    right: 0,
    overlapGold: 0,
    overlapFound: 0,
    missingGold: gold.mentions.filter((m) => typeof m[2] !== 'string').length,
    missingFound: 0,
    missed: [],
    falseFinds: [],
    wrong: [],
    overlapMissed: [],
    overlapFalse: [],
  };
  const whole = find.article?.(passages.map((p) => p.text));
  for (const [k, p] of passages.entries()) {
    const want = gold.mentions.filter((m) => m[0] === p.n).map((m) => ({ words: m[1], target: m[2], used: false }));
    const found = whole?.[k] ?? find(p.text);
    const got = found.map((m) => ({ words: p.text.slice(m.start, m.end), id: m.placeId }));
    overlaps(p.n, p.text, want, found, s, isUnlocated);
    s.found += got.length;
    for (const g of got) {
      // A place the gazetteer lacks is found when the finder makes it a place of the text's own.
      const w = want.find(
        (x) => !x.used && x.words === g.words && (typeof x.target === 'string') !== isUnlocated(g.id),
      );
      if (!w) {
        s.falseFinds.push({ passage: p.n, words: g.words, id: g.id });
        continue;
      }
      w.used = true;
      s.tp++;
      if (typeof w.target !== 'string' || resolvedRight(g.id, w.target, byId)) s.right++;
      else s.wrong.push({ passage: p.n, words: g.words, id: g.id, gold: w.target as string });
    }
    for (const w of want) {
      if (w.used) continue;
      s.missed.push({
        passage: p.n,
        words: w.words,
        why: typeof w.target === 'string' ? w.target : `not in the gazetteer: ${w.target.name}`,
      });
    }
  }
  return s;
}

/** Every whole-word occurrence of the words in the passage, in order. */
function occurrences(text: string, words: string): [number, number][] {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => [
    m.index,
    m.index + words.length,
  ]);
}

/**
 * Overlap scoring: a find counts for an annotated mention when it contains
 * the annotated words or lies inside them ("Kurram" for "Kurram Agency", or
 * "Kurram Agency" for "Kurram"), one find per mention. An annotation gives
 * words, not a position, as strict scoring reads it: it may be matched at
 * any occurrence of its words, and annotations and finds are paired so that
 * the most are matched, one to one.
 * (Matching the n-th annotation to the n-th occurrence counted a find as
 * false wherever an earlier occurrence was rightly left unannotated, as
 * "Pakistan" inside "Pakistan Tehreek-e-Insaf".)
 */
function overlaps(
  n: number,
  text: string,
  want: readonly { words: string; target: string | MissingPlace }[],
  found: readonly { start: number; end: number; placeId: string }[],
  s: Score,
  isUnlocated: (id: string) => boolean,
) {
  // Which finds each annotation could be: those around or inside an occurrence of its words.
  const could = want.map((w) => {
    const spans = occurrences(text, w.words);
    return found.flatMap((f, j) =>
      spans.some(([gs, ge]) => (f.start <= gs && f.end >= ge) || (f.start >= gs && f.end <= ge)) ? [j] : [],
    );
  });
  // The most annotations matched to finds, one each (augmenting paths; a passage has a few dozen at most).
  const findOf = new Map<number, number>();
  const annotationOf = new Map<number, number>();
  const augment = (i: number, seen: Set<number>): boolean => {
    for (const j of could[i]!) {
      if (seen.has(j)) continue;
      seen.add(j);
      const other = annotationOf.get(j);
      if (other === undefined || augment(other, seen)) {
        annotationOf.set(j, i);
        findOf.set(i, j);
        return true;
      }
    }
    return false;
  };
  for (const i of want.keys()) augment(i, new Set());
  const taken = new Set(annotationOf.keys());
  for (const [i, j] of findOf) {
    s.overlapGold++;
    if (typeof want[i]!.target !== 'string' && isUnlocated(found[j]!.placeId)) s.missingFound++;
  }
  s.overlapFound += taken.size;
  for (const [i, w] of want.entries()) if (!findOf.has(i)) s.overlapMissed.push({ passage: n, words: w.words });
  for (const [j, f] of found.entries())
    if (!taken.has(j)) s.overlapFalse.push({ passage: n, words: text.slice(f.start, f.end) });
}

/** One passage's annotated mentions as spans, as a finder gives them: each at the next occurrence of its words. */
export function spansOf(
  passageText: string,
  mentions: Gold['mentions'],
  /** The id given a place the gazetteer lacks. */
  ownId: (name: string) => string,
): Mention[] {
  const from = new Map<string, number>();
  const out: Mention[] = [];
  for (const [, words, target] of mentions) {
    const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
    re.lastIndex = from.get(words) ?? 0;
    const m = re.exec(passageText);
    if (!m) continue;
    from.set(words, m.index + words.length);
    out.push({
      placeId: typeof target === 'string' ? target : ownId(target.name),
      start: m.index,
      end: m.index + words.length,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
