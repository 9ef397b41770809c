// Places the gazetteer lacks, other spellings, and organisations named after
// places (issue 31), each rule on a made-up gazetteer where only it decides.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPlaceFinder, type FoundMention } from './finder.ts';
import { SPELLING_EQUIVALENCES, WORD_ENDINGS } from './rules.ts';
import type { GazetteerEntry } from './gazetteer-file.ts';
import { isUnlocatedId, spellingKey, UNLOCATED_PREFIX, wordSpelling } from './unlocated.ts';

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
  at('qalban', 'Qalban', 'district', { s: 'seed', a: ['قلبان'] }),
  at('morvani', 'Morvani', 'town', { r: 40_000 }),
  at('khan-tezin', 'Khan Tezin', 'district', { c: 'AF' }),
  at('bajaur', 'Bajaur', 'district'),
  at('spin-tarak', 'Spin Tarak', 'town', { c: 'AF', r: 20_000 }),
  at('zoban', 'Zoban', 'district'),
  at('toba-mountains', 'Toba Mountains', 'region'),
  at('jardan', 'Jardan', 'district', { c: 'AF' }),
  at('kabulistan', 'Kabulistan', 'capital', { c: 'AF' }),
  at('mirkand', 'Mirkand', 'town', { r: 30_000 }),
  at('lorai-pass', 'Lorai Pass', 'crossing'),
  at('north-tazistan', 'North Tazistan', 'district'),
  at('south-tazistan', 'South Tazistan', 'district'),
  at('nuristab', 'Nuristab', 'province', { c: 'AF' }),
  at('kamra', 'Kamra', 'town', { x: 72.4, y: 33.9, r: 10_000 }),
  at('thalor', 'Thalor', 'town', { x: 71.9, y: 35.4, r: 10_000 }),
  at('qala-i-kot', 'Qala-i-Kot', 'town', { c: 'AF', x: 70.5, y: 38, r: 5_000 }),
  at('dand-patan', 'Dand Patan', 'district'),
  at('uq', 'UQ', 'country', { c: 'UQ' }),
  at('uzbekistan', 'Uzbekistan', 'country', { c: 'UZ', x: 64, y: 41 }),
  // One name on a district and its town.
  at('sarkot', 'Sarkot', 'district'),
  at('sarkot-town', 'Sarkot', 'town', { r: 30_000 }),
  at('killi-tazo', 'Killi Tazo', 'district'),
  at('zandoli', 'Zandoli', 'district', { c: 'AF', x: 71.9, y: 35.4, p: 'nuristab' }),
  at('peiwan-pass', 'Peiwan Pass', 'crossing', { c: 'AF', a: ['Peiwan Kotal'] }),
  at('farzana', 'Farzana', 'district', { c: 'AF', x: 64, y: 36 }),
  at('kunarak', 'Kunarak', 'province', { c: 'AF', x: 71, y: 34.9 }),
  at('khostak', 'Khostak', 'province', { c: 'AF', x: 69.9, y: 33.4 }),
  at('matunak-district', 'Matunak District', 'district', { c: 'AF', x: 69.9, y: 33.3, p: 'khostak' }),
  at('matunak', 'Matunak', 'town', { c: 'AF', x: 69.9, y: 33.3, r: 90_000, p: 'matunak-district' }),
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
      ['Tor Sar Hills', 'text-tor-sar-hills', 'morvani'],
      ['Morvani', 'morvani'],
    ]);
    expect(found('Sarkot Airport and the Sarkot Fort were shut.')).toEqual([
      ['Sarkot Airport', 'text-sarkot-airport', 'sarkot-town'],
      ['Sarkot Fort', 'text-sarkot-fort', 'sarkot-town'],
    ]);
  });
  it('says when only the sentence ties a place to the one it is put at, not a word such as "near" or "in"', () => {
    const tie = (text: string) => find(text).find((m) => m.unlocated)?.unlocated;
    expect(tie('Elders from Dorak village near Qalban met the governor.')).toEqual({
      name: 'Dorak',
      cue: 'named-as-place',
      parent: 'qalban',
    });
    expect(tie('Families reached the Dorak camp run by the United Nations Refugee Agency near Qalban.')).toEqual({
      name: 'Dorak Camp',
      cue: 'named-as-place',
      parent: 'qalban',
    });
    expect(tie('In Qalban, elders from Dorak village met the governor.')).toMatchObject({
      parent: 'qalban',
      loose: true,
    });
    expect(tie('Elders from Dorak village met the governor of Qalban.')).toEqual({
      name: 'Dorak',
      cue: 'named-as-place',
      parent: 'qalban',
      loose: true,
    });
  });
  it('reads the states of the United States, and a town with its state after it, as US news gives home towns', () => {
    expect(found('Daniel Dunleavy, a Winchester, Va., native, and a soldier from Minnesota spoke.')).toEqual([
      ['Winchester', 'text-winchester', null],
      ['Va.', 'text-virginia', null],
      ['Minnesota', 'text-minnesota', null],
    ]);
    expect(find('Troops of the Fort Knox, Ky.-based brigade came.').map((m) => m.unlocated)).toEqual([
      { name: 'Fort Knox', cue: 'state', within: 'Kentucky' },
      { name: 'Kentucky', cue: 'state' },
    ]);
    // A person's name, a longer name, a title: no state.
    expect(found('Virginia Smith met Sgt. Texas and flew to New York City.')).toEqual([]);
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
  it('reads "X is the only district …" and "X is a remote mountain valley in …", not "Camp X"', () => {
    expect(found('Dorak is the only district where people enjoy peace.')).toEqual([['Dorak', 'text-dorak', null]]);
    expect(found('Gurbaz is a remote mountain valley in Qalban district.')[0]).toEqual([
      'Gurbaz',
      'text-gurbaz',
      'qalban',
    ]);
    expect(found('Jardan is the district governor.').map((f) => f[1])).toEqual(['jardan']);
    expect(found('Gulzar is the village elder.')).toEqual([]);
    // A base is no place (the guidelines): "Camp Bastion" is not found as one.
    expect(found('They flew out of Camp Bastion.')).toEqual([]);
  });
  it('reads a village described in passing, the township of X, and a town’s chowk and mandi', () => {
    expect(found('Darra Adam Khel, a gun factory village 40 km away, is loud.')[0]).toEqual([
      'Darra Adam Khel',
      'text-darra-adam-khel',
      null,
    ]);
    expect(found('Further west is the township of Hayatgul.')).toEqual([['Hayatgul', 'text-hayatgul', null]]);
    expect(found('Stay at Shoba Chowk or in Vesh Mandi.').map((f) => f[1])).toEqual([
      'text-shoba-chowk',
      'text-vesh-mandi',
    ]);
    expect(found('Ali Khan, a senior police officer, spoke.')).toEqual([]);
  });
  it('reads a list before ", villages of …"', () => {
    expect(found('Families went back to Alpan and Beshto, villages of Qalban district.').slice(0, 2)).toEqual([
      ['Alpan', 'text-alpan', 'qalban'],
      ['Beshto', 'text-beshto', 'qalban'],
    ]);
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
    // What news says of a town: its hometown, a stronghold, the main town.
    expect(found('Troops took Kotgai, the hometown of Hakim Mirzo.').map((f) => f[0])).toEqual(['Kotgai']);
    expect(found('Makrin, a Taliban stronghold, fell.').map((f) => f[0])).toEqual(['Makrin']);
    expect(found('Shegal is the main town of the valley.').map((f) => f[0])).toEqual(['Shegal']);
  });
  it('reads "the X area" with the place after it ("of Y district") or a word of the ground before it', () => {
    expect(found('Clashes in the Sapari area of Qalban district.')[0]).toEqual([
      'Sapari area',
      'text-sapari',
      'qalban',
    ]);
    expect(found('Clashes in the Sapari area last week.')).toEqual([['Sapari area', 'text-sapari', null]]);
    // Named again without its feature word: the same place; a gazetteer place of the bare name stays that place.
    expect(found('Troops entered the Gurbaz Valley. Gurbaz is quiet.').map((f) => f.slice(1))).toEqual([
      ['text-gurbaz-valley', null],
      ['text-gurbaz-valley', null],
    ]);
    expect(found('Troops entered the Gurbaz Valley. The Gurbaz Outpost was built.').map((f) => f[0])).toEqual([
      'Gurbaz Valley',
    ]);
    expect(found('Troops crossed the Qalban River. Qalban is quiet.').map((f) => f[1])).toEqual([
      'text-qalban-river',
      'qalban',
    ]);
    // "border" between the name and its place word.
    expect(found('Leaflets fell in the Sapari border area last week.')).toEqual([
      ['Sapari border area', 'text-sapari', null],
    ]);
    expect(found('Leaflets fell in the Qalbon border area last week.')).toEqual([
      ['Qalbon border area', 'qalban', 'variant of Qalban'],
    ]);
    expect(found('The Sapari area chief spoke.')).toEqual([]);
    expect(found('Shots were fired in Torawarai area.')).toEqual([['Torawarai area', 'text-torawarai', null]]);
    // A place's possessive before it, with a describing word or none, holds it.
    expect(found('In Qalban’s suburban Hassan Khel area and Morvani’s Lajbok area.')).toEqual([
      ['Qalban’s', 'qalban'],
      ['Hassan Khel area', 'text-hassan-khel', 'qalban'],
      ['Morvani’s', 'morvani'],
      ['Lajbok area', 'text-lajbok', 'morvani'],
    ]);
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
  it('reads where the text says a place lies: "X lies on", "X is located in", "in X, near Y"', () => {
    expect(found('Ayun lies on the river below Morvani.')[0]).toEqual(['Ayun', 'text-ayun', 'morvani']);
    expect(found('Toshi is located in Qalban district.')[0]).toEqual(['Toshi', 'text-toshi', 'qalban']);
    expect(found('The blast hit in Usterzai, near the town of Morvani.')[0]).toEqual([
      'Usterzai',
      'text-usterzai',
      'morvani',
    ]);
    expect(found('Troops camped at Machas, Qalban district.')[0]).toEqual(['Machas', 'text-machas', 'qalban']);
    // A capital stands for a government, and a name with no place after its comma says nothing.
    expect(found('Talks in Geneva, Kabulistan said, went well.').map((f) => f[0])).toEqual(['Kabulistan']);
    expect(found('The problem lies in the detail.')).toEqual([]);
  });
  it('reads a route: "via X", "near X", "from A to B" and "between A and B" beside a gazetteer place', () => {
    expect(found('Jeeps run via Ayun to the valleys.')).toEqual([['Ayun', 'text-ayun', null]]);
    expect(found('The river joins the Indus near Isa Khel.')).toEqual([['Isa Khel', 'text-isa-khel', null]]);
    expect(found('They met near Rawal Lake.')).toEqual([['Rawal Lake', 'text-rawal-lake', null]]);
    expect(found('Shelling hit homes in Kutya and Morvani.')[0]).toEqual(['Kutya', 'text-kutya', 'morvani']);
    expect(found('Talks in Geneva and Kabulistan went on.').map((f) => f[0])).toEqual(['Kabulistan']);
    expect(found('Jeeps run from Morvani to Mastuj daily.')).toEqual([
      ['Morvani', 'morvani'],
      ['Mastuj', 'text-mastuj', 'morvani'],
    ]);
    expect(found('The road between Dargai and Morvani is open.')[0]).toEqual(['Dargai', 'text-dargai', 'morvani']);
    // A capital or a country on one side is a government, not a place on a route.
    expect(found('Talks between Imran Khan and Kabulistan stalled.').map((f) => f[0])).toEqual(['Kabulistan']);
    // A route's list, and a name the izafat joins, which is none of its halves' places.
    expect(found('From Morvani, go via Takh-e-Zoban, Dargai and Batkhela.').map((f) => f[0])).toEqual([
      'Morvani',
      'Takh-e-Zoban',
      'Dargai',
      'Batkhela',
    ]);
    expect(found('Pilgrims camp near Morvani-i-Sharif.').map((f) => f[0])).toEqual(['Morvani-i-Sharif']);
    // A feature word after an item does not end the list.
    expect(found('Go via Dargai, Zoban Pass, Batkhela and Chakdara.').map((f) => f[0])).toEqual([
      'Dargai',
      'Zoban Pass',
      'Batkhela',
      'Chakdara',
    ]);
    // A road's two ends, one of them a gazetteer place; not a longer hyphenated run.
    expect(found('Trucks use the Kaur-Morvani and Qalban-Tazo roads.')).toEqual([
      ['Kaur', 'text-kaur', 'morvani'],
      ['Morvani', 'morvani'],
      ['Qalban', 'qalban'],
      ['Tazo', 'text-tazo', 'qalban'],
    ]);
    expect(found('The Ab-Kaur-Morvani line.').map((f) => f[0])).toEqual(['Morvani']);
  });
  it('takes the places of a list a place word opens: "villages such as A, B and C", "tehsils: A, B"', () => {
    expect(found('Villages such as Alpan, Morvani and Cemra were hit.')).toEqual([
      ['Alpan', 'text-alpan', 'morvani'],
      ['Morvani', 'morvani'],
      ['Cemra', 'text-cemra', 'morvani'],
    ]);
    expect(found('Its tehsils are Doraka and Lashi.').map((f) => f[1])).toEqual(['text-doraka', 'text-lashi']);
    expect(found('The villages are poor and The Hague is far.')).toEqual([]);
    expect(found('Three villages — Digal, Korangal and Manar — in Qalban emptied.').map((f) => f[1])).toEqual([
      'text-digal',
      'text-korangal',
      'text-manar',
      'qalban',
    ]);
  });
  it('puts a place in the district its sentence names after it, spelled otherwise', () => {
    expect(found('Fighting emptied villages — Digal and Manar — in Bajour district.')).toEqual([
      ['Digal', 'text-digal', 'bajaur'],
      ['Manar', 'text-manar', 'bajaur'],
      ['Bajour district', 'bajaur', 'variant of Bajaur'],
    ]);
  });
  it('puts a village in its sentence’s place past an abbreviation’s dot, never in the dateline’s place', () => {
    const kutya = (text: string) => found(text).find((f) => f[0] === 'Kutya village');
    expect(kutya('MORVANI, Pakistan – Elders met in Kutya village Jan. 12 near Qalban.')).toEqual([
      'Kutya village',
      'text-kutya',
      'qalban',
    ]);
    expect(kutya('MORVANI, Pakistan – Elders met in Kutya village.')).toEqual(['Kutya village', 'text-kutya', null]);
  });
  it('reads the last of a list of units: "the Surri and Bajour Districts"', () => {
    expect(found('Elders of the Surri and Bajour Districts met.').at(-1)).toEqual([
      'Bajour Districts',
      'bajaur',
      'variant of Bajaur',
    ]);
  });
  it('reads "a place called X", and a unit spelled otherwise at a sentence’s start', () => {
    expect(found('South of Morvani there is a place called Ganj.')[1]).toEqual(['Ganj', 'text-ganj', 'morvani']);
    expect(found('Bajour district is calm.')).toEqual([['Bajour district', 'bajaur', 'variant of Bajaur']]);
    // A name the gazetteer lacks at a sentence's start stays any word.
    expect(found('Dorak district is calm.')).toEqual([]);
  });
  it('takes another spelling of a place in a province the passage names, however far its sentence’s place', () => {
    // Kamra (72.4° E, 33.9° N) is 170 km from Zandoli (71.9° E, 35.4° N), in the province Nuristab the text names.
    expect(found('Nuristab is poor. The road to Kamra runs by Zandolli district.').map((f) => f[1])).toEqual([
      'nuristab',
      'kamra',
      'zandoli',
    ]);
    expect(found('The road to Kamra runs by Zandolli district.').map((f) => f[1])).toEqual(['kamra', 'text-zandolli']);
  });
  it('reads a unit after the part of it meant: "in Northern Dorak District"', () => {
    expect(found('Doctors worked in Northern Dorak District, Qalban.')[0]).toEqual([
      'Dorak District',
      'text-dorak',
      'qalban',
    ]);
  });
  it('reads Pashto words of the land as the name’s end, "X, situated in …" and a camp', () => {
    expect(found('They crossed the Tseri Kandao Pass and the Shin Algad.')).toEqual([
      ['Tseri Kandao Pass', 'text-tseri-kandao-pass', null],
      ['Shin Algad', 'text-shin-algad', null],
    ]);
    expect(found('Herds graze along the Morvani Algad.')).toEqual([['Morvani Algad', 'text-morvani-algad', 'morvani']]);
    expect(found('Mastak, situated in the lower valley, is calm.')).toEqual([['Mastak', 'text-mastak', null]]);
    expect(found('Families live in the Jallozai camp.')).toEqual([['Jallozai camp', 'text-jallozai-camp', null]]);
  });
  it('reads "A, B, and other regions", "its village X", "a resident of X", "spots including A and B", "Faiz abad"', () => {
    expect(found('Kalam, Utror, Gabral, and other regions within Qalban were cut off.').map((f) => f[1])).toEqual([
      'text-kalam',
      'text-utror',
      'text-gabral',
      'qalban',
    ]);
    expect(found('Qalban’s village Mankyal was hit.')[1]).toEqual(['Mankyal', 'text-mankyal', 'qalban']);
    expect(found('Bilal, a resident of Mittaltan, spoke.')).toEqual([['Mittaltan', 'text-mittaltan', null]]);
    // Ground held or fought over.
    expect(found('Troops fought for control over Sarogan and the outskirts of Dwatoi.')).toEqual([
      ['Sarogan', 'text-sarogan', null],
      ['Dwatoi', 'text-dwatoi', null],
    ]);
    expect(found('Tourist spots including Osho and Attur were hit.').map((f) => f[0])).toEqual(['Osho', 'Attur']);
    expect(found('The areas of Amankot and Faiz abad flooded.').map((f) => f[0])).toEqual(['Amankot', 'Faiz abad']);
    // The village word capitalised is part of a name, not a cue.
    expect(found('The Tornaou Village School opened.')).toEqual([]);
  });
  it('takes another spelling of a one-word name only near the places its passage names', () => {
    // Bajour (the gazetteer's Bajaur, at 70° E, 34° N) is near Morvani; not near Kamra, 230 km east.
    expect(found('Shelling in Bajour area. Morvani was calm.').map((f) => f[1])).toEqual(['bajaur', 'morvani']);
    expect(found('Shelling in Bajour area. Kamra was calm.').map((f) => f[1])).toEqual(['text-bajour', 'kamra']);
  });
  it('reads "X, an area …", "the X region" and "the X depression"', () => {
    expect(found('They fought for Makeen, an area held by militants.')).toEqual([['Makeen', 'text-makeen', null]]);
    expect(found('A strike hit the Shaktoi region of Zoban.')[0]).toEqual([
      'Shaktoi region',
      'text-shaktoi-region',
      'zoban',
    ]);
    expect(found('Farms in the Sistan depression dried up.')).toEqual([
      ['Sistan depression', 'text-sistan-depression', null],
    ]);
  });
  it('knows a place by how its name is formed: -abad, -kot, Lake, Dasht-i-', () => {
    expect(found('Shops in Hayatabad reopened.')).toEqual([['Hayatabad', 'text-hayatabad', null]]);
    expect(found('Lake Sarez is high.')).toEqual([['Lake Sarez', 'text-lake-sarez', null]]);
    expect(found('The Dasht-i-Margo is a desert. Dasht-i-Margo is dry.').map((f) => f[1])).toEqual([
      'text-dasht-i-margo',
      'text-dasht-i-margo',
    ]);
    expect(found('Tehreek-e-Insaf won. The fort is old.')).toEqual([]);
  });
  it('reads a relief’s other word as the gazetteer’s: "Toba Ranges" for Toba Mountains', () => {
    expect(found('The Toba Ranges run north.')).toEqual([
      ['Toba Ranges', 'toba-mountains', 'variant of Toba Mountains'],
    ]);
  });
  it('names no place inside a hyphenated word, and no month or day', () => {
    expect(found('Shells hit Dorak village. Afghan-Dorak families fled.').map((f) => f[0])).toEqual(['Dorak village']);
    expect(found('Fighting went on from July to Morvani.').map((f) => f[0])).toEqual(['Morvani']);
  });
  it('reads a list before "passes" or "rivers" as features: the gazetteer’s, or the text’s own at the place', () => {
    expect(find('Buses cross the Mirkand and Lorai passes.').map((m) => [m.placeId, m.unlocated?.parent])).toEqual([
      ['text-mirkand-pass', 'mirkand'],
      ['lorai-pass', undefined],
    ]);
  });
  it('takes a unit the gazetteer lacks as the text’s own, even at a sentence’s start', () => {
    expect(found('Dand District was quiet.')).toEqual([['Dand District', 'text-dand', null]]);
    expect(found('Safi Tehsil lies north.')[0]).toEqual(['Safi Tehsil', 'text-safi', null]);
    expect(found('Safi tehsil lies north.')).toEqual([]);
    expect(found('It has two sub-divisions: Tor Khurd (with Sambaza sub-tehsil) and Khurasan.')).toEqual([
      ['Tor Khurd', 'text-tor-khurd', null],
      ['Sambaza sub-tehsil', 'text-sambaza', null],
      ['Khurasan', 'text-khurasan', null],
    ]);
  });
  it('reads a place’s other names after it: "Nuristab, also spelled Nurestab or Nooristab", "(Kafiristab)"', () => {
    expect(found('Nuristab, also spelled Nurestab or Nooristab, is a region.')).toEqual([
      ['Nuristab', 'nuristab'],
      ['Nurestab', 'nuristab', 'variant of Nuristab'],
      ['Nooristab', 'nuristab', 'variant of Nuristab'],
    ]);
    expect(found('Nuristab (Kafiristab) is high. Kafiristab was its name.').map((f) => f[0])).toEqual([
      'Nuristab',
      'Kafiristab',
      'Kafiristab',
    ]);
    // A name in the script the gazetteer has too is found once.
    expect(found('Qalban (Pashto: قلبان) is calm.')).toEqual([
      ['Qalban', 'qalban'],
      ['قلبان', 'qalban'],
    ]);
    // The name in a language's script, after its label, is the place's own name; the label is not.
    expect(found('Nuristab (Pashto: نورستان) is high.')).toEqual([
      ['Nuristab', 'nuristab'],
      ['نورستان', 'nuristab'],
    ]);
    // Reference texts' brackets: a language's label and the name in its script, the Latin name after them,
    // and another name after the bracket.
    expect(found('Nuristab (Pashto/Urdu: نورستان) or Nuristob (Pashto: نورستوب Nooristob) is high.')).toEqual([
      ['Nuristab', 'nuristab'],
      ['نورستان', 'nuristab'],
      ['Nuristob', 'nuristab', 'variant of Nuristab'],
      ['نورستوب', 'nuristab'],
      ['Nooristob', 'nuristab', 'variant of Nuristab'],
    ]);
    // Labels joined by "and", several names after one label, names in Devanagari and Cyrillic, a semicolon
    // between languages, Latin names "respectively", and a bracket longer than a line.
    expect(
      found(
        'Nuristab (also spelt Nooristab; Persian and Pashto : نورستان، نورستون, Nuristob and Nooristob respectively; Sanskrit: नूरिस्तान; Tajik : Нуристаб, Nuristob) is high.',
      ).map((f) => f[0]),
    ).toEqual([
      'Nuristab',
      'Nooristab',
      'نورستان',
      'نورستون',
      'Nuristob',
      'Nooristob',
      'नूरिस्तान',
      'Нуристаб',
      'Nuristob',
    ]);
    // A name in another script with no label, its romanisation in small letters after it.
    expect(found('Qalban (قلبان qalbān wuləswāləi; قلبون, Qalbaan) is calm.').map((f) => f[0])).toEqual([
      'Qalban',
      'قلبان',
      'قلبون',
      'Qalbaan',
    ]);
    // After a place the finder found itself: another spelling's other names; a village's names in other scripts only.
    expect(found('Nooristab District (Pashto: نورستاب) is high.').map((f) => f[0])).toEqual([
      'Nooristab District',
      'نورستاب',
    ]);
    expect(found('Gurbaz Tehsil (Pashto: تحصیل ګربز, Gurbaaz) is a subdivision of Qalban District.')).toEqual([
      ['Gurbaz Tehsil', 'text-gurbaz', 'qalban'],
      ['تحصیل ګربز', 'text-gurbaz', 'qalban'],
      ['Qalban District', 'qalban'],
    ]);
    expect(found('MIRKAND (Reuters) — Shops shut.').map((f) => f[0])).toEqual(['MIRKAND']);
    // A date in brackets after a place is no other name of it, nor a word before a comma a dateline.
    expect(found('QALBAN, Zoban (Apr. 29, 2008) – Shops shut on Apr. 5.').map((f) => f[0])).toEqual([
      'QALBAN',
      'Zoban',
    ]);
    expect(found('MIRKANDA, said the officer, is aid.').map((f) => f[0])).toEqual([]);
  });
  it('takes a name the gazetteer has only in parts as their whole: "Waziristan" for North and South', () => {
    expect(found('Tazistan is rugged.')).toEqual([['Tazistan', 'text-tazistan', 'north-tazistan']]);
    expect(found('North Tazistan is rugged.').map((f) => f[1])).toEqual(['north-tazistan']);
  });
  it('reads a place’s ending as a word of its own: "Surkh Abad", "Inayat Kalay"', () => {
    expect(found('Families in Surkh Abad and Inayat Kalay left.').map((f) => f[1])).toEqual([
      'text-surkh-abad',
      'text-inayat-kalay',
    ]);
  });
  it('reads the land named after a people as a place: "the Waziri Hills"', () => {
    expect(found('The river winds among the Waziri Hills.')).toEqual([['Waziri Hills', 'text-waziri-hills', null]]);
    expect(found('Waziri elders met.')).toEqual([]);
  });
  it('reads a unit a district’s part names alone: "Upper Tehsil", "Central Tehsil"', () => {
    expect(found('Qalban has two tehsils: Upper Tehsil and Central Tehsil.')).toEqual([
      ['Qalban', 'qalban'],
      ['Upper Tehsil', 'text-upper-tehsil', 'qalban'],
      ['Central Tehsil', 'text-central-tehsil', 'qalban'],
    ]);
    // After another capitalised word it is that name's part, not a name of its own; in lower case, no name.
    expect(found('Shops in Sardo Upper Tehsil shut.').map((f) => f[1])).not.toContain('text-upper-tehsil');
    expect(found('Shops in the upper tehsil shut.')).toEqual([]);
  });
  it('reads "the valley of the X" and "the tehsil of X"', () => {
    expect(found('It lies in the valley of the Panjkor.')).toEqual([['Panjkor', 'text-panjkor', null]]);
    expect(found('Shops in the tehsil of Qamar Din Karez shut.')).toEqual([
      ['Qamar Din Karez', 'text-qamar-din-karez', null],
    ]);
  });
  it('names the land’s features: "Kajaki Dam" at the place, "Khash Rud", "Registan Desert"', () => {
    expect(found('Birds winter on the Lora Hamun.')).toEqual([['Lora Hamun', 'text-lora-hamun', null]]);
    expect(found('The Morvani Dam and the Khash Rud and the Registan Desert')).toEqual([
      ['Morvani Dam', 'text-morvani-dam', 'morvani'],
      ['Khash Rud', 'text-khash-rud', null],
      ['Registan Desert', 'text-registan-desert', null],
    ]);
  });
  it('reads "X or Y" after a place as another name, when the gazetteer lacks Y', () => {
    expect(found('Mirkand or Mirkandak is a town. Mirkand or Qalban.')).toEqual([
      ['Mirkand', 'mirkand'],
      ['Mirkandak', 'mirkand', 'variant of Mirkand'],
      ['Mirkand', 'mirkand'],
      ['Qalban', 'qalban'],
    ]);
  });
  it('gives ids no gazetteer id can have', () => {
    expect(ENTRIES.some((e) => isUnlocatedId(e.i))).toBe(false);
    expect(isUnlocatedId(`${UNLOCATED_PREFIX}x`)).toBe(true);
  });
});

describe('names an article puts again and again where people went', () => {
  const cues = (texts: string[]) =>
    find.article(texts).map((ms) => ms.map((m: FoundMention) => [m.placeId, m.unlocated?.cue ?? null]));
  it('takes a name put twice after a going word as a place, everywhere the article names it', () => {
    expect(cues(['The column marched to Ghizrat.', 'At Ghizrat I found the post; Ghizrat held.'])).toEqual([
      [['text-ghizrat', 'gone-to']],
      [
        ['text-ghizrat', 'gone-to'],
        ['text-ghizrat', 'gone-to'],
      ],
    ]);
  });
  it('takes a name put there once, but only twice after "to", which gives and says to persons too', () => {
    expect(cues(['The brigade bivouacked at Lundkar in full sight.'])).toEqual([[['text-lundkar', 'gone-to']]]);
    expect(cues(['Beyond Chesho the road leads up.'])).toEqual([[['text-chesho', 'gone-to']]]);
    expect(cues(['The column marched to Ghizrat and rested.'])).toEqual([[]]);
    // At a route's end, "to" counts as the other words do; not after a person's name of two words.
    expect(cues(['Militants fled from Ladro to Sarogan.'])).toEqual([
      [
        ['text-ladro', 'gone-to'],
        ['text-sarogan', 'gone-to'],
      ],
    ]);
    expect(cues(['The letter went from Ahmad Jan to Karzo.'])).toEqual([[]]);
    // A ruler's name after a title in small letters, as histories write it.
    expect(
      cues(['Troops served the emperor Jahgar.', 'His head was sent to Jahgar.', 'Gifts went to Jahgar.']),
    ).toEqual([[], [], []]);
    expect(cues(['He gave a medal to Esmatar.', 'The chief said to Voice of America it was quiet.'])).toEqual([[], []]);
    expect(cues(['It was said in Pashtu.', 'Control passed to Mujahideen.', 'It is written in Sanscrit.'])).toEqual([
      [],
      [],
      [],
    ]);
  });
  it('takes a name the gazetteer spells otherwise as that place, near the places the article names', () => {
    const spelled = (texts: string[]) =>
      find.article(texts).map((ms) => ms.map((m: FoundMention) => [m.placeId, m.variantOf ?? null]));
    expect(spelled(['Elders of Qalban met.', 'Teams track the issues in Murvani concerning schools.'])).toEqual([
      [['qalban', null]],
      [['morvani', 'Morvani']],
    ]);
  });
  it('takes none put there once after "to" alone, nor a person, a faith, a body, or the first of several words', () => {
    expect(cues(['Letters went to Kelvo.', 'Reports came from Kelvo.', 'Colonel Kelvo rode on.'])).toEqual([
      [],
      [],
      [],
    ]);
    expect(cues(['Word came from Gavo.', 'Gavo said it was quiet at Gavo.'])).toEqual([[], []]);
    expect(
      cues(['Many turned to Islam.', 'Faith in Islam grew.', 'It went to Parliament, then in Parliament.']),
    ).toEqual([[], [], []]);
    expect(cues(['It went to Abdul Ghaffar.', 'It came from Abdul Ghaffar.'])).toEqual([[], []]);
  });
});

describe('a name put in a unit by a comma', () => {
  const cues = (text: string) =>
    find(text).map((m: FoundMention) => [
      text.slice(m.start, m.end),
      m.unlocated?.cue ?? null,
      m.unlocated?.parent ?? null,
    ]);
  it('takes the name before a comma and a unit with its word, followed by a comma or a stop, as a place in it', () => {
    expect(cues('An operation by Sardo Bagh, Qalban district, on Monday.')).toEqual([
      ['Sardo Bagh', 'located', 'qalban'],
      ['Qalban district', null, null],
    ]);
  });
  it('takes no person before the unit’s office, nor a name before a unit without its word', () => {
    expect(cues('Governor Sardo Jabbar, Qalban district governor, spoke.')).toEqual([['Qalban district', null, null]]);
    expect(cues('Reports named Sardo Bagh, Qalban, as the source.').map((c) => c[0])).not.toContain('Sardo Bagh');
  });
});

describe('lists in a sentence', () => {
  const cues = (text: string) =>
    find(text).map((m: FoundMention) => [text.slice(m.start, m.end), m.unlocated?.cue ?? null]);
  it('takes the other names of a list of three or more, two of them places on the ground, as places', () => {
    expect(cues('The chief posts are Sardo, Idar, Morvani, Mirkand and Shenno.')).toEqual([
      ['Sardo', 'in-list'],
      ['Idar', 'in-list'],
      ['Morvani', null],
      ['Mirkand', null],
      ['Shenno', 'in-list'],
    ]);
  });
  it('takes none with one such place, nor a list of peoples', () => {
    expect(cues('Present were Sardo, Idar and Morvani.')).toEqual([['Morvani', null]]);
    expect(cues('The tribes there are Sardo, Idar, Morvani and Mirkand.')).toEqual([
      ['Morvani', null],
      ['Mirkand', null],
    ]);
    // Nor a word that starts the sentence: "Elders, Morvani and Mirkand".
    expect(cues('Elders, Morvani and Mirkand met.')).toEqual([
      ['Morvani', null],
      ['Mirkand', null],
    ]);
  });
});

describe('lists set out one place a line', () => {
  const rows = (texts: string[]) =>
    find.article(texts).map((ms) => ms.map((m: FoundMention) => [m.placeId, m.unlocated?.cue ?? m.variantOf ?? null]));
  it('takes the other lines of a list the gazetteer knows a third of as places of that kind', () => {
    expect(rows(['Qalban 3', 'Dorak 4', 'Morvani 13', 'Lashi 2 (shifted)', 'Nobody knew.'])).toEqual([
      [['qalban', null]],
      [['text-dorak', 'listed']],
      [['morvani', null]],
      [['text-lashi', 'listed']],
      [],
    ]);
  });
  it("reads a numbered list run into one line a line each, under the heading's last sentence", () => {
    expect(rows(['Under the 2013 law. The town has these wards:', '1. Dorak 2. Lashi Kalan 3. Pasor'])).toEqual([
      [],
      [
        ['text-dorak', 'listed'],
        ['text-lashi-kalan', 'listed'],
        ['text-pasor', 'listed'],
      ],
    ]);
  });
  it("takes no unit word alone as a line's place, and no other spelling far from the heading's place", () => {
    // The gazetteer's Farzana lies 570 km from Qalban: "Farzanah" under a heading of Qalban is not it.
    expect(rows(['Wards of Qalban:', 'Dorak', 'Farzanah', 'Pasor', 'Tehsil Dorak is near.'])).toEqual([
      [['qalban', null]],
      [['text-dorak', 'listed']],
      [['text-farzanah', 'listed']],
      [['text-pasor', 'listed']],
      [['text-dorak', 'named-as-place']],
    ]);
  });
  it('takes them under a heading that names their kind, and reads another spelling there', () => {
    expect(rows(['The district has three tehsils:', 'Dorak 3', 'Bajour 2', 'Lashi 1'])).toEqual([
      [],
      [['text-dorak', 'listed']],
      [['bajaur', 'Bajaur']],
      [['text-lashi', 'listed']],
    ]);
  });
  it('gives a line read by its ending the list’s place too', () => {
    const [kalkot] = find.article(['Qalban 3', 'Morvani 2', 'Kalkot 1'])[2]! as FoundMention[];
    expect(kalkot!.unlocated!.cue).toBe('listed');
  });
  it('reads a table set out as text: a name, figures and a note, or a name and a note that starts as a sentence', () => {
    const lines = rows([
      'The province has five districts:',
      'Qalban 24,080 Is the capital of the district',
      'Dorak Includes the town of Dorak',
      'Morvani Created in 2005',
      'Lashi Tarin Sub-divided in 2005 to create Dorak',
      'Dand Aw Patan',
    ]);
    expect(lines.map((line) => line[0])).toEqual([
      undefined,
      ['qalban', null],
      ['text-dorak', 'listed'],
      ['morvani', null],
      ['text-lashi-tarin', 'listed'],
      ['dand-patan', 'Dand Patan'],
    ]);
    // The note's places are read too: "Dorak", as its line names it.
    expect(lines[4]![1]![0]).toBe('text-dorak');
  });
  it('reads a list set out a line each inside one passage, under its heading', () => {
    const [lines] = find.article(['Villages of Qalban District:\nSarkano\nPashad\nDonai']) as FoundMention[][];
    expect(lines!.map((m) => [m.placeId, m.unlocated?.parent ?? null])).toEqual([
      ['qalban', null],
      ['text-sarkano', 'qalban'],
      ['text-pashad', 'qalban'],
      ['text-donai', 'qalban'],
    ]);
  });
  it('reads a table’s rows of a label and its items: "Morvani: Asbanr, Badwan (Urban)"', () => {
    const [lines] = find.article([
      'Tehsil: Union councils\nAdenzai: Asbanr, Badwan, Khall-II\nMorvani: Hayaserai, Koto (Urban), Rabat\nLashi: Ouch, Kotkai',
    ]) as FoundMention[][];
    const by = (name: string) => lines!.find((m) => m.placeId === `text-${name}`)?.unlocated?.parent ?? null;
    expect(lines!.map((m) => m.placeId)).toEqual([
      'text-adenzai',
      'text-asbanr',
      'text-badwan',
      'text-khall-ii',
      'morvani',
      'text-hayaserai',
      'text-koto',
      'text-rabat',
      'text-lashi',
      'text-ouch',
      'text-kotkai',
    ]);
    // Items lie in their row's label where the gazetteer knows it.
    expect([by('hayaserai'), by('asbanr')]).toEqual(['morvani', null]);
  });
  it('reads a numbered or bulleted list’s rows past their marks', () => {
    const lines = rows(['Nine tehsils:', '1.  Dorak', '2.  Qalban', '• Lashi']);
    expect(lines.map((line) => line[0])).toEqual([
      undefined,
      ['text-dorak', 'listed'],
      ['qalban', null],
      ['text-lashi', 'listed'],
    ]);
  });
  it('reads a row’s unit without its word, and a tehsil as Pakistan’s', () => {
    const lines = rows(['Six tehsils:', '1. Kili Tazo Tehsil 12', '2. Khan Tezin Sub-Tehsil 3', '3. Dorak Tehsil 4']);
    expect(lines.map((line) => line[0])).toEqual([
      undefined,
      ['killi-tazo', 'Killi Tazo'],
      ['text-khan-tezin-sub-tehsil', 'listed'],
      ['text-dorak-tehsil', 'listed'],
    ]);
  });
  it('takes no sentences for rows: a one-word name before a lower-case word, or a long run of capitals', () => {
    expect(rows(['Qalban is a district.', 'Morvani lies north.', 'Dorak said so.'])[2]).toEqual([]);
    expect(rows(['Qalban 3', 'Morvani 2', 'Dorak Lashi Tarin Khan Said said so.'])[2]).toEqual([]);
  });
  it('reads no spelling of a place in another country than the list’s known lines', () => {
    expect(rows(['Qalban 3', 'Morvani 2', 'Khan Tezeen 1'])[2]).toEqual([['text-khan-tezeen', 'listed']]);
    // Nor of a place 230 km from them.
    expect(rows(['Qalban 3', 'Morvani 2', 'Thallor 1'])[2]).toEqual([['text-thallor', 'listed']]);
  });
  it('leaves lines alone where the gazetteer knows too few and no heading says what they are', () => {
    expect(rows(['Winners:', 'Dorak 3', 'Lashi 2', 'Qalban 1'])).toEqual([[], [], [], [['qalban', null]]]);
  });
});

describe('other spellings of gazetteer names', () => {
  it('compares names through the equivalences: kh/k, q/k, w/v, ee/i, oo/u, doubled letters, a final -t or -h', () => {
    expect(spellingKey('Khan Neshin')).toBe(spellingKey('Kan Nneshin'));
    expect(spellingKey('Speen')).toBe(spellingKey('Spin'));
    expect(spellingKey('Qalat')).toBe(spellingKey('Kala'));
    expect(spellingKey('Wardak')).toBe(spellingKey('Vardak'));
    expect(spellingKey('Ghazni')).toBe(spellingKey('Gazni'));
    expect(spellingKey('Maiwand')).toBe(spellingKey('Maywand'));
  });
  it('applies the equivalences in one pass as if one after another, in their order, then an ending', () => {
    const oneAfterAnother = (s: string) => {
      let letters = s;
      for (const [from, to] of SPELLING_EQUIVALENCES) letters = letters.replaceAll(from, to);
      const ending = WORD_ENDINGS.find(([e]) => e.test(letters));
      return ending ? letters.replace(ending[0], ending[1]) : letters;
    };
    const letters = fc.constantFrom(...new Set(SPELLING_EQUIVALENCES.flat().join('') + 'thaye'));
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 24 }), (ls) => {
        expect(wordSpelling(ls.join(''))).toBe(oneAfterAnother(ls.join('')));
      }),
    );
  });
  it('compares word by word: endings, the izafat and "and" set aside', () => {
    expect(spellingKey('Chapa Dara')).toBe(spellingKey('Chapah Darah'));
    expect(spellingKey('Dara-I-Pech')).toBe(spellingKey('Darah-ye Pech'));
    expect(spellingKey('Dand Aw Patan')).toBe(spellingKey('Dand Patan'));
    expect(spellingKey('Sirkani')).toBe(spellingKey('Sirkanay'));
    expect(spellingKey('Lazha Ahmadkhel')).toBe(spellingKey('Lajah Ahmad Khel'));
    expect(spellingKey('Sibbi')).toBe(spellingKey('Sibi'));
    // A joining word is never a name's first or last.
    expect(spellingKey('Wa Dara')).not.toBe(spellingKey('Dara'));
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
  it('takes no spelling of a place far from the one its sentence names it by', () => {
    // Kamra is 170 km from Thalor: "Kumrat" beside Thalor is a place of the text's own.
    expect(found('Kumrat lies on the river, north of Thalor.')[0]).toEqual(['Kumrat', 'text-kumrat', 'thalor']);
    expect(found('Kumrat lies on the river, north of Kamra.')[0]).toEqual(['Kumrat', 'kamra', 'variant of Kamra']);
  });
  it('reads a name between two gazetteer places of a list as a place: another spelling, or the text’s own', () => {
    expect(found('Clinics opened in Qalban, Bajour and Zoban.').map((f) => f[1])).toEqual([
      'qalban',
      'bajaur',
      'zoban',
    ]);
    expect(found('Clinics opened in Qalban, Gawardo and Zoban.').map((f) => f[1])).toEqual([
      'qalban',
      'text-gawardo',
      'zoban',
    ]);
    // A list of peoples or persons beside one place is not.
    expect(found('Clinics opened in Qalban, Gawardo said.').map((f) => f[1])).toEqual(['qalban']);
  });
  it('reads each of a list before a plural unit as a unit: "the Zharay and Maiwand districts"', () => {
    expect(found('Elders came from the Bajour and Sardo districts.')).toEqual([
      ['Bajour', 'bajaur', 'variant of Bajaur'],
      ['Sardo districts', 'text-sardo', 'bajaur'],
    ]);
  });
  it('reads a feature whose whole name is another spelling of a gazetteer feature\'s: "Khaiber Pass"', () => {
    expect(found('Traders crossed the Lorrai Pass at dawn.')).toEqual([
      ['Lorrai Pass', 'lorai-pass', 'variant of Lorai Pass'],
    ]);
  });
  it('reads a pass named with another word for a pass, and a list of kotals', () => {
    expect(found('The column climbed the Peiwan Khotal at dawn.')).toEqual([
      ['Peiwan Khotal', 'peiwan-pass', 'variant of Peiwan Pass'],
    ]);
    expect(found('Two roads cross it, the Peiwan and Spingo Kotals.')).toEqual([
      ['Peiwan', 'peiwan-pass'],
      ['Spingo Kotals', 'text-spingo-kotal', null],
    ]);
  });
  it('reads a major place spelled otherwise with no cue, near the passage’s places, not at a sentence’s start', () => {
    expect(found('Shops in Mirkand and Bajaura shut.')).toEqual([
      ['Mirkand', 'mirkand'],
      ['Bajaura', 'bajaur', 'variant of Bajaur'],
    ]);
    expect(found('Bajaura was calm.')).toEqual([]);
    // Farzana is 580 km from Mirkand; a small town's spelling needs a cue.
    expect(found('Shops in Mirkand and Farzane shut.').map((f) => f[1])).toEqual(['mirkand']);
    expect(found('Shops in Qalban and Mirkanda shut.').map((f) => f[1])).toEqual(['qalban']);
    // A people of the place is not the place ("the Pamiris").
    expect(found('Shops in Mirkand and a Bajauri trader shut.').map((f) => f[1])).toEqual(['mirkand']);
  });
  it('reads the place an area lies in as another spelling of a gazetteer place', () => {
    expect(found('Guns fell on the Sandor area of Bajour overnight.')).toEqual([
      ['Sandor area', 'text-sandor', 'bajaur'],
      ['Bajour', 'bajaur', 'variant of Bajaur'],
    ]);
    expect(found('Guns fell on the Sandor area of Mehtab overnight.')).toEqual([]);
  });
  it('takes no spelling of a place the gazetteer puts in another province, far from the one its sentence names', () => {
    expect(found('Matinak, a village in Kunarak province, was shelled.')[0]).toEqual([
      'Matinak',
      'text-matinak',
      'kunarak',
    ]);
    expect(found('Matinak, a village in Khostak province, was shelled.')[0]).toEqual([
      'Matinak',
      'matunak',
      'variant of Matunak',
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
    // Forces named after the place they were raised in or sent to.
    expect(found('The Qalban Militia, the Zoban Levies and the Qalban Field Force held the posts.')).toEqual([]);
    expect(found('The Zoban Sappers and Miners rebuilt the Lorai Pass Railway.')).toEqual([]);
    expect(found('Trucks took the Zoban Highway and the Qalban Road.')).toEqual([]);
    expect(found('Ask the Embassy of Zoban or the Qalban Transport Corporation.')).toEqual([]);
    expect(found('The Qalban Assembly met the Zoban Consulate staff.')).toEqual([]);
    // A run of capitalised words after the place that ends in an institution's word; not after a unit's word.
    expect(found('Pupils of the Qalban Agricultural High School and the Zoban PRT met.')).toEqual([]);
    expect(found('The Qalban District Uniform Police cleared it.').map((f) => f[1])).toEqual(['qalban']);
    // A country's services, after its abbreviation's dot; an agency "for" something.
    expect(found('Staff of the U.Q. Forest Service and the Zoban Geological Survey came.')).toEqual([]);
    expect(found('The Zoban Agency for International Development paid.')).toEqual([]);

    // An event's name: "the 2008 Ziarat earthquakes", "the Chenagai airstrike", also once the place is named.
    expect(found('The 2008 Qalban earthquakes killed many.')).toEqual([]);
    expect(found('Guns hit Sardo village. The Sardo airstrike killed 80.').map((f) => f[0])).toEqual(['Sardo village']);
    // Expeditions and campaigns are events too; a name the gazetteer has only in parts is no place there either.
    expect(found('After the Qalban expedition of 1894 and the Zoban Campaign, the Tazistan Expedition.')).toEqual([]);
    // A force raised in or named for a place smaller than a country, in any case; a country's troops are its own.
    expect(found('The Qalban troops, the North Tazistan militia and the Zoban levies held it.')).toEqual([]);
    expect(found('UQ troops and the Tazistan militia held it.')).toEqual([['UQ', 'uq']]);
    // A country's army in small letters is its Army; the army of a place in the possessive names the place.
    expect(found('The UQ army shelled it, and UQ’s army waited.')).toEqual([['UQ’s', 'uq']]);
    // An airport's proper name is a place of its own, at the town of the name rather than its district; the
    // airport "of" a town, in small letters, names the town.
    expect(found('Planes left Mirkand International Airport, Qalban Airport and the Morvani airport.')).toEqual([
      ['Mirkand International Airport', 'text-mirkand-international-airport', 'mirkand'],
      ['Qalban Airport', 'text-qalban-airport', 'qalban'],
      ['Morvani', 'morvani'],
    ]);
    // A group named "of" a country, or with a liberation's or a republic's word after the place.
    expect(
      found('The Islamic Movement of Uzbekistan and the Zoban Liberation Front claimed it; envoys went to Uzbekistan.'),
    ).toEqual([['Uzbekistan', 'uzbekistan']]);
    // Buildings and grounds named after their town, and a town that ends an institution's name.
    expect(found('See the Morvani Museum, the Qalban Mosque, Mirkand Golf Club and the Morvani Bus Stand.')).toEqual(
      [],
    );
    expect(found('Pupils of Islamia College Morvani and the University of Qalban flew to Qalban.')).toEqual([
      ['Qalban', 'qalban'],
    ]);
    // A clan named for a place ("the Kabul Khel Wazirs") is not the place, in any of the word's spellings.
    expect(found('The Kabulistan Khel and the Morvani Kheyl elders met.')).toEqual([]);
    expect(found('Elders of Morvani Kheyl village met.')).toEqual([
      ['Morvani Kheyl village', 'text-morvani-kheyl', null],
    ]);
    // A name right after a person's title is the person's.
    expect(found('Lt. Col. Morvani and Colonel Mirkand spoke.')).toEqual([]);
    // A sentence's end is no organisation's: the place before it stands.
    expect(found('A road joins Qalban and Lorai Pass. Provincial engineers built it.').map((f) => f[1])).toEqual([
      'qalban',
      'lorai-pass',
    ]);
    // Peoples named in the plural: "the Afridis".
    expect(found('Mills stand in the valleys of the Afridis, near Morvani.').map((f) => f[1])).toEqual(['morvani']);
    // An organisation's name the rules list holds no place the gazetteer lacks either.
    expect(found('Islamic State Khorasan Province claimed it.')).toEqual([]);
    expect(found('The United Nations Refugee Agency counted them.')).toEqual([]);
    expect(found('Fighters of Tazar Province claimed it.')).toEqual([['Tazar Province', 'text-tazar', null]]);
    expect(found('Guests at the Qalban Hotel and patients of Morvani Hospital left.')).toEqual([]);
    // A city gate named after the city it faces is neither the city nor a crossing.
    expect(found('Turn at the Kabulistan Gate.')).toEqual([]);
    // Offices named by their country or province.
    expect(found('INL-Qalban paid the Qalban Secretariat and the Zoban Economic Affairs Division.')).toEqual([]);
    expect(found('Provincial Reconstruction Team-Qalban engineers flew.')).toEqual([]);
    expect(found('The Qalban team met the Morvani Department of Education.')).toEqual([]);
    expect(found('Bakhtar News Agency said so.')).toEqual([]);
    expect(found('The Qalban Armed Forces fought the Battle of Morvani.')).toEqual([]);
    expect(found('Elders from Dorak village saw the Battle of Dorak.')).toEqual([
      ['Dorak village', 'text-dorak', null],
    ]);
    // A bracket that says which part is meant is no other name.
    expect(found('Shops in Morvani (Urban) opened.')).toEqual([['Morvani', 'morvani']]);
    // An acronym the gazetteer knows is a place beside the other.
    expect(found('UQ-Qalban talks.').map((f) => f[0])).toEqual(['UQ', 'Qalban']);
  });
  it('is no mention of a place when a people is meant: "the Jardan tribe", "the Jardan and Zoban tribes"', () => {
    expect(found('Elders of the Jardan tribe met.')).toEqual([]);
    expect(found('The Jardan and Zoban tribes met. Jardan tribesmen left.')).toEqual([]);
    expect(found('Smugglers travel via Lashi tribe lands.')).toEqual([]);
    expect(found('Elders in Jardan met the Zoban tribal district council.').map((f) => f[1])).toEqual([
      'jardan',
      'zoban',
    ]);
  });
  it('is no place in a list of peoples: "the tribes of Qalban include the Jardan and Morvani"', () => {
    expect(found('The tribes of Qalban include the Jardan, Dorak village folk and Morvani. Jardan is far.')).toEqual([
      ['Qalban', 'qalban'],
      ['Jardan', 'jardan'],
    ]);
  });
  it('joins a designator only after a space: "Morvani (town)" is a heading', () => {
    expect(find('Morvani (town)').map((m) => [m.start, m.end])).toEqual([[0, 7]]);
  });
  it('counts a common word’s name in a list of places: "Qalban, Tank, Zoban"', () => {
    const withTank = createPlaceFinder([...ENTRIES, at('tank', 'Tank', 'district')]);
    const names = (text: string) => withTank(text).map((m) => `${text.slice(m.start, m.end)} ${m.placeId}`);
    expect(names('Shelling hit Qalban, Tank, Zoban and Bajaur.')).toEqual([
      'Qalban qalban',
      'Tank tank',
      'Zoban zoban',
      'Bajaur bajaur',
    ]);
    expect(names('Qalban, Tank crews and Zoban')).toEqual(['Qalban qalban', 'Zoban zoban']);
  });
  it('keeps a town before a possessive and another name: "Morvani’s Zari Bazaar"', () => {
    expect(found('A blast hit Morvani’s Zari Bazaar.')).toEqual([
      ['Morvani’s', 'morvani'],
      ['Zari Bazaar', 'text-zari-bazaar', 'morvani'],
    ]);
  });
});

describe('cues of the fourth development batch (Gutenberg, the Imperial Gazetteer, Wikipedia, DVIDS)', () => {
  it('takes each name of a list that a plural place word introduces with "named" or "called"', () => {
    expect(found('Villages named Dorgai, Hemlan and Pasor lie in Qalban.')).toEqual([
      ['Dorgai', 'text-dorgai', 'qalban'],
      ['Hemlan', 'text-hemlan', 'qalban'],
      ['Pasor', 'text-pasor', 'qalban'],
      ['Qalban', 'qalban'],
    ]);
  });
  it('takes a list after a plural place word, where the places are and "are"', () => {
    expect(found('The well-known villages in Dara e Nur are Amlo, Qala e Shahan, Barkan and Sutan Lam.')).toEqual([
      ['Amlo', 'text-amlo', null],
      ['Qala e Shahan', 'text-qala-e-shahan', null],
      ['Barkan', 'text-barkan', null],
      ['Sutan Lam', 'text-sutan-lam', null],
    ]);
  });
  it('reads a base or an office named after its place as neither: "Garrison", "District Center"', () => {
    expect(found('Troops camped near Dorak Garrison, then waited at the Hesar District Center.')).toEqual([]);
    // Without the base's or the office's word, the place is named.
    expect(found('Troops camped near Dorak, then waited in Hesar District.')).toEqual([
      ['Dorak', 'text-dorak', null],
      ['Hesar District', 'text-hesar', null],
    ]);
  });
  it('reads a singular mountain, a defile, a gorge and a forest as place words', () => {
    expect(found('They camped below the Gabrak Mountain, by the Rokan defile and the Zira forest.')).toEqual([
      ['Gabrak Mountain', 'text-gabrak-mountain', null],
      ['Rokan defile', 'text-rokan-defile', null],
      ['Zira forest', 'text-zira-forest', null],
    ]);
  });
  it('but not a place word inside a longer name of capitalised words', () => {
    expect(found('Operation Mountain Thrust began, and the British Mountain Battery fired.')).toEqual([]);
  });
  it('takes a name after a direction "of", "the borders of" and "the road to"', () => {
    expect(found('The hills north of Razmar are steep.')).toEqual([['Razmar', 'text-razmar', null]]);
    expect(found('It reaches the borders of Miranzo in the east.')).toEqual([['Miranzo', 'text-miranzo', null]]);
    expect(found('The road to Sappar was long.')).toEqual([['Sappar', 'text-sappar', null]]);
  });
  it('takes a name with its height after a comma as a peak', () => {
    expect(found('The loftiest peak is Sikhar, 15,620 feet above sea-level.')).toEqual([
      ['Sikhar', 'text-sikhar', null],
    ]);
    // A height with no comma before it is no cue.
    expect(found('The loftiest peak is Sikhar at 15,620 feet.')).toEqual([]);
  });
  it('leaves an event named after a place, and a kind of unit with "a" before it', () => {
    expect(found('The Battle of Wanak Camp was fought in 1894.')).toEqual([]);
    expect(found('Kurrak was made a Political Agency in 1892.')).toEqual([]);
  });
  it('reads "the" and a river\'s or a pass\'s name without its word as that river or pass', () => {
    const rivers = createPlaceFinder([
      at('bolak-pass', 'Bolak Pass', 'region'),
      at('gomar-river', 'Gomar River', 'region'),
      at('swak', 'Swak', 'district'),
      at('swak-river', 'Swak River', 'region'),
    ]);
    const ids = (text: string) => rivers(text).map((m) => [text.slice(m.start, m.end), m.placeId]);
    expect(ids('Caravans went between the Bolak and the Gomur, then beyond the Swak.')).toEqual([
      ['Bolak', 'bolak-pass'],
      ['Gomur', 'gomar-river'],
      ['Swak', 'swak-river'],
    ]);
    // With a place word after it, "in" before it, or no "the", the name is what the gazetteer pass read.
    expect(ids('The Bolak road and the Swak valley; in the Swak; Swak and Gomur.')).toEqual([
      ['Swak valley', 'swak'],
      ['Swak', 'swak'],
      ['Swak', 'swak'],
    ]);
  });
  it('takes a height in a bracket, "nearby", "the site of" and a list before "areas" as cues', () => {
    expect(found('The highest is Mir Khwela (4,500 feet).')).toEqual([['Mir Khwela', 'text-mir-khwela', null]]);
    expect(found('Climbers go to nearby Rakapo.')).toEqual([['Rakapo', 'text-rakapo', null]]);
    expect(found('He chose the site of Mashnagar.')).toEqual([['Mashnagar', 'text-mashnagar', null]]);
    expect(found('Fighting in the Balaran and Khadez areas of Qalban ended.')).toEqual([
      ['Balaran', 'text-balaran', 'qalban'],
      ['Khadez areas', 'text-khadez', 'qalban'],
      ['Qalban', 'qalban'],
    ]);
  });
  it('takes a name before "to the" and a direction, after a distance "from" or "off", and before "sector"', () => {
    expect(found('It borders Bumbor and Biri to the west, Broza to the east, and Gahir to the south-west.')).toEqual([
      ['Biri', 'text-biri', null],
      ['Broza', 'text-broza', null],
      ['Gahir', 'text-gahir', null],
    ]);
    // A single word at a sentence's start before a direction is any word.
    expect(found('Turning to the north, they rode on.')).toEqual([]);
    expect(found('It lies 24 miles from Bajora and a few kilometres off Thalla.')).toEqual([
      ['Bajora', 'text-bajora', null],
      ['Thalla', 'text-thalla', null],
    ]);
    expect(found('Shelling hit the Gurek sector of the line.')).toEqual([['Gurek sector', 'text-gurek', null]]);
  });
  it('cues of the fifth batch: a unit word where the villages are, and what is no place', () => {
    expect(found('Villages in Hesar district include Dagser, Lachan and Monak.')).toEqual([
      ['Hesar district', 'text-hesar', null],
      ['Dagser', 'text-dagser', null],
      ['Lachan', 'text-lachan', null],
      ['Monak', 'text-monak', null],
    ]);
    // An office's word right after a gazetteer unit's name; a person "the late"; "passes" as a verb; a committee.
    expect(found('Gunmen hit the Qalban District Center.')).toEqual([]);
    expect(found('He met the family of the late Morvani Khan.')).toEqual([]);
    expect(found('The road from Qalban to Morvani passes this way.')).toEqual([
      ['Qalban', 'qalban'],
      ['Morvani', 'morvani'],
    ]);
    expect(found('The Sit-in Committee met.')).toEqual([]);
    // The unit's word before the name, as Pakistan writes it; not an office's title after it.
    expect(found('The Tehsil Babuzai and Tehsil Khwaza Khela were split.')).toEqual([
      ['Babuzai', 'text-babuzai', null],
      ['Khwaza Khela', 'text-khwaza-khela', null],
    ]);
    expect(
      found('The District Police Officer met the Tehsil Municipal Administration at the District Centers.'),
    ).toEqual([]);
    expect(found('The people of Munjar and the inhabitants of Gobar met.')).toEqual([
      ['Munjar', 'text-munjar', null],
      ['Gobar', 'text-gobar', null],
    ]);
    // A base's name ("FORWARD OPERATING BASE …", "FOB …"), and a person's between "said" and a comma.
    expect(found('FORWARD OPERATING BASE QALBAN, Jardan — Troops left FOB Zoban.')).toEqual([['Jardan', 'jardan']]);
    expect(found('"We talked," said Khan Tezin, the district governor of Jardan.')).toEqual([['Jardan', 'jardan']]);
    expect(found('Khan Tezin said, as ever, that it was quiet.')).toEqual([['Khan Tezin', 'khan-tezin']]);
    // A count before a plural place word, then a comma, opens a list.
    expect(found('Above it are the three passes, Agzan, Kharta, and Nuksar.')).toEqual([
      ['Agzan', 'text-agzan', null],
      ['Kharta', 'text-kharta', null],
      ['Nuksar', 'text-nuksar', null],
    ]);
    expect(found('Above it are the passes, Agzan and others.')).toEqual([]);
    // Words that describe are no name: "Political Agency" at a heading's start, "Highway 1" beside a place.
    expect(found('Political Agency in the North.')).toEqual([]);
    expect(found('It lies between Qalban and Highway 1.')).toEqual([['Qalban', 'qalban']]);
    expect(found('The village has different mohalas, like Darbar, Bur Palau and Sero.')).toEqual([
      ['Darbar', 'text-darbar', null],
      ['Bur Palau', 'text-bur-palau', null],
      ['Sero', 'text-sero', null],
    ]);
  });
  it("names a place again nowhere it stands before a place word and an office's, or before a people's word", () => {
    expect(
      find
        .article(['Elders met in Tornak village.', 'The Tornak Village School opened; the Tornak tribe came.'])
        .map((ms) => ms.map((m) => m.placeId)),
    ).toEqual([['text-tornak'], []]);
  });
  it("reads a place right before a newspaper's, a train's or a team's word as that one's name", () => {
    expect(found('Qalban Today and the Zoban Express reported that Jardan Gladiators won in Jardan.')).toEqual([
      ['Jardan', 'jardan'],
    ]);
  });
  it("reads a place right before an institution's or a monument's word as that one's name", () => {
    expect(found('Tourists saw the Qalban Minarets and slept at the Zoban Hotel in Jardan.')).toEqual([
      ['Jardan', 'jardan'],
    ]);
    expect(found('The Citadel of Qalban stands in Jardan.')).toEqual([['Jardan', 'jardan']]);
  });
  it('takes no single letter of a coordinate, and no event\'s name after "or" as another name', () => {
    expect(found('The stream runs north near 35°44′N 71°43′E to Qalban.')).toEqual([['Qalban', 'qalban']]);
    expect(found('The Zoban or Dawar Expedition of 1872 went there.')).toEqual([['Zoban', 'zoban']]);
  });
  it('reads a language label spelled "Pushto" in a bracket as no other name of the place', () => {
    expect(found('Sarkot (Pushto; Pashto: سرکوټ) is a town in Qalban.').map((f) => f[0])).not.toContain('Pushto');
  });
});

describe('any text', () => {
  // Every cue word, at the start, the end and beside any other, from a reader's paste: the finder never throws.
  const pieces = fc.constantFrom(
    ...[
      'Lake',
      'Mount',
      'lake',
      'village',
      'Villages',
      'valleys',
      'passes',
      'rivers',
      'tribe',
      'tribes',
      'of',
      'the',
      'in',
      'near',
      'via',
      'from',
      'to',
      'between',
      'and',
      'or',
      'also',
      'spelled',
      'formerly',
      'known',
      'as',
      'lies',
      'on',
      'is',
      'located',
      'Killi',
      'Abad',
      'Kalay',
      'District',
      'tehsil',
      'Dasht-i-Margo',
      'Qalban',
      'Morvani',
      'Bajour',
      'Tazistan',
      'Dorak',
      'Hayatabad',
      'such',
      'include',
      ':',
      ',',
      '.',
      '(',
      ')',
      '\n\n',
      '3',
      "'s",
      '-',
      ' ',
    ],
  );
  it('never throws, whatever the order of its words', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }), (parts) => {
        const text = parts.join(' ');
        find(text);
        find.article(text.split('\n\n'));
      }),
      { numRuns: 3000 },
    );
  });
});
