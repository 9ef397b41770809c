import { describe, expect, it } from 'vitest';
import { addPlaces, placeById } from './gazetteer.ts';
import type { PlaceMention } from './mentions.ts';
import { addFacts, factsOf } from './place-data.ts';
import { textPlaces, uncertainNote } from './text-places.ts';

const passages = ['Elders of Dorak village near Torkham met.', 'Gulzam was quiet.', 'Bajour Agency voted.'];
const text = (n: number) => passages[n - 1];
const m = (passage: number, words: string, extra: object): PlaceMention => {
  const start = passages[passage - 1]!.indexOf(words);
  return { placeId: '', passage, start, end: start + words.length, ...extra } as PlaceMention;
};

describe('places no gazetteer knows', () => {
  const byPlace = new Map<string, PlaceMention[]>([
    [
      'text-dorak',
      [
        m(1, 'Dorak village', {
          uncertain: true,
          unlocated: { name: 'Dorak', cue: 'named-as-place', parent: 'torkham' },
        }),
      ],
    ],
    ['text-gulzam', [m(2, 'Gulzam', { uncertain: true, unlocated: { name: 'Gulzam', cue: 'introduced' } })]],
    ['torkham', [m(1, 'Torkham', {})]],
  ]);

  it('become places at the place the text ties them to, approximately, saying how they were found', () => {
    const { places, facts } = textPlaces(byPlace, text);
    expect(places.map((p) => p.id)).toEqual(['text-dorak', 'text-gulzam']);
    const dorak = places[0]!;
    expect(dorak).toMatchObject({ name: 'Dorak', kind: 'town', country: 'PK' });
    expect(dorak.description).toContain('The map does not know this place. The text puts it near Torkham');
    expect(dorak.description).toContain('“Dorak village”');
    // Beside Torkham, a few kilometres off, so that neither hides the other.
    const at = facts.get('text-dorak')!;
    const [x, y] = factsOf('torkham')!.anchor;
    // Joined to Torkham on the map, and framed with it: the reader sees what it is drawn beside.
    expect(at).toMatchObject({ pointNote: 'text', beside: 'torkham' });
    const [w, s, e, n] = at.bbox;
    for (const [px, py] of [at.anchor, [x, y] as [number, number]])
      expect(px >= w && px <= e && py >= s && py <= n).toBe(true);
    const km = Math.hypot((at.anchor[0] - x) * 92, (at.anchor[1] - y) * 111);
    expect(km).toBeGreaterThan(2);
    expect(km).toBeLessThan(6);
  });

  it('say of a feature named after a place that it is named after it, not that the text puts it there', () => {
    const { places } = textPlaces(
      new Map([
        [
          'text-torkham-fort',
          [
            m(1, 'Torkham', {
              uncertain: true,
              unlocated: { name: 'Torkham Fort', cue: 'named-as-place', parent: 'torkham' },
            }),
          ],
        ],
      ]),
      text,
    );
    expect(places[0]!.description).toContain('It is named after Torkham; the map shows it there, approximately.');
    expect(places[0]!.description).not.toContain('puts it');
  });
  it('say only that the text names them with a place, where no word of the text puts them there', () => {
    const loose = new Map([
      [
        'text-gulzam',
        [
          m(2, 'Gulzam', {
            uncertain: true,
            unlocated: { name: 'Gulzam', cue: 'introduced', parent: 'torkham', loose: true },
          }),
        ],
      ],
    ]);
    const [place] = textPlaces(loose, text).places;
    expect(place!.description).toContain(
      'The text names it in one sentence with Torkham; the map shows it beside Torkham, approximately.',
    );
    expect(place!.description).not.toContain('puts it');
  });

  it('are listed without a point when the text puts them only in a country', () => {
    const inCountry = new Map([
      [
        'text-gulzam',
        [
          m(2, 'Gulzam', {
            uncertain: true,
            unlocated: { name: 'Gulzam', cue: 'introduced', parent: 'afghanistan' },
          }),
        ],
      ],
    ]);
    const { places, facts } = textPlaces(inCountry, text);
    expect(places[0]!.description).toContain('the text puts it only in Afghanistan: it is listed without a point');
    expect(facts.has('text-gulzam')).toBe(false);
  });

  it('say where the text puts them when that place is one the map does not show either', () => {
    const inState = new Map([
      [
        'text-gulzam',
        [m(2, 'Gulzam', { uncertain: true, unlocated: { name: 'Gulzam', cue: 'state', within: 'Virginia' } })],
      ],
    ]);
    const { places, facts } = textPlaces(inState, text);
    expect(places[0]!.description).toContain(
      'the text puts it in Virginia, which the map does not show either: it is listed without a point',
    );
    expect(places[0]!.description).toContain('a town with its state after it');
    expect(facts.has('text-gulzam')).toBe(false);
  });

  it('say of a whole the map knows in parts that it is shown at one of them, not in it', () => {
    const whole = new Map([
      [
        'text-gulzam',
        [m(2, 'Gulzam', { uncertain: true, unlocated: { name: 'Gulzam', cue: 'parts', parent: 'torkham' } })],
      ],
    ]);
    const [place] = textPlaces(whole, text).places;
    expect(place!.description).toContain(
      'The map knows this place only in parts; it shows it at Torkham, one of its parts',
    );
    expect(place!.description).toContain('named as a whole the map knows in parts');
    expect(uncertainNote(whole.get('text-gulzam')!, text)).toMatch(
      /^Uncertain: the map knows this place only in parts/,
    );
  });

  it('put at one place, spread evenly around it so that none hides another', () => {
    const five = new Map(
      ['a', 'b', 'c', 'd', 'e'].map((k) => [
        `text-${k}`,
        [m(1, 'Dorak village', { uncertain: true, unlocated: { name: k, cue: 'listed', parent: 'torkham' } })],
      ]),
    );
    const points = [...textPlaces(five, text).facts.values()].map((f) => f.anchor);
    const km = (p: [number, number], q: [number, number]) => Math.hypot((p[0] - q[0]) * 92, (p[1] - q[1]) * 111);
    const gaps = points.flatMap((p, i) => points.slice(i + 1).map((q) => km(p, q)));
    // Five on a ring of about 4 km: neighbours some 4.5 km apart, not piled up.
    expect(Math.min(...gaps)).toBeGreaterThan(4);
  });

  it('are listed without a point when the text does not say where they are', () => {
    const { places, facts } = textPlaces(byPlace, text);
    expect(places[1]!.description).toContain('the text does not say where it is');
    expect(facts.has('text-gulzam')).toBe(false);
    addPlaces(places);
    addFacts(facts);
    expect(placeById('text-gulzam')?.name).toBe('Gulzam');
    expect(factsOf('text-gulzam')).toBeUndefined();
  });

  it('are always uncertain, and another spelling says what the text wrote and what the map calls it', () => {
    expect(uncertainNote(byPlace.get('text-dorak')!, text)).toMatch(/^Uncertain: the map does not know this place/);
    expect(uncertainNote([m(3, 'Bajour Agency', { uncertain: true, variantOf: 'Bajaur' })], text)).toBe(
      'Uncertain: written “Bajour Agency”; the map’s “Bajaur”.',
    );
    expect(uncertainNote(byPlace.get('torkham')!, text)).toBeNull();
  });
});

describe("a small town far from the article's other places", () => {
  it('is marked uncertain with its reason', () => {
    expect(uncertainNote([m(2, 'Gulzam', { placeId: 'gulzam', uncertain: true, outlier: true })], text)).toMatch(
      /^Uncertain: the map’s only place of this name lies far from every other place the article names/,
    );
    expect(uncertainNote([m(2, 'Gulzam', { placeId: 'gulzam', uncertain: true })], text)).toMatch(
      /^Uncertain: another place has this name/,
    );
  });
});
