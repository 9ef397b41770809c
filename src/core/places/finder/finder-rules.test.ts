// The finder's rules on a made-up gazetteer, where every rule has a case that
// only it decides (the shipped gazetteer rarely puts one name on places of
// every kind). Names are invented, except where a rule lists real words.
import { describe, expect, it } from 'vitest';
import { createPlaceFinder, tokenize } from './finder.ts';
import type { GazetteerEntry } from './gazetteer-file.ts';

type Kind = GazetteerEntry['k'];
const at = (i: string, n: string, k: Kind, more: Partial<GazetteerEntry> = {}): GazetteerEntry => ({
  i,
  n,
  k,
  c: 'AF',
  x: 69.5,
  y: 32.5,
  s: 'geonames',
  ...more,
});

// One name on places of two kinds, the likelier kind first (country, capital, crossing, province, town, district).
const PAIRS: GazetteerEntry[] = [
  at('qorat-country', 'Qorat', 'country'),
  at('qorat-capital', 'Qorat', 'capital'),
  at('belan-country', 'Belan', 'country'),
  at('belan-district', 'Belan', 'district'),
  at('ozar-crossing', 'Ozar', 'crossing'),
  at('ozar-town', 'Ozar', 'town'),
  at('vesh-capital', 'Vesh', 'capital'),
  at('vesh-crossing', 'Vesh', 'crossing'),
  // Agencies are Pakistan's.
  at('marun-capital', 'Marun', 'capital', { c: 'PK' }),
  at('marun-district', 'Marun', 'district', { c: 'PK' }),
  at('tallo-capital', 'Tallo', 'capital', { c: 'PK' }),
  at('tallo-region', 'Tallo', 'region', { c: 'PK' }),
  at('pemdi-capital', 'Pemdi', 'capital'),
  at('pemdi-province', 'Pemdi', 'province'),
];

const ENTRIES: GazetteerEntry[] = [
  ...PAIRS,
  // Common words and months that are also place names (the rules list these words).
  at('tank', 'Tank', 'town'),
  at('march', 'March', 'town'),
  // Names of several words, with abbreviations.
  at('north-zed', 'North Zed', 'district'),
  at('fata', 'F.A.T.A.', 'region', { s: 'seed' }),
  at('kp', 'K.P', 'region', { s: 'seed' }),
  at('zed-town', 'Zed', 'town', { r: 500_000 }),
  at('zed-district', 'Zed', 'district', { p: 'nowhere' }),
  // Small and large towns for the person-name rule.
  at('rustam', 'Rustam', 'town', { r: 5_000 }),
  at('bigtown', 'Bigtown', 'town', { r: 250_000 }),
  at('ourtown', 'Ourtown', 'town', { s: 'wikipedia', r: 2_000 }),
  at('distro', 'Distro', 'district', { r: 2_000 }),
  at('edgetown', 'Edgetown', 'town', { r: 100_000 }),
  // Lower-case names: on purpose in our own layer, never from GeoNames.
  at('tribal-belt', 'tribal belt', 'region', { s: 'seed' }),
  at('lower-town', 'lower town', 'town'),
  // A generic word inside a name, and one that starts a name.
  at('friendly-gate', 'Friendly Gate', 'crossing', { s: 'seed' }),
  at('pass-kala', 'Pass Kala', 'town'),
  at('zed-kala', 'Zed Kala', 'town'),
  // A place that shares its name with a newspaper.
  at('dawn', 'Dawn', 'town'),
  // Two places of one name 27 km apart at 35° N, and one far from both.
  at('twin-east', 'Twin', 'town', { x: 70.3, y: 35 }),
  at('twin-west', 'Twin', 'town', { x: 70, y: 35 }),
  at('far-twin', 'Farwin', 'town', { x: 62, y: 35 }),
  at('near-east', 'Neareast', 'town', { x: 70.32, y: 35.01 }),
  at('paris', 'Paris', 'capital', { c: 'FR', x: 2.35, y: 48.86 }),
  at('echo-east', 'Echo', 'town', { x: 69.6, y: 32.5 }),
  at('echo-west', 'Echo', 'town', { x: 60, y: 34 }),
  // One name on an Afghan village and a city abroad, with another town and a province of that country.
  at('meshan', 'Meshan', 'town', { x: 66, y: 33 }),
  at('meshan-ir', 'Meshan', 'town', { c: 'IR', x: 59.6, y: 36.3, r: 2_000_000 }),
  at('zehan', 'Zehan', 'town', { c: 'IR', x: 60.9, y: 29.5, r: 500_000 }),
  at('iranland', 'Iranland', 'country', { c: 'IR', x: 54, y: 32 }),
  at('punjar', 'Punjar', 'province', { c: 'PK', x: 72.5, y: 31 }),
  at('punjar-ir', 'Punjar', 'province', { c: 'IR', x: 75.5, y: 31, p: 'iranland' }),
];

const find = createPlaceFinder(ENTRIES);
const found = (text: string) =>
  find(text).map((m) => `${text.slice(m.start, m.end)}=${m.placeId}${'uncertain' in m && m.uncertain ? '?' : ''}`);

describe('a designator after a name chooses the kinds it allows', () => {
  it.each([
    ['Qorat city', 'qorat-capital'],
    ['Belan town', 'belan-district'],
    ['Ozar town', 'ozar-town'],
    ['Belan district', 'belan-district'],
    ['Marun agency', 'marun-district'],
    ['Tallo agency', 'tallo-region'],
    ['Vesh crossing', 'vesh-crossing'],
    ['Tallo valley', 'tallo-region'],
    ['Marun valley', 'marun-district'],
    ['Pemdi region', 'pemdi-province'],
    ['Vesh valley', 'vesh-crossing'],
  ])('%s is %s', (text, id) => {
    expect(found(text)).toEqual([`${text}=${id}`]);
  });
  it('reads designators of two words', () => {
    expect(found('Vesh border crossing')).toEqual(['Vesh border crossing=vesh-crossing']);
    expect(found('Marun tribal agency')).toEqual(['Marun tribal agency=marun-district']);
  });
  it('takes no place of another country than the only one whose places carry the designator', () => {
    // Every Belan is Afghan: "Belan Tehsil" is none of them, but a place of the text's own.
    expect(found('Belan Tehsil')).toEqual(['Belan Tehsil=text-belan?']);
    expect(found('Marun Tehsil')).toEqual(['Marun Tehsil=marun-district']);
  });
  it('keeps the likelier kind when no place of the designator’s kind has the name', () => {
    expect(found('Qorat crossing')).toEqual(['Qorat crossing=qorat-country']);
  });
  it('chooses the kind named before the name too', () => {
    expect(found('the town of Belan')).toEqual(['Belan=belan-district']);
    expect(found('the city of Qorat')).toEqual(['Qorat=qorat-capital']);
  });
});

describe('words', () => {
  it('keeps a possessive in its word', () => {
    expect(tokenize("Zed’s and Zed's, Zed s").map((t) => [t.raw, t.possessive])).toEqual([
      ['Zed', true],
      ['and', false],
      ['Zed', true],
      ['Zed', false],
      ['s', false],
    ]);
  });
  it('ends a name at a possessive, and a possessive takes no designator', () => {
    expect(found('North’s Zed')).toEqual(['Zed=zed-town']);
    expect(found('Zed’s district office')).toEqual(['Zed’s=zed-town']);
  });
  it('ends a name at punctuation, but not at the dots of an abbreviation', () => {
    for (const p of [',', ';', ':', '!', '?', ' (', ')', '"', '“', ' –', ' —', '/', '.']) {
      expect(found(`North${p} Zed`), p).toEqual(['Zed=zed-town']);
    }
    expect(found('North Zed')).toEqual(['North Zed=north-zed']);
    expect(found('in F.A.T.A. areas')).toEqual(['F.A.T.A.=fata']);
  });
  it('takes the final dot of a name that ends with one, and no other', () => {
    expect(found('Troops left F.A.T.A. Then')).toEqual(['F.A.T.A.=fata']);
    expect(found('Troops left K.P. Then')).toEqual(['K.P=kp']);
  });
});

describe('case', () => {
  it('takes a lower-case name only from our own layer', () => {
    expect(found('in the tribal belt')).toEqual(['tribal belt=tribal-belt']);
    expect(found('in the lower town')).toEqual([]);
    expect(found('in the Lower Town')).toEqual(['Lower Town=lower-town']);
  });
  it('lets a generic word after the first be lower case, but not a name’s first word', () => {
    expect(found('at the Friendly gate')).toEqual(['Friendly gate=friendly-gate']);
    expect(found('at the friendly gate')).toEqual([]);
    expect(found('over the pass Kala')).toEqual([]);
    expect(found('in Pass Kala')).toEqual(['Pass Kala=pass-kala']);
  });
  it('keeps the shorter name when the longer one’s case does not fit', () => {
    expect(found('Zed kala')).toEqual(['Zed=zed-town']);
    expect(found('Zed Kala')).toEqual(['Zed Kala=zed-kala']);
  });
});

describe('organisations', () => {
  it('are not places even where a place has the same name', () => {
    expect(found('Dawn reported it.')).toEqual([]);
  });
  it('named by a place and a following word: a word after a space or a dot, not after punctuation', () => {
    expect(found('The Zed Army said')).toEqual([]);
    expect(found('The Zed  Army said')).toEqual([]);
    expect(found('Zed, Army and police')).toEqual(['Zed=zed-town']);
    expect(found('Zed (Army) base')).toEqual(['Zed=zed-town']);
  });
});

describe('names that are also common words', () => {
  it('need a cue word right before them', () => {
    expect(found('Tank was empty.')).toEqual([]);
    expect(found('A blast in Tank.')).toEqual(['Tank=tank']);
    expect(found('A blast in  Tank.')).toEqual(['Tank=tank']);
    expect(found('A blast in, Tank.')).toEqual([]);
    expect(found('A blast in (Tank) today')).toEqual([]);
    expect(found('The Tank district')).toEqual(['Tank district=tank']);
  });
  it('count as a dateline only in capitals at the start of the text or of a line, before a colon, dash or bracket', () => {
    expect(found('TANK: A blast.')).toEqual(['TANK=tank']);
    expect(found('TANK (Reuters) A blast.')).toEqual(['TANK=tank']);
    expect(found('TANK — A blast.')).toEqual(['TANK=tank']);
    expect(found('TANK')).toEqual(['TANK=tank']);
    expect(found('Report.\nTANK: A blast.')).toEqual(['TANK=tank']);
    expect(found('Report. TANK: A blast.')).toEqual([]);
    expect(found('Tank: A blast.')).toEqual([]);
    expect(found('TANK ROSE 5%')).toEqual([]);
  });
  it('months need a designator even after a cue', () => {
    expect(found('It happened in March.')).toEqual([]);
    expect(found('Clashes in March town')).toEqual(['March town=march']);
  });
});

describe('a small town’s name inside a person’s name', () => {
  it('is not the town when capitalised words stand beside it', () => {
    expect(found('Moloway Rustam spoke.')).toEqual([]);
    expect(found('Rustam Achakzai spoke.')).toEqual([]);
    expect(found('Moloway  Rustam spoke.')).toEqual([]);
  });
  it('is the town with a cue, a designator, a function word or punctuation beside it', () => {
    expect(found('Fighting in Rustam.')).toEqual(['Rustam=rustam']);
    // A capitalised word before the name and its designator makes a longer name the gazetteer lacks ("Muslim Bagh town"),
    // unless it says which part, or whose, it is.
    expect(found('Moloway Rustam town')).toEqual(['Moloway Rustam town=text-moloway-rustam?']);
    expect(found('Eastern Rustam town')).toEqual(['Rustam town=rustam']);
    expect(found('The Rustam bazaar')).toEqual(['Rustam=rustam']);
    expect(found('Elders, Rustam and Bigtown')).toEqual(['Rustam=rustam', 'Bigtown=bigtown']);
    expect(found('RUSTAM Achakzai')).toEqual(['RUSTAM=rustam']);
  });
  it('applies to small GeoNames towns only', () => {
    expect(found('Moloway Bigtown spoke.')).toEqual(['Bigtown=bigtown']);
    expect(found('Moloway Edgetown spoke.')).toEqual(['Edgetown=edgetown']);
    expect(found('Moloway Ourtown spoke.')).toEqual(['Ourtown=ourtown']);
    expect(found('Moloway Distro spoke.')).toEqual(['Distro=distro']);
  });
  it('stays the person’s name everywhere in the text, unless a designator says otherwise', () => {
    expect(found('Moloway Rustam spoke. Rustam left.')).toEqual([]);
    expect(found('Moloway Rustam spoke. Rustam town is calm.')).toEqual(['Rustam town=rustam']);
  });
});

describe('choosing among places of one name', () => {
  it('marks a choice the text did not decide between places more than 25 km apart', () => {
    expect(found('Twin')).toEqual(['Twin=twin-west?']);
  });
  it('chooses the one near the places the text names for sure', () => {
    expect(found('Farwin and Twin')).toEqual(['Farwin=far-twin', 'Twin=twin-west?']);
    expect(found('Neareast and Twin')).toEqual(['Neareast=near-east', 'Twin=twin-east?']);
  });
  it('looks for the border region, not for places abroad, when the text names nothing else there', () => {
    expect(found('Paris and Echo')).toEqual(['Paris=paris', 'Echo=echo-east?']);
  });
  it('looks abroad in a country whose towns the text names for sure, not for a country or province named', () => {
    // The likelier, and marked uncertain: the text does not say which.
    expect(found('Buses run from Zehan to Meshan.')).toEqual(['Zehan=zehan', 'Meshan=meshan-ir?']);
    expect(found('Buses run to Meshan.')).toEqual(['Meshan=meshan']);
    expect(found('Iranland once held Punjar.')).toEqual(['Iranland=iranland', 'Punjar=punjar']);
  });
});
