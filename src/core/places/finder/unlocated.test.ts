// Places the gazetteer lacks, other spellings, and organisations named after
// places (issue 31), each rule on a made-up gazetteer where only it decides.
import { describe, expect, it } from 'vitest';
import { createPlaceFinder } from './finder.ts';
import type { GazetteerEntry } from './gazetteer-file.ts';
import { isUnlocatedId, spellingKey, UNLOCATED_PREFIX } from './unlocated.ts';

type Kind = GazetteerEntry['k'];
const at = (i: string, n: string, k: Kind, more: Partial<GazetteerEntry> = {}): GazetteerEntry => ({
  i,
  n,
  k,
  c: 'PK',
  x: 70,
  y: 34,
  s: 'geonames',
  ...more,
});
const ENTRIES: GazetteerEntry[] = [
  at('qalban', 'Qalban', 'district', { s: 'seed' }),
  at('morvani', 'Morvani', 'town', { r: 40_000 }),
  at('khan-tezin', 'Khan Tezin', 'district', { c: 'AF' }),
  at('bajaur', 'Bajaur', 'district'),
  at('spin-tarak', 'Spin Tarak', 'town', { c: 'AF', r: 20_000 }),
  at('zoban', 'Zoban', 'district'),
];
const find = createPlaceFinder(ENTRIES);
const found = (text: string) =>
  find(text).map((m) => {
    const words = text.slice(m.start, m.end);
    if (m.unlocated) return [words, m.placeId, m.unlocated.parent ?? null];
    return m.variantOf ? [words, m.placeId, `variant of ${m.variantOf}`] : [words, m.placeId];
  });

describe('places the gazetteer lacks', () => {
  it('finds a name with a place word after it, put near the place the text ties it to', () => {
    expect(found('Elders from Dorak village near Qalban met the governor.')).toEqual([
      ['Dorak village', 'text-dorak', 'qalban'],
      ['Qalban', 'qalban'],
    ]);
    expect(found('The Tor Sar Hills rise over Morvani.')).toEqual([
      ['Tor Sar Hills', 'text-tor-sar', 'morvani'],
      ['Morvani', 'morvani'],
    ]);
  });
  it('takes every name of a list: "the villages of A, B and C", "A and B valleys"', () => {
    expect(found('Troops searched the villages of Alpan, Beshto and Cemra in Qalban district.')).toEqual([
      ['Alpan', 'text-alpan', 'qalban'],
      ['Beshto', 'text-beshto', 'qalban'],
      ['Cemra', 'text-cemra', 'qalban'],
      ['Qalban district', 'qalban'],
    ]);
    expect(found('Families fled the Lashi and Meran valleys.').map((f) => f[0])).toEqual(['Lashi', 'Meran valleys']);
  });
  it('keeps the Pashto and Balochi word for village in the name, and reads an apposition', () => {
    expect(found('A blast hit Killi Shadezai on Monday.')).toEqual([['Killi Shadezai', 'text-killi-shadezai', null]]);
    expect(found('They reached Gurbaz, a village near Morvani, at dawn.')[0]).toEqual([
      'Gurbaz',
      'text-gurbaz',
      'morvani',
    ]);
  });
  it('reads a reference text’s "X is a village in Y", even at a sentence’s start', () => {
    expect(found('Tangai is a village in Qalban district.')[0]).toEqual(['Tangai', 'text-tangai', 'qalban']);
    expect(found('The Border is a village road.')).toEqual([]);
  });
  it('reads "in the X area of Y district" only with the place after it', () => {
    expect(found('Clashes in the Sapari area of Qalban district.')[0]).toEqual([
      'Sapari area',
      'text-sapari',
      'qalban',
    ]);
    expect(found('Clashes in the Sapari area last week.')).toEqual([]);
  });
  it('names the same place again, without its cue, in the same passage', () => {
    expect(found('Shells hit Dorak village. Dorak has no clinic.').map((f) => f[1])).toEqual([
      'text-dorak',
      'text-dorak',
    ]);
  });
  it('leaves descriptions, sentence starts and long runs of capitals alone', () => {
    expect(found('Border villages were emptied. Several valleys were cut off.')).toEqual([]);
    expect(found('Villages were emptied.')).toEqual([]);
    expect(found('Remote Mountain Border Security Force Village elders met.')).toEqual([]);
  });
  it('lists a place without a point when the text does not say where it is', () => {
    const [m] = find('Families returned to Nargis village.');
    expect(m).toMatchObject({
      placeId: 'text-nargis',
      uncertain: true,
      unlocated: { name: 'Nargis', cue: 'named-as-place' },
    });
    expect(m!.unlocated!.parent).toBeUndefined();
  });
  it('names a feature after a gazetteer place as a place of its own, at that place', () => {
    expect(found('The Zoban River flooded.')).toEqual([['Zoban River', 'text-zoban-river', 'zoban']]);
  });
  it('gives ids no gazetteer id can have', () => {
    expect(ENTRIES.some((e) => isUnlocatedId(e.i))).toBe(false);
    expect(isUnlocatedId(`${UNLOCATED_PREFIX}x`)).toBe(true);
  });
});

describe('other spellings of gazetteer names', () => {
  it('compares names through the equivalences: kh/k, q/k, w/v, ee/i, oo/u, doubled letters, a final -t or -h', () => {
    expect(spellingKey('Khan Neshin')).toBe(spellingKey('Kan Nneshin'));
    expect(spellingKey('Speen')).toBe(spellingKey('Spin'));
    expect(spellingKey('Qalat')).toBe(spellingKey('Kala'));
    expect(spellingKey('Wardak')).toBe(spellingKey('Vardak'));
  });
  it('links a cued name one vowel from a gazetteer name to it, marked uncertain', () => {
    expect(found('Shelling hit Bajour Agency and Speen Tarak town.')).toEqual([
      ['Bajour Agency', 'bajaur', 'variant of Bajaur'],
      ['Speen Tarak town', 'spin-tarak', 'variant of Spin Tarak'],
    ]);
    expect(find('Shelling hit Bajour Agency.')[0]!.uncertain).toBe(true);
    expect(found('KHAN TEZEEN, Afghanistan — Fighting went on.')[0]).toEqual([
      'KHAN TEZEEN',
      'khan-tezin',
      'variant of Khan Tezin',
    ]);
  });
  it('tries no spelling without a cue, nor for a name under five letters, nor two letters apart', () => {
    expect(found('Bajour was quiet.')).toEqual([]);
    expect(found('Zobn district was quiet.')).toEqual([]);
    expect(found('Mamrani district was quiet.')).toEqual([]);
  });
});

describe('organisations named after places', () => {
  it('is no mention of the place: chambers, armed groups, broadcasters', () => {
    expect(found('The Qalban Chamber of Commerce and Industry protested.')).toEqual([]);
    expect(found('The Qalban Taliban claimed it.')).toEqual([]);
    expect(found('Radio Qalban reported it.')).toEqual([]);
  });
  it('keeps a town before a possessive and another name: "Morvani’s Zari Bazaar"', () => {
    expect(found('A blast hit Morvani’s Zari Bazaar.')).toEqual([
      ['Morvani’s', 'morvani'],
      ['Zari Bazaar', 'text-zari', 'morvani'],
    ]);
  });
});
