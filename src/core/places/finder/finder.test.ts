import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPlaceFinder, tokenize, type FoundMention } from './finder.ts';
import type { GazetteerFile } from './gazetteer-file.ts';
import { foldArabic, foldWord, nameKeys, slug, WORD, wordKey } from './normalise.ts';

const file = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../../public/geo/gazetteer.json'), 'utf8'),
) as GazetteerFile;
const find = createPlaceFinder(file.places);
/** "words=id" for every mention, "?" marking an uncertain one. */
const found = (text: string) =>
  find(text).map((m) => `${text.slice(m.start, m.end)}=${m.placeId}${'uncertain' in m && m.uncertain ? '?' : ''}`);

describe('words', () => {
  /** The words as the regular expression reads them: what the tokenizer's faster reading must give. */
  const byRegex = (text: string) =>
    [...text.matchAll(WORD)].map((m) => {
      const poss = /^(.+?)[’'‘]s$/u.exec(m[0]);
      const raw = poss && poss[1]!.length > 1 ? poss[1]! : m[0];
      return { key: wordKey(raw), raw, start: m.index, end: m.index + m[0].length, possessive: raw !== m[0] };
    });
  it('reads the words of any text as the regular expression does', () => {
    const pieces = fc.constantFrom(
      ...['Kabul', '’s', "'", 'Qal‘ah', ' ', ',', 'ā', '\u0301', 'پشاور', '7', 'ʻ', '`', '😀', 'S', '-', 'x'],
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme' })), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(tokenize(text)).toEqual(byRegex(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('names run together', () => {
  it('finds a name of two or three words written as one ("Landikotal", "Hindukush")', () => {
    const finder = createPlaceFinder([
      { i: 'landi-kotal', n: 'Landi Kotal', k: 'town', c: 'PK', x: 71, y: 34, s: 'geonames' },
    ]);
    expect(finder('Shops in Landikotal reopened.').map((m) => m.placeId)).toEqual(['landi-kotal']);
    expect(finder('Shops in landikotal reopened.')).toEqual([]);
  });
  it("reads a word that is one place's own name as that place, not as another's words run together", () => {
    const finder = createPlaceFinder([
      { i: 'las-bela', n: 'Bela', a: ['Las Bela'], k: 'town', c: 'PK', x: 66.3, y: 26.2, s: 'geonames', r: 20_000 },
      { i: 'lasbela', n: 'Lasbela', k: 'district', c: 'PK', x: 66.6, y: 25.8, s: 'geonames' },
    ]);
    expect(finder('Floods hit Lasbela.').map((m) => m.placeId)).toEqual(['lasbela']);
    expect(finder('Floods hit Las Bela.').map((m) => m.placeId)).toEqual(['las-bela']);
  });
  it('matches the words names write several ways as one ("Ali-Kheyl", "Ali Khail": Ali Khel)', () => {
    const finder = createPlaceFinder([
      { i: 'ali-khel', n: 'Ali Khel', k: 'town', c: 'AF', x: 69.7, y: 33.9, s: 'geonames', r: 5_000 },
    ]);
    expect(finder('Troops reached Ali-Kheyl and Ali Khail.').map((m) => m.placeId)).toEqual(['ali-khel', 'ali-khel']);
  });
  it('finds a one-word name written as two words ("Rawal Pindi"), not inside a longer run of names', () => {
    const finder = createPlaceFinder([
      { i: 'rawalpindi', n: 'Rawalpindi', k: 'town', c: 'PK', x: 73, y: 33.6, s: 'geonames', r: 2_000_000 },
      { i: 'nawabshah', n: 'Nawabshah', k: 'town', c: 'PK', x: 68.4, y: 26.2, s: 'geonames', r: 200_000 },
    ]);
    expect(finder('It is six hours by rail from Rawal Pindi.').map((m) => m.placeId)).toEqual(['rawalpindi']);
    expect(finder('It was ruled by Nawab Shah Jehan Khan.')).toEqual([]);
    expect(finder('It is six hours from rawal pindi.')).toEqual([]);
  });
  it("takes no other name of GeoNames' of three letters or fewer: a word of other use more often than the place", () => {
    const finder = createPlaceFinder([
      { i: 'lash', n: 'Lash', a: ['Las', 'لاش'], k: 'town', c: 'AF', x: 64.8, y: 35.4, s: 'geonames' },
      { i: 'dir', n: 'Dir', k: 'town', c: 'PK', x: 71.9, y: 35.2, s: 'geonames' },
      { i: 'uk', n: 'United Kingdom', a: ['UK'], k: 'country', c: 'GB', x: -2, y: 54, s: 'natural-earth' },
    ]);
    expect(finder('Las, the word, means a plain. Lash and لاش lie west.').map((m) => m.placeId)).toEqual([
      'lash',
      'lash',
    ]);
    expect(finder('Dir and the UK.').map((m) => m.placeId)).toEqual(['dir', 'uk']);
  });
});

describe('a small town far from every other place its article names', () => {
  const g = (i: string, n: string, k: 'town' | 'district', x: number, y: number, r?: number) => ({
    i,
    n,
    k,
    c: 'AF',
    x,
    y,
    s: 'geonames' as const,
    ...(r ? { r } : {}),
  });
  const finder = createPlaceFinder([
    g('chitrab', 'Chitrab', 'town', 71.8, 35.85, 50_000),
    g('mastab', 'Mastab', 'district', 72.5, 36.3),
    g('langab', 'Langab', 'town', 67.5, 36.1),
    g('drosab', 'Drosab', 'town', 71.8, 35.6, 20_000),
  ]);
  const marks = (texts: string[]) =>
    (finder.article(texts) as FoundMention[][]).flatMap((ms) =>
      ms.map((m) => `${m.placeId}${m.outlier ? ' far' : ''}${m.unlocated ? ` in ${m.unlocated.parent ?? '-'}` : ''}`),
    );
  it('is marked uncertain, and a place of the text’s own is not put beside it', () => {
    expect(
      marks(['From Chitrab we marched to Mastab.', 'We left Langab; the village of Laspo lay near Langab.']),
    ).toEqual(['chitrab', 'mastab', 'langab far', 'text-laspo in -', 'langab far']);
    expect((finder.article(['We left Langab.', 'Chitrab was far.']) as FoundMention[][])[0]![0]!.uncertain).toBe(true);
  });
  it('is not marked when another place of the article lies near it', () => {
    expect(marks(['From Chitrab we marched to Drosab and Mastab.'])).toEqual(['chitrab', 'drosab', 'mastab']);
  });
});

describe('normalisation', () => {
  it('folds case, diacritics and apostrophes', () => {
    expect(foldWord('Peshāwar')).toBe('peshawar');
    expect(foldWord('Qal‘ah')).toBe('qalah');
    expect(nameKeys('Barg-e-Matāl')).toEqual(['barg', 'e', 'matal']);
    expect(nameKeys('Barg e Matal')).toEqual(['barg', 'e', 'matal']);
    expect(slug('Spīn Bōldak')).toBe('spin-boldak');
  });
  it('folds the letters NFD does not take apart, and drops every apostrophe sign', () => {
    const folded: [string, string][] = [
      ['Dıyarbakır', 'diyarbakir'],
      ['Łódź', 'lodz'],
      ['Ørsta', 'orsta'],
      ['Đakovo', 'dakovo'],
      ['Ħamrun', 'hamrun'],
      ['Ŧest', 'test'],
      ['Straße', 'strasse'],
      ['Ærø', 'aero'],
      ['Œuvre', 'oeuvre'],
      ['Ðorð', 'dord'],
      ['Þingvellir', 'thingvellir'],
      ['Ma‘rūf', 'maruf'],
      ['Qalʿah', 'qalah'],
      ['Qalʾah', 'qalah'],
      ['Hawaiʻi', 'hawaii'],
      ['Paʼin', 'pain'],
      ['Pā’īn', 'pain'],
      ["D'Ivoire", 'divoire'],
      ['Ba`ul', 'baul'],
      ['Ka´bul', 'kabul'],
      ['ŁŁ', 'll'],
    ];
    for (const [word, key] of folded) expect(foldWord(word), word).toBe(key);
    // NFD takes accents apart: "é" is e plus a mark, and the mark goes.
    expect(foldWord('Pešāwar')).toBe('pesawar');
  });
  it('makes every variant Arabic letter one, every time it occurs', () => {
    const pairs: [string, string][] = [
      ['ي', 'ی'],
      ['ى', 'ی'],
      ['ې', 'ی'],
      ['ۍ', 'ی'],
      ['ئ', 'ی'],
      ['ك', 'ک'],
      ['ە', 'ه'],
      ['ة', 'ه'],
      ['ۀ', 'ه'],
      ['أ', 'ا'],
      ['إ', 'ا'],
      ['آ', 'ا'],
      ['ٱ', 'ا'],
    ];
    for (const [variant, canonical] of pairs)
      expect(foldArabic(`${variant}ب${variant}`), variant).toBe(`${canonical}ب${canonical}`);
    // Tatweel and short vowels are not letters of the name.
    expect(foldArabic('كـابُل')).toBe('کابل');
  });
  it('keeps apostrophes inside a word, and makes readable ids of any name', () => {
    expect(nameKeys('Qal‘ah-ye Now')).toEqual(['qalah', 'ye', 'now']);
    expect(nameKeys("Shaykh ‘Alī's Pā’īn")).toEqual(['shaykh', 'alis', 'pain']);
    expect(nameKeys('A‘b‘c')).toEqual(['abc']);
    expect(slug('Côte d’Ivoire')).toBe('cote-divoire');
    expect(slug('(Old)  Town!')).toBe('old-town');
    expect(slug('Nād ‘Alī')).toBe('nad-ali');
    expect(slug('Dera Ismail Khan -- Division')).toBe('dera-ismail-khan-division');
  });
  it('makes variant Arabic letters one', () => {
    expect(foldArabic('پېښور')).toBe(foldArabic('پیښور'));
    expect(foldArabic('كابل')).toBe(foldArabic('کابل'));
  });
});

describe('the place finder', () => {
  it('reads a road named by the places it joins as no mention of them, and the places alone as places', () => {
    expect(found('Trucks use the Kabul-Jalalabad highway and the Thall-Parachinar Road.')).toEqual([]);
    expect(found('Kabul and Jalalabad are calm; the Kabul-Jalalabad talks failed.')).toEqual([
      'Kabul=kabul',
      'Jalalabad=jalalabad',
      'Kabul=kabul',
      'Jalalabad=jalalabad',
    ]);
  });
  it('reads an institution’s words after an abbreviation’s dot only, not after a sentence’s end', () => {
    expect(found('Staff of the U.S. Forest Service came.')).toEqual([]);
    expect(found('They met in Parachinar. Health Department staff came.')).toEqual(['Parachinar=parachinar']);
  });
  it('finds districts, towns and crossings a border story is made of', () => {
    expect(
      found(
        'Fighting in Mohmand, Malakand and South Waziristan reached Wana, Drosh and Barg-e-Matal; Ghulam Khan and Angoor Adda closed.',
      ),
    ).toEqual([
      'Mohmand=mohmand',
      'Malakand=malakand-city',
      'South Waziristan=south-waziristan',
      'Wana=wana',
      'Drosh=drosh',
      'Barg-e-Matal=barg-e-matal',
      'Ghulam Khan=ghulam-khan',
      'Angoor Adda=angoor-adda',
    ]);
  });
  it('matches diacritics, hyphen and space variants, and Arabic script', () => {
    expect(found('Peshāwar, Barg e Matal, Spīn Bōldak and پشاور')).toEqual([
      'Peshāwar=peshawar',
      'Barg e Matal=barg-e-matal',
      'Spīn Bōldak=spin-boldak',
      'پشاور=peshawar',
    ]);
  });
  it('takes ALL-CAPS datelines and headlines, never lower-case words', () => {
    expect(found('PESHAWAR: The tank crossed the hub.')).toEqual(['PESHAWAR=peshawar']);
    expect(found('SOUTH WAZIRISTAN CLASHES')).toEqual(['SOUTH WAZIRISTAN=south-waziristan']);
    expect(found('they swat flies in march')).toEqual([]);
  });
  it('matches lower-case names only where our layer lists them on purpose', () => {
    expect(found('Militants in the tribal districts')).toEqual(['tribal districts=tribal-districts']);
    expect(found('the friendship gate')).toEqual([]);
    expect(found('the Friendship gate')).toEqual(['Friendship gate=friendship-gate']);
  });
  it('needs a cue for names that are also common words', () => {
    expect(found('Tank was empty. Hub is a word.')).toEqual([]);
    expect(found('A blast in Tank, and another near Hub.')).toEqual(['Tank=tank', 'Hub=hub']);
    expect(found('TANK: A blast.')).toEqual(['TANK=tank']);
    expect(found('It happened in March.')).toEqual([]);
  });
  it('takes possessives and following designators into the span', () => {
    expect(found("Kabul’s envoy met Islamabad's.")).toEqual(['Kabul’s=kabul', "Islamabad's=islamabad"]);
    expect(found('Kurram district, Khyber Agency, the Torkham crossing and Swat valley')).toEqual([
      'Kurram district=kurram',
      'Khyber Agency=khyber',
      'Torkham crossing=torkham',
      'Swat valley=swat',
    ]);
  });
  it('lets the longest name win', () => {
    expect(found('Upper Dir, Lower Dir, North Waziristan, Lower South Waziristan')).toEqual([
      'Upper Dir=upper-dir-city',
      'Lower Dir=lower-dir',
      'North Waziristan=north-waziristan',
      'Lower South Waziristan=lower-south-waziristan',
    ]);
  });
  it('does not count demonyms or organisations named after places', () => {
    expect(
      found(
        'Afghan and Pakistani officials; Tehreek-e-Taliban Pakistan, the Pakistan Peoples Party, Dawn, BBC Pashto and the China Pakistan Economic Corridor.',
      ),
    ).toEqual([]);
    expect(found('The Pakistan Army and the Kunar Provincial Council')).toEqual([]);
  });
  it('does not take a small town’s name inside a person’s name, anywhere in the text', () => {
    expect(found('Moloway Rustam is the elder. Rustam did not flee.')).toEqual([]);
    expect(found('Hafiz Gul Bahadur and Imran Khan')).toEqual([]);
  });
  it('chooses by designator, by what else the text names, and marks what stays ambiguous', () => {
    expect(found('Kandahar province')).toEqual(['Kandahar province=kandahar']);
    expect(found('the province of Kandahar')).toEqual(['Kandahar=kandahar']);
    expect(found('Clashes in Kandahar')).toEqual(['Kandahar=kandahar-city?']);
    // Named once for sure, the province is what the bare name means in the same text.
    expect(found('the governor of Kandahar said that Kandahar was calm')).toEqual([
      'Kandahar=kandahar',
      'Kandahar=kandahar',
    ]);
    expect(found('Khar in Bajaur')).toEqual(['Khar=khar', 'Bajaur=bajaur']);
  });
  it('prefers Afghanistan and Pakistan over same-named places abroad', () => {
    expect(found('Jalalabad and Hyderabad')).toEqual(['Jalalabad=jalalabad', 'Hyderabad=hyderabad']);
  });
  it('finds any text without throwing, in order, with spans that never overlap', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.constantFrom('Kabul', 'Peshawar’s', 'Spin Boldak', 'U.S.', 'Kurram district', ' ', '.', 'پشاور'),
          ),
          { maxLength: 30 },
        ),
        (parts) => {
          const text = parts.join(' ');
          const ms = find(text);
          for (let i = 0; i < ms.length; i++) {
            expect(ms[i]!.start).toBeLessThan(ms[i]!.end);
            expect(ms[i]!.end).toBeLessThanOrEqual(text.length);
            if (i > 0) expect(ms[i - 1]!.end).toBeLessThanOrEqual(ms[i]!.start);
          }
        },
      ),
    );
  });
});
