import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/core/article/passages.ts';
import type { MentionFinder } from '../../src/core/places/mentions.ts';
import { scoreText, spansOf, type Gold } from './score.ts';

const passage = (n: number, text: string) => ({ n, text }) as Passage;

/** A finder that finds exactly these words, as these ids. */
const finder =
  (finds: [string, string][]): MentionFinder =>
  (text) =>
    finds.flatMap(([words, placeId]) => {
      const start = text.indexOf(words);
      return start < 0 ? [] : [{ placeId, start, end: start + words.length }];
    });

describe('scoring a text', () => {
  const passages = [passage(1, 'Clashes in Kurram Agency and near the village of Tor Ghar, north of Parachinar.')];
  const gold: Gold = {
    mentions: [
      [1, 'Kurram Agency', 'kurram'],
      [1, 'Tor Ghar', { name: 'Tor Ghar', at: [70.1, 33.9] }],
      [1, 'Parachinar', 'parachinar'],
    ],
  };

  it('counts a find inside or around the annotated words as an overlap, not a strict hit', () => {
    const s = scoreText(
      passages,
      gold,
      finder([
        ['Kurram', 'kurram'],
        ['Parachinar', 'parachinar'],
      ]),
      new Map(),
    );
    expect([s.tp, s.overlapGold, s.overlapFound, s.found]).toEqual([1, 2, 2, 2]);
    // Strictly, "Kurram" is false and "Kurram Agency" missed; overlap scoring counts only "Tor Ghar" against it.
    expect(s.falseFinds.map((f) => f.words)).toEqual(['Kurram']);
    expect(s.overlapMissed).toEqual([{ passage: 1, words: 'Tor Ghar' }]);
    expect(s.overlapFalse).toEqual([]);
  });

  it('counts a place the gazetteer lacks as found only when the finder makes it a place of the text’s own', () => {
    const unlocated = (id: string) => id.startsWith('text-');
    const s = scoreText(passages, gold, finder([['Tor Ghar', 'text-tor-ghar']]), new Map(), unlocated);
    expect([s.missingGold, s.missingFound]).toEqual([1, 1]);
    const wrong = scoreText(passages, gold, finder([['Tor Ghar', 'tor-ghar-afghanistan']]), new Map(), unlocated);
    expect(wrong.missingFound).toBe(0);
  });

  it('matches an annotation at any occurrence of its words another has not taken, on whole words', () => {
    // The first "Pakistan" is inside a party's name and rightly unannotated; the find of the second counts.
    const text = 'Pakistan Tehreek-e-Insaf met as Pakistan voted; Pakistani voters and Khostwal.';
    const one: Gold = { mentions: [[1, 'Pakistan', 'pakistan']] };
    const at = text.lastIndexOf('Pakistan ');
    const finds = (): MentionFinder => () => [{ placeId: 'pakistan', start: at, end: at + 8 }];
    const s = scoreText([passage(1, text)], one, finds(), new Map());
    expect([s.overlapGold, s.overlapFound]).toEqual([1, 1]);
    // Whole words only: "Khost" is not in "Khostwal".
    const none = scoreText(
      [passage(1, text)],
      { mentions: [[1, 'Khost', 'khost']] },
      () => [{ placeId: 'khost', start: text.indexOf('Khostwal'), end: text.indexOf('Khostwal') + 5 }],
      new Map(),
    );
    expect(none.overlapGold).toBe(0);
  });
  it('gives a find on exactly the annotated words to that annotation first', () => {
    const text = 'Kurram Agency and Kurram.';
    const two: Gold = {
      mentions: [
        [1, 'Kurram', 'kurram'],
        [1, 'Kurram Agency', 'kurram'],
      ],
    };
    const finds: MentionFinder = () => [
      { placeId: 'kurram', start: 0, end: 13 },
      { placeId: 'kurram', start: 18, end: 24 },
    ];
    const s = scoreText([passage(1, text)], two, finds, new Map());
    expect([s.overlapGold, s.overlapFound]).toEqual([2, 2]);
  });
});

describe('an annotation read as a finder’s spans (for agreement between annotators)', () => {
  it('puts repeated words at their successive occurrences, whole words only, and skips words not there', () => {
    const text = 'Kurram and Kurramabad; Kurram again.';
    const spans = spansOf(
      text,
      [
        [1, 'Kurram', 'kurram'],
        [1, 'Kurram', 'kurram'],
        [1, 'Kurramabad', { name: 'Kurramabad', at: [70, 33] }],
        [1, 'Tank', 'tank'],
      ],
      (name) => `own:${name}`,
    );
    expect(spans).toEqual([
      { placeId: 'kurram', start: 0, end: 6 },
      { placeId: 'own:Kurramabad', start: 11, end: 21 },
      { placeId: 'kurram', start: 23, end: 29 },
    ]);
  });
});
