// Applying a reader's corrections to what the place finder found in a passage.
// Pure: text, found mentions and corrections in; corrected mentions out.
import type { Mention } from '../places/mentions.ts';
import type { ArticleCorrections, Correction, UserPlace } from './schema.ts';

export const NO_CORRECTIONS: ArticleCorrections = { corrections: [], userPlaces: [] };

/** A mention the reader made or changed. */
export interface CorrectedMention extends Mention {
  corrected: true;
}

const WORD = /[\p{L}\p{N}]/u;

/** Where the words stand in the text as words of their own (not inside a longer word), in order. */
export function occurrencesOf(text: string, words: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) {
    const before = text[at - 1];
    const after = text[at + words.length];
    if ((before === undefined || !WORD.test(before)) && (after === undefined || !WORD.test(after))) out.push(at);
  }
  return out;
}

/** Which occurrence (from 1) of the words a span at `start` is, or 0. */
export function occurrenceAt(text: string, words: string, start: number): number {
  return occurrencesOf(text, words).indexOf(start) + 1;
}

/** Where a correction applies in this passage: the spans it sets. */
function spansOf(c: Correction, passage: number, text: string): number[] {
  if ('every' in c) return occurrencesOf(text, c.words);
  if (c.passage !== passage) return [];
  const at = occurrencesOf(text, c.words)[c.occurrence - 1];
  return at === undefined ? [] : [at];
}

/**
 * The passage's mentions with the corrections applied: corrections for every
 * mention of some words first, then those for one mention (the more specific
 * wins), later ones over earlier. A correction to a place that is not `known`
 * is skipped (the caller lists it as no longer applying).
 */
export function correctMentions(
  passage: number,
  text: string,
  found: readonly Mention[],
  corrections: readonly Correction[],
  known: (placeId: string) => boolean,
): Mention[] {
  if (corrections.length === 0) return [...found];
  let mentions: Mention[] = [...found];
  const ordered = [...corrections.filter((c) => 'every' in c), ...corrections.filter((c) => !('every' in c))];
  for (const c of ordered) {
    if (c.placeId !== null && !known(c.placeId)) continue;
    for (const start of spansOf(c, passage, text)) {
      const end = start + c.words.length;
      mentions = mentions.filter((m) => m.end <= start || m.start >= end);
      if (c.placeId !== null) mentions.push({ placeId: c.placeId, start, end, corrected: true } as CorrectedMention);
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** The corrections that can no longer apply: their place is gone, or their words are not in the passage. */
export function staleCorrections(
  corrections: readonly Correction[],
  textOf: (passage: number) => string | undefined,
  known: (placeId: string) => boolean,
): Correction[] {
  return corrections.filter((c) => {
    if (c.placeId !== null && !known(c.placeId)) return true;
    if ('every' in c) return false;
    const text = textOf(c.passage);
    return text === undefined || occurrencesOf(text, c.words).length < c.occurrence;
  });
}

/** Why a correction no longer applies. */
export type StaleReason = 'place-gone' | 'no-passage' | 'words-gone';

/** Why one stale correction no longer applies. Pure. */
export function staleReason(
  c: Correction,
  textOf: (passage: number) => string | undefined,
  known: (placeId: string) => boolean,
): StaleReason {
  if (c.placeId !== null && !known(c.placeId)) return 'place-gone';
  if ('every' in c) return 'words-gone';
  return textOf(c.passage) === undefined ? 'no-passage' : 'words-gone';
}

/** The longest list of stale corrections a notice details. */
export const STALE_DETAILS = 30;

/**
 * What to tell the reader of the corrections that no longer apply: one
 * sentence that counts them by reason, and the first few, one line each (a
 * bundle may carry thousands). Pure.
 */
export function staleSummary(
  stale: readonly Correction[],
  textOf: (passage: number) => string | undefined,
  known: (placeId: string) => boolean,
): { text: string; details: string[] } {
  const n = stale.length;
  const count = { 'place-gone': 0, 'no-passage': 0, 'words-gone': 0 };
  const details: string[] = [];
  const fmt = (k: number) => k.toLocaleString('en-GB');
  const say = (k: number, one: string, many: string, rest: string) =>
    k ? `${fmt(k)} ${k === 1 ? one : many} ${rest}` : '';
  for (const c of stale) {
    const why = staleReason(c, textOf, known);
    count[why]++;
    if (details.length < STALE_DETAILS) {
      const where = 'every' in c ? 'every mention' : `passage ${c.passage}`;
      const reason =
        why === 'place-gone'
          ? 'its place is gone from the list of places'
          : why === 'no-passage'
            ? 'the article has no such passage'
            : 'the words are no longer there';
      details.push(`“${c.words.slice(0, 80)}” (${where}): ${reason}`);
    }
  }
  const parts = [
    say(count['place-gone'], 'names a place', 'name places', 'gone from the list of places'),
    say(count['no-passage'], 'names a passage', 'name passages', 'this article does not have'),
    say(count['words-gone'], 'names words', 'name words', 'no longer in their passage'),
  ].filter(Boolean);
  const text =
    n === 1
      ? `One of your corrections no longer applies: ${details[0]}.`
      : `${fmt(n)} of your corrections no longer apply: ${parts.join('; ')}.`;
  return { text, details: n === 1 ? [] : details };
}

/** A stable id for a place the reader adds: `user-` and 8 hex digits of a hash of its name and point. */
export function userPlaceId(name: string, point: readonly [number, number]): string {
  const key = `${name.trim()}|${point[0].toFixed(5)},${point[1].toFixed(5)}`;
  // FNV-1a, 32 bits: short, stable, and the same on every machine.
  let h = 0x811c9dc5;
  for (const ch of new TextEncoder().encode(key)) {
    h ^= ch;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `user-${h.toString(16).padStart(8, '0')}`;
}

/** A user place as the reader named and placed it. */
export function userPlace(name: string, point: readonly [number, number]): UserPlace {
  return { id: userPlaceId(name, point), name: name.trim(), point: [point[0], point[1]] };
}

/** Whether a mention is one the reader made or changed. */
export const isCorrected = (m: Mention): m is CorrectedMention => 'corrected' in m && m.corrected === true;
