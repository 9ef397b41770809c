import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../places/mentions.ts';
import {
  correctMentions,
  isCorrected,
  occurrenceAt,
  occurrencesOf,
  staleCorrections,
  staleSummary,
  STALE_DETAILS,
  userPlace,
  userPlaceId,
} from './corrections.ts';
import type { Correction } from './schema.ts';

const text = 'Kabul said Kabulis in Kabul met at Chaman, near Chaman’s gate.';
// What a finder gave: both Kabuls and both Chamans.
const found: Mention[] = [
  { placeId: 'kabul', start: 0, end: 5 },
  { placeId: 'kabul', start: 22, end: 27 },
  { placeId: 'chaman', start: 35, end: 41 },
  { placeId: 'chaman', start: 48, end: 56 },
];
const known = (id: string) => ['kabul', 'chaman', 'kabul-river', 'user-0a1b2c3d'].includes(id);
const show = (ms: Mention[]) => ms.map((m) => `${text.slice(m.start, m.end)}=${m.placeId}${isCorrected(m) ? '*' : ''}`);

describe('occurrences of words', () => {
  it('are whole words only, in order', () => {
    expect(occurrencesOf(text, 'Kabul')).toEqual([0, 22]);
    expect(occurrenceAt(text, 'Kabul', 22)).toBe(2);
    expect(occurrenceAt(text, 'Kabul', 11)).toBe(0);
    expect(occurrencesOf(text, 'Chaman')).toEqual([35, 48]);
    // Not inside a longer word, on either side.
    expect(occurrencesOf('AfKabul Kabul Kabulis', 'Kabul')).toEqual([8]);
  });
});

describe('correcting mentions', () => {
  it('"not a place" on one mention removes that mention only', () => {
    const c: Correction = { passage: 3, words: 'Kabul', occurrence: 2, placeId: null };
    expect(show(correctMentions(3, text, found, [c], known))).toEqual([
      'Kabul=kabul',
      'Chaman=chaman',
      'Chaman’s=chaman',
    ]);
    // Another passage is untouched.
    expect(correctMentions(4, text, found, [c], known)).toEqual(found);
  });

  it('"a different place" on every mention of the words changes each, and marks them corrected', () => {
    const c: Correction = { every: true, words: 'Kabul', placeId: 'kabul-river' };
    expect(show(correctMentions(9, text, found, [c], known))).toEqual([
      'Kabul=kabul-river*',
      'Kabul=kabul-river*',
      'Chaman=chaman',
      'Chaman’s=chaman',
    ]);
  });

  it('marks words the finder missed, replacing what overlapped them; one mention wins over every', () => {
    const cs: Correction[] = [
      { every: true, words: 'Chaman', placeId: null },
      { passage: 1, words: 'Chaman', occurrence: 1, placeId: 'user-0a1b2c3d' },
      { passage: 1, words: 'Kabulis', occurrence: 1, placeId: 'kabul' },
    ];
    expect(show(correctMentions(1, text, found, cs, known))).toEqual([
      'Kabul=kabul',
      'Kabulis=kabul*',
      'Kabul=kabul',
      'Chaman=user-0a1b2c3d*',
    ]);
  });

  it('skips a correction to a place no longer known, and lists it as stale with any whose words are gone', () => {
    const gone: Correction = { passage: 1, words: 'Kabul', occurrence: 1, placeId: 'old-id' };
    const moved: Correction = { passage: 1, words: 'Kabul', occurrence: 3, placeId: null };
    const noPassage: Correction = { passage: 2, words: 'Kabul', occurrence: 1, placeId: null };
    const fine: Correction = { every: true, words: 'Quetta', placeId: null };
    const last: Correction = { passage: 1, words: 'Kabul', occurrence: 2, placeId: 'kabul-river' };
    expect(correctMentions(1, text, found, [gone], known)).toEqual(found);
    expect(staleCorrections([gone, moved, noPassage, fine, last], (n) => (n === 1 ? text : undefined), known)).toEqual([
      gone,
      moved,
      noPassage,
    ]);
  });

  it('lets one mention’s correction win over every mention’s, in whatever order they were made', () => {
    const one: Correction = { passage: 1, words: 'Chaman', occurrence: 2, placeId: 'kabul-river' };
    const every: Correction = { every: true, words: 'Chaman', placeId: null };
    const expected = ['Kabul=kabul', 'Kabul=kabul', 'Chaman=kabul-river*'];
    const chaman = text.replace('Chaman’s', 'Chaman');
    const foundHere = found.map((m) => (m.start === 48 ? { ...m, end: 54 } : m));
    const show2 = (ms: Mention[]) =>
      ms.map((m) => `${chaman.slice(m.start, m.end)}=${m.placeId}${isCorrected(m) ? '*' : ''}`);
    expect(show2(correctMentions(1, chaman, foundHere, [one, every], known))).toEqual(expected);
    expect(show2(correctMentions(1, chaman, foundHere, [every, one], known))).toEqual(expected);
  });

  it('never leaves overlapping mentions, whatever the corrections (property)', () => {
    const words = fc.constantFrom('Kabul', 'Chaman', 'Kabulis', 'met', 'at Chaman');
    const correction: fc.Arbitrary<Correction> = fc.oneof(
      fc.record({
        passage: fc.constant(1),
        words,
        occurrence: fc.integer({ min: 1, max: 3 }),
        placeId: fc.constantFrom(null, 'kabul', 'chaman'),
      }),
      fc.record({ every: fc.constant(true as const), words, placeId: fc.constantFrom(null, 'kabul', 'chaman') }),
    );
    fc.assert(
      fc.property(fc.array(correction, { maxLength: 6 }), (cs) => {
        const out = correctMentions(1, text, found, cs, known);
        for (let i = 1; i < out.length; i++) expect(out[i]!.start).toBeGreaterThanOrEqual(out[i - 1]!.end);
        for (const m of out) expect(known(m.placeId)).toBe(true);
      }),
    );
  });
});

/** The id of one reader's place, as this version computes it. */
const PINNED_ID = 'user-1e5cae8d';

describe('a place the reader adds', () => {
  it('has a stable id from its name and point', () => {
    const id = userPlaceId('Ghulam Khan', [70.12345, 33.0]);
    expect(id).toMatch(/^user-[0-9a-f]{8}$/);
    expect(userPlaceId(' Ghulam Khan ', [70.123451, 33.000001])).toBe(id);
    expect(userPlaceId('Ghulam Khan', [70.1235, 33.0])).not.toBe(id);
    expect(userPlaceId('Ghulam khan', [70.12345, 33.0])).not.toBe(id);
  });

  it('keeps the same id across versions: links and bundles depend on it', () => {
    // Pinned values: a change to the hash would orphan every link to a reader's place.
    expect(userPlaceId('Ghulam Khan', [70.12345, 33.0])).toBe(PINNED_ID);
    expect(userPlace('  Ghulam Khan ', [70.12345, 33.0])).toEqual({
      id: PINNED_ID,
      name: 'Ghulam Khan',
      point: [70.12345, 33.0],
    });
    // Ids are always 8 hex digits, short hashes padded.
    for (let i = 0; i < 300; i++) expect(userPlaceId(`p${i}`, [i / 10, 0])).toMatch(/^user-[0-9a-f]{8}$/);
  });
});

describe('staleSummary', () => {
  const known = (id: string) => id !== 'gone';
  const textOf = (n: number) => (n <= 3 ? 'Torkham and Chaman' : undefined);
  it('counts twenty thousand corrections to missing passages in one sentence, listing a few', () => {
    const stale = Array.from({ length: 20_000 }, (_, i) => ({
      passage: 100 + i,
      words: 'Torkham',
      occurrence: 1,
      placeId: 'torkham',
    }));
    const { text, details } = staleSummary(stale, textOf, known);
    expect(text).toBe('20,000 of your corrections no longer apply: 20,000 name passages this article does not have.');
    expect(details).toHaveLength(STALE_DETAILS);
    expect(details[0]).toBe('“Torkham” (passage 100): the article has no such passage');
  });
  it('blames the place only when the place is what is gone', () => {
    const { text } = staleSummary(
      [
        { passage: 1, words: 'Torkham', occurrence: 1, placeId: 'gone' },
        { passage: 2, words: 'Quetta', occurrence: 1, placeId: null },
        { passage: 9, words: 'Chaman', occurrence: 1, placeId: null },
      ],
      textOf,
      known,
    );
    expect(text).toBe(
      '3 of your corrections no longer apply: 1 names a place gone from the list of places; 1 names a passage this article does not have; 1 names words no longer in their passage.',
    );
  });
});
