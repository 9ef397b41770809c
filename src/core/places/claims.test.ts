import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Passage } from '../article/passages.ts';
import { DEFAULT_ARTICLE_DATA } from '../../article/default-article.ts';
import {
  claimNote,
  claimsAbout,
  findClaims,
  formatKm,
  measuredLine,
  saidLine,
  wordsToNumber,
  type Claim,
  type Measurable,
} from './claims.ts';
import type { Mention } from './mentions.ts';

/** One passage, with the places it names marked [like this|id]. */
function passage(marked: string): { passages: Passage[]; mentions: Mention[] } {
  const mentions: Mention[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(/\[([^|\]]+)\|([^\]]+)\]/gu)) {
    text += marked.slice(last, m.index);
    mentions.push({ placeId: m[2]!, start: text.length, end: text.length + m[1]!.length });
    text += m[1];
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  return { passages: [{ n: 1, kind: 'paragraph', text, section: 0 }], mentions };
}
const claims = (marked: string): Claim[] => {
  const { passages, mentions } = passage(marked);
  return findClaims(passages, () => mentions);
};
const about = (marked: string) => claims(marked).map((c) => [c.text, c.km, c.about]);

describe('findClaims', () => {
  it('reads a border’s length, however the figure is written', () => {
    expect(about('Both nations share a 2,600-kilometer porous border.')).toEqual([
      ['2,600-kilometer', [2600, 2600], { type: 'length', of: 'durand-line' }],
    ]);
    expect(about('The 2640 km [Durand Line|durand-line] was drawn in 1893.')).toEqual([
      ['2640 km', [2640, 2640], { type: 'length', of: 'durand-line' }],
    ]);
    expect(about('The frontier runs for some two thousand six hundred kilometres.')[0]![1]).toEqual([2600, 2600]);
    expect(about('The border is 2,430–2,640 km long.')[0]![1]).toEqual([2430, 2640]);
  });

  it('does not take a stretch of the border, or any figure near it, for its length', () => {
    expect(about('Fencing covers 2,400 km of the border.')).toEqual([
      [
        '2,400 km',
        [2400, 2400],
        { type: 'unchecked', places: ['durand-line'], why: 'a stretch of the border, not its whole length' },
      ],
    ]);
    expect(claims('The army patrolled 300 km along the border.')).toEqual([]);
    expect(claims('Refugees walked 20 miles to reach the border.')).toEqual([]);
    // A month is not a march: the distance stays checkable.
    expect(about('In March, [Chitral|chitral], forty kilometres from the border, was calm.')[0]![2]).toEqual({
      type: 'distance',
      from: 'chitral',
      to: 'durand-line',
    });
  });

  it('converts miles, and keeps what was written', () => {
    const [c] = claims('The border stretches some 1,640 miles.');
    expect(c!.unit).toBe('mi');
    expect(c!.km[0]).toBeCloseTo(2639.32, 2);
    expect(saidLine(c!)).toBe('1,640 miles (2,639 km)');
  });

  it('reads a distance from a place to another, or to the border', () => {
    expect(about('[Landi Kotal|landi-kotal] lies 30 km west of [Peshawar|peshawar].')).toEqual([
      ['30 km', [30, 30], { type: 'distance', from: 'landi-kotal', to: 'peshawar' }],
    ]);
    expect(about('[Chitral|chitral], forty kilometres from the border, was calm.')).toEqual([
      ['forty kilometres', [40, 40], { type: 'distance', from: 'chitral', to: 'durand-line' }],
    ]);
    expect(about('[Torkham|torkham] is between 50 and 60 km away from [Peshawar|peshawar].')[0]![1]).toEqual([50, 60]);
  });

  it('says what it cannot check, and why', () => {
    expect(about('[Torkham|torkham] is 55 km by road from [Peshawar|peshawar].')).toEqual([
      [
        '55 km',
        [55, 55],
        { type: 'unchecked', places: ['torkham', 'peshawar'], why: 'a distance by road, not a straight line' },
      ],
    ]);
    expect(about('The crossing, 30 km from [Peshawar|peshawar], closed.')).toEqual([
      ['30 km', [30, 30], { type: 'unchecked', places: ['peshawar'], why: 'the article does not say from where' }],
    ]);
  });

  it('leaves out figures tied to no place and no border, and numbers that are not distances', () => {
    expect(claims('The convoy travelled 300 km in a day.')).toEqual([]);
    expect(claims('In 2021, 600 people crossed the border at 5 points.')).toEqual([]);
    expect(claims('A 1.5 kmh breeze; 12 kmph; the kilometre marker near the border.')).toEqual([]);
  });

  it('finds the seed’s claim: the 2,600 km border, in passage 4', () => {
    const { article, index } = DEFAULT_ARTICLE_DATA;
    const found = findClaims(article.passages, (n) => index.byPassage.get(n) ?? []);
    expect(found.map((c) => [c.passage, c.text, c.about])).toEqual([
      [4, '2,600-kilometer', { type: 'length', of: 'durand-line' }],
    ]);
    expect(claimsAbout(found, 'durand-line')).toHaveLength(1);
    expect(claimsAbout(found, 'torkham')).toEqual([]);
  });

  it('finds any text without throwing, with spans on the figure and its unit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('2,600', 'km', 'miles', 'border', 'from', ' ', '-', 'forty')), {
          maxLength: 20,
        }),
        (parts) => {
          const text = parts.join(' ');
          const found = findClaims([{ n: 1, kind: 'paragraph', text, section: 0 }], () => []);
          for (const c of found) {
            expect(text.slice(c.start, c.end)).toBe(c.text);
            expect(c.km[0]).toBeGreaterThan(0);
            expect(c.km[1]).toBeGreaterThanOrEqual(c.km[0]);
          }
        },
      ),
    );
  });
});

describe('numbers in words', () => {
  it.each([
    ['forty', 40],
    ['twenty-five', 25],
    ['two thousand six hundred', 2600],
    ['one hundred and twenty', 120],
    ['thousand', 1000],
  ])('%s is %i', (w, n) => expect(wordsToNumber(w)).toBe(n));
  it('is null for words that are not a number', () => expect(wordsToNumber('many')).toBeNull());
});

describe('formatKm', () => {
  it('rounds long figures to the km and short ones to a tenth', () => {
    expect(formatKm(2654.4)).toBe('2,654 km');
    expect(formatKm(47.86)).toBe('47.9 km');
  });
});

describe('what the map measures beside a claim', () => {
  const facts: Record<string, Measurable> = {
    'durand-line': { lengthKm: 2654, sourceName: 'OpenStreetMap contributors' },
    'landi-kotal': { anchor: [71.03, 34.1], borderDistanceKm: 5.2 },
    peshawar: { anchor: [71.578, 34.008] },
    chitral: { anchor: [71.786, 35.852], borderDistanceKm: 19.43 },
  };
  const of = (id: string) => facts[id];
  const names = (id: string) => ({ 'landi-kotal': 'Landi Kotal', peshawar: 'Peshawar' })[id] ?? id;
  const one = (marked: string) => claims(marked)[0]!;

  it('sets the length on the map and the commonly cited one beside the article’s, with their sources', () => {
    expect(claimNote(one('A 2,600-kilometer porous border.'), names, of)).toBe(
      'The article says 2,600 km. On this map: 2,654 km along the line as drawn (OpenStreetMap contributors); commonly cited: 2,640 km (Wikipedia, “Durand Line”).',
    );
  });
  it('measures a distance in a straight line between the two points', () => {
    const c = one('[Landi Kotal|landi-kotal] lies 30 km west of [Peshawar|peshawar].');
    expect(claimNote(c, names, of)).toBe(
      'The article says 30 km between Landi Kotal and Peshawar. Measured: 51.5 km in a straight line between their points on this map.',
    );
  });
  it('measures a distance from the border from the place’s point to the line', () => {
    expect(measuredLine(one('[Chitral|chitral], forty kilometres from the border.'), of)).toBe(
      'Measured: 19.4 km in a straight line from its point to the Durand Line on this map.',
    );
  });
  it('says why it cannot check a claim, rather than guess', () => {
    expect(measuredLine(one('[Torkham|torkham] is 55 km by road from [Peshawar|peshawar].'), of)).toBe(
      'We cannot check it: a distance by road, not a straight line.',
    );
    expect(measuredLine(one('[Somewhere|nowhere] lies 30 km west of [Peshawar|peshawar].'), of)).toBe(
      'We cannot check it: the map has no point for one of the places.',
    );
    expect(measuredLine(one('[Torkham|torkham], forty kilometres from the border.'), of)).toBe(
      'We cannot check it: the map has no point for it.',
    );
    expect(measuredLine(one('A 2,600-kilometer porous border.'), () => undefined)).toBe(
      'We cannot check it: the map has no length for it.',
    );
  });
});
