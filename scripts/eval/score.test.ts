import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/core/article/passages.ts';
import type { MentionFinder } from '../../src/core/places/mentions.ts';
import { goldSpans, scoreText, type Gold } from './score.ts';

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
  });

  it('counts a place the gazetteer lacks as found only when the finder makes it a place of the text’s own', () => {
    const unlocated = (id: string) => id.startsWith('text-');
    const s = scoreText(passages, gold, finder([['Tor Ghar', 'text-tor-ghar']]), new Map(), unlocated);
    expect([s.missingGold, s.missingFound]).toEqual([1, 1]);
    const wrong = scoreText(passages, gold, finder([['Tor Ghar', 'tor-ghar-afghanistan']]), new Map(), unlocated);
    expect(wrong.missingFound).toBe(0);
  });

  it('finds the n-th annotation of the same words at their n-th occurrence, on whole words', () => {
    expect(goldSpans('Khost and Khost; Khostwal', ['Khost', 'Khost'])).toEqual([
      [0, 5],
      [10, 15],
    ]);
    expect(goldSpans('Khostwal', ['Khost'])).toEqual([null]);
  });
});
