// What an article claims about lengths and distances ("a 2,600-kilometer
// border", "30 km from Peshawar"), found in its text and tied to the places it
// names, so that the panel can set our measurement beside each claim. Pure:
// text and mentions in, claims out.
import type { Passage } from '../article/passages.ts';
import type { Mention } from './mentions.ts';
import { formatNumber } from './numbers.ts';

/** The id of the border line in the gazetteer. */
export const BORDER_ID = 'durand-line';

/** A length or distance the article states. */
export interface Claim {
  passage: number;
  /** The claim's words in the passage text, number and unit. */
  start: number;
  end: number;
  text: string;
  /** In km: one value, or the two ends of a range. */
  km: readonly [number, number];
  /** As written, when not km (miles are converted). */
  unit: 'km' | 'mi';
  /** What the figure measures. */
  about:
    | { type: 'length'; of: string }
    | { type: 'distance'; from: string; to: string }
    | { type: 'unchecked'; places: readonly string[]; why: string };
}

const KM_PER_MILE = 1.609344;

const SMALL: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** A number written in words: "forty", "twenty-five", "two thousand six hundred". Null when it is not one. */
export function wordsToNumber(words: string): number | null {
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of words
    .toLowerCase()
    .split(/[\s-]+/u)
    .filter((x) => x && x !== 'and')) {
    if (w in SMALL) current += SMALL[w]!;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else return null;
    any = true;
  }
  return any ? total + current : null;
}

const NUM_WORD = `(?:${[...Object.keys(SMALL), 'hundred', 'thousand'].join('|')})`;
/** A number in figures (thousands separators, a decimal part) or in words. */
const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|${NUM_WORD}(?:[\\s-]+(?:and[\\s-]+)?${NUM_WORD})*`;
const UNIT = '(?:kilomet(?:er|re)s?|kms?|miles?|mi)\\b';
/** "2,600 km", "2,600-kilometer", "30 to 40 km", "30–40 miles", "between 30 and 40 km". */
const CLAIM = new RegExp(
  `(?<![\\w.,])(?:between\\s+)?(${NUMBER})(?:\\s*(?:-|–|—|to|and)\\s*(${NUMBER}))?[\\s-]*(${UNIT})`,
  'giu',
);

const parseNumber = (s: string): number | null => {
  const figures = s.replace(/,/gu, '');
  if (/^\d+(?:\.\d+)?$/u.test(figures)) return Number(figures);
  return wordsToNumber(s);
};

/** The figure describes the border's length: "a 2,600-kilometer porous border", "the 2,640 km Durand Line". */
const LENGTH_AFTER =
  /^[\s-]*(?:long\s+)?(?:(?!(?:of|from|to|along|across|near|at|on|in|into|inside|beyond|towards?)\b)[\p{L}-]+\s+){0,2}?(?:border|frontier|boundary|Durand Line)\b/iu;
/** …or says it: "the border stretches some 2,640 km", "the Durand Line, which is about 2,600 km long". */
const LENGTH_BEFORE =
  /\b(?:border|frontier|boundary|Durand Line)\b[^.;:]{0,40}?\b(?:is|stretches|runs|spans|extends|measures)\s+(?:for\s+)?(?:(?:some|about|around|roughly|nearly|almost|over|more than|less than|just under|just over)\s+)?$/iu;
/** Words that make a figure a distance by road or path, which a straight line cannot check. */
const ROAD_WORDS = /\b(?:road|highway|drive|driving|by car|on foot|walk|trek|route|journey)\b/iu;

/** The sentence of a passage that holds [start, end). */
function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  const before = text.slice(0, start);
  const stop = /[.!?]["”’)]?\s+(?=[A-Z“"(])/gu;
  let from = 0;
  for (const m of before.matchAll(stop)) from = m.index + m[0].length;
  stop.lastIndex = end;
  const next = stop.exec(text);
  return { from, to: next ? next.index + 1 : text.length };
}

/**
 * Length and distance claims in an article, each tied to what it measures:
 * - a figure that qualifies the border ("a 2,600-kilometer porous border")
 *   or that the border is said to measure ("the border stretches some
 *   2,640 km") is the border's length; "N km of the border" is a stretch of
 *   it, which we cannot check;
 * - "N km from X" (or "of X", with a direction: "40 km north of Quetta") is
 *   the distance between X and the place the sentence names before the
 *   figure, or the border when it says "from the border";
 * - a figure by road, or one whose second place the sentence does not name,
 *   is listed as one we cannot check, with the reason.
 * Figures with no tie to a place or the border are left out.
 */
export function findClaims(passages: readonly Passage[], mentionsIn: (passage: number) => readonly Mention[]): Claim[] {
  const out: Claim[] = [];
  passages.forEach((p, i) => {
    const n = i + 1;
    const mentions = mentionsIn(n);
    for (const m of p.text.matchAll(CLAIM)) {
      const a = parseNumber(m[1]!);
      const b = m[2] ? parseNumber(m[2]) : a;
      if (a === null || b === null || a <= 0) continue;
      const miles = /^mi/iu.test(m[3]!);
      const k = miles ? KM_PER_MILE : 1;
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].length;
      const { from, to } = sentenceAround(p.text, start, end);
      const sentence = p.text.slice(from, to);
      const after = p.text.slice(end, to);
      const claim = {
        passage: n,
        start,
        end,
        text: p.text.slice(start, end),
        km: [a * k, b * k] as const,
        unit: miles ? ('mi' as const) : ('km' as const),
      };
      const inSentence = mentions.filter((x) => x.start >= from && x.end <= to);
      const before = inSentence.filter((x) => x.end <= start);
      const subject = before[before.length - 1]?.placeId;
      // "… km (north) from X", "… km by road from X", "… km of X": the place right after, a few words on.
      const rel = /^\s*(?:[\p{L}-]+\s+){0,3}?(from|of)\s+(?:the\s+)?/iu.exec(after);
      const target = rel ? inSentence.find((x) => x.start === end + rel[0].length) : undefined;
      const toBorder = rel !== null && /^(?:border|frontier|Durand Line)\b/iu.test(after.slice(rel[0].length));
      if (ROAD_WORDS.test(sentence)) {
        const places = [subject, target?.placeId ?? (toBorder ? BORDER_ID : undefined)].filter(
          (x): x is string => x !== undefined,
        );
        if (places.length)
          out.push({ ...claim, about: { type: 'unchecked', places, why: 'a distance by road, not a straight line' } });
      } else if (target && subject && subject !== target.placeId) {
        out.push({ ...claim, about: { type: 'distance', from: subject, to: target.placeId } });
      } else if (toBorder && rel[1]!.toLowerCase() === 'from' && subject) {
        out.push({ ...claim, about: { type: 'distance', from: subject, to: BORDER_ID } });
      } else if (target) {
        out.push({
          ...claim,
          about: { type: 'unchecked', places: [target.placeId], why: 'the article does not say from where' },
        });
      } else if (LENGTH_AFTER.test(after) || LENGTH_BEFORE.test(p.text.slice(from, start))) {
        out.push({ ...claim, about: { type: 'length', of: BORDER_ID } });
      } else if (toBorder) {
        out.push({
          ...claim,
          about: { type: 'unchecked', places: [BORDER_ID], why: 'a stretch of the border, not its whole length' },
        });
      }
    }
  });
  return out;
}

/** The claims that concern a place: its length, a distance to or from it, or one we cannot check. */
export function claimsAbout(claims: readonly Claim[], placeId: string): Claim[] {
  return claims.filter((c) => {
    const a = c.about;
    if (a.type === 'distance') return a.from === placeId || a.to === placeId;
    return a.type === 'length' ? a.of === placeId : a.places.includes(placeId);
  });
}

/** A figure in km as the panel writes it. */
export const formatKm = (km: number) => `${formatNumber(km >= 100 ? Math.round(km) : Math.round(km * 10) / 10)} km`;

/** What the article says, in the panel's words: "2,600 km", "30–40 km", "25 miles (40 km)". */
export function saidLine(c: Claim): string {
  const [a, b] = c.km;
  const k = c.unit === 'mi' ? KM_PER_MILE : 1;
  const as = (v: number) => formatNumber(v / k, 1);
  const written = a === b ? as(a) : `${as(a)}–${as(b)}`;
  if (c.unit === 'mi') return `${written} miles (${a === b ? formatKm(a) : `${formatKm(a)}–${formatKm(b)}`})`;
  return `${written} km`;
}

/** The figure reference works give for a length, and where: what readers meet most often. */
export const CITED_LENGTHS: Readonly<Record<string, { km: number; source: string }>> = {
  'durand-line': { km: 2640, source: 'Wikipedia, “Durand Line”' },
};

/** What we know of a place to measure with: its length, where its point is, how far it lies from the border. */
export interface Measurable {
  lengthKm?: number;
  anchor?: readonly [number, number];
  borderDistanceKm?: number;
  /** Who drew it, for the reader. */
  sourceName?: string;
}

const haversineKm = (a: readonly [number, number], b: readonly [number, number]) => {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b[1] - a[1]) * r) / 2) ** 2 +
    Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(((b[0] - a[0]) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};

/**
 * What the map measures beside a claim, naming its method and source, or why
 * it cannot say: "On this map: 2,654 km along the line as drawn (OpenStreetMap contributors);
 * commonly cited: 2,640 km (Wikipedia, “Durand Line”)."
 */
export function measuredLine(c: Claim, facts: (id: string) => Measurable | undefined): string {
  const a = c.about;
  if (a.type === 'unchecked') return `We cannot check it: ${a.why}.`;
  if (a.type === 'length') {
    const f = facts(a.of);
    if (f?.lengthKm === undefined) return 'We cannot check it: the map has no length for it.';
    const cited = CITED_LENGTHS[a.of];
    return (
      `On this map: ${formatKm(f.lengthKm)} along the line as drawn${f.sourceName ? ` (${f.sourceName})` : ''}` +
      (cited ? `; commonly cited: ${formatKm(cited.km)} (${cited.source}).` : '.')
    );
  }
  const from = facts(a.from);
  if (a.to === BORDER_ID) {
    return from?.borderDistanceKm === undefined
      ? 'We cannot check it: the map has no point for it.'
      : `Measured: ${formatKm(from.borderDistanceKm)} in a straight line from its point to the Durand Line on this map.`;
  }
  const to = facts(a.to);
  if (!from?.anchor || !to?.anchor) return 'We cannot check it: the map has no point for one of the places.';
  return `Measured: ${formatKm(haversineKm(from.anchor, to.anchor))} in a straight line between their points on this map.`;
}

/** "The article says 2,600 km", "… says 30 km between Landi Kotal and Peshawar". */
export function saidSentence(c: Claim, nameOf: (id: string) => string): string {
  const between = c.about.type === 'distance' ? ` between ${nameOf(c.about.from)} and ${nameOf(c.about.to)}` : '';
  return `The article says ${saidLine(c)}${between}.`;
}

/** The place a claim's mark in the text stands for: the line it measures, or the place it measures from. */
export function claimPlace(c: Claim): string {
  const a = c.about;
  return a.type === 'length' ? a.of : a.type === 'distance' ? a.from : a.places[0]!;
}

/** The claim and what the map measures beside it, in one line (the mark's tooltip, the panel's entry). */
export function claimNote(
  c: Claim,
  nameOf: (id: string) => string,
  facts: (id: string) => Measurable | undefined,
): string {
  return `${saidSentence(c, nameOf)} ${measuredLine(c, facts)}`;
}
