// The place finder's word lists: data, each documented. General rules about
// how news names places, not fixes for one text.

/** What a word after a name says the place is. */
export type Designator = 'province' | 'district' | 'town' | 'crossing' | 'region';

/**
 * Words that may follow a place name and join its span ("Kurram district",
 * "Khyber Agency", "Torkham crossing", "Swat valley"), choosing among places of
 * that name the kind they say. Matched in any case.
 */
export const DESIGNATORS: Readonly<Record<string, Designator>> = {
  province: 'province',
  district: 'district',
  'tribal district': 'district',
  agency: 'district',
  'tribal agency': 'district',
  tehsil: 'district',
  city: 'town',
  town: 'town',
  village: 'town',
  crossing: 'crossing',
  'border crossing': 'crossing',
  'crossing point': 'crossing',
  'border point': 'crossing',
  gate: 'crossing',
  valley: 'region',
  region: 'region',
};

/**
 * Place names that are also ordinary words, capitalised at the start of a
 * sentence or as a month or a name ("March", "Tank", "Pew Research",
 * "Bin Laden"). They count only with a cue: a designator after them, or one of
 * CUE_BEFORE before them, or as an ALL-CAPS dateline ("TANK:").
 */
export const COMMON_WORD_NAMES: readonly string[] = [
  'Tank',
  'Hub',
  'Bay',
  'Chamber',
  'Bin',
  'Pew',
  'Bar',
  'Bagh',
  'Chak',
  'Kot',
  'Mir',
  'Pir',
  'Shah',
  'Khan',
  'Gul',
  'Ali',
  'Bala',
  'Bazar',
  'Bazaar',
  'Now',
  'Sun',
  'Camp',
  'Post',
  'Mine',
  'Well',
];

/** Names that are month names: a date, unless a designator says otherwise ("March district"). */
export const MONTH_NAMES: readonly string[] = ['March', 'May', 'August'];

/**
 * Generic words inside names that news writes in either case ("Friendship
 * gate", "Khyber pass", "Durand line"): they match in any case.
 */
export const GENERIC_WORDS: readonly string[] = [
  'gate',
  'pass',
  'line',
  'crossing',
  'border',
  'district',
  'districts',
  'province',
  'agency',
  'valley',
  'river',
  'city',
  'town',
  'bazaar',
  'bazar',
  'camp',
  'post',
  'dam',
  'airport',
  'area',
  'areas',
  'region',
  'territory',
];

/** Words before a common-word name that make it a place ("in Tank", "Lower Dir"). */
export const CUE_BEFORE: readonly string[] = ['in', 'at', 'near', 'Upper', 'Lower', 'from', 'to', 'into', 'outside'];

/**
 * Names that contain a place's name but name something else: organisations,
 * parties, movements, newspapers and broadcasters, projects, and demonyms.
 * They take their span, so the place inside them is not counted.
 */
export const NOT_PLACE_NAMES: readonly string[] = [
  'Tehreek-e-Taliban Pakistan',
  'Tehrik-e-Taliban Pakistan',
  'Tehrik-i-Taliban Pakistan',
  'Tehreek-i-Taliban Pakistan',
  'Pakistan Tehreek-e-Insaf',
  'Pakistan Tehrik-e-Insaf',
  'Pakistan Peoples Party',
  'Pakistan People’s Party',
  'Pakistan Muslim League',
  'Pakistan Democratic Movement',
  'Pashtun Tahafuz Movement',
  'Balochistan Liberation Army',
  'Islamic State Khorasan Province',
  'Islamic State Khorasan',
  'China Pakistan Economic Corridor',
  'China-Pakistan Economic Corridor',
  'Dawn',
  'BBC Pashto',
  'BBC Urdu',
  'Radio Pakistan',
  'Pakistan Today',
  'Pakistan Observer',
  'Express Tribune',
  'Khyber News',
  'Tolo News',
  'Ariana News',
  'Kabul Times',
  'Kabul Now',
  'Afghanistan International',
  'Bayan News',
  'Pajhwok',
  'Pajhwok Afghan News',
  'Voice of America',
  'Khyber Rifles',
  'Khyber Scouts',
  'Tochi Scouts',
  'South Waziristan Scouts',
  'Frontier Corps',
  'Pakistan International Airlines',
  'Ariana Afghan Airlines',
  'Kam Air',
  'Kabul University',
  'Peshawar High Court',
  'Islamabad High Court',
  'Afghan',
  'Afghans',
  'Pakistani',
  'Pakistanis',
  'Chinese',
  'Iranian',
  'Iranians',
  'Indian',
  'Indians',
  'Russian',
  'Russians',
  'American',
  'Americans',
  'Tajik',
  'Uzbek',
  'Turkmen',
  'Baloch',
  'Baluch',
  'Pashtun',
  'Pashtuns',
  'Pakhtun',
  'Punjabi',
  'Sindhi',
  'Kashmiri',
  'Waziri',
  'Wazir',
  'Mehsud',
  'Afridi',
  'Shinwari',
  'Mohmands',
  'Durrani',
];

/**
 * Capitalised words that make the place name before them part of an
 * organisation's ("Pakistan Army", "Khyber Pakhtunkhwa Police", "Quetta Shura").
 * The place is not counted there.
 */
export const NOT_PLACE_PREFIXES: ReadonlySet<string> = new Set([
  'army',
  'airlines',
  'airways',
  'party',
  'league',
  'movement',
  'times',
  'post',
  'today',
  'observer',
  'tribune',
  'news',
  'scouts',
  'rifles',
  'corps',
  'university',
  'police',
  'cricket',
  'shura',
  'declaration',
  'stock',
  'press',
  'chamber',
  'high',
  'supreme',
  'institute',
  'foundation',
  'television',
  'tv',
  'radio',
  'zalmi',
  'kings',
  'united',
  'provincial',
  'division',
  'river',
  'mountains',
  'range',
]);

/**
 * Words before "of" that say what the following name is ("the province of
 * Kandahar", "the town of Kohat"); they choose among places of that name
 * without joining its span.
 */
export const DESIGNATORS_BEFORE: Readonly<Record<string, Designator>> = {
  'province of': 'province',
  'district of': 'district',
  'town of': 'town',
  'city of': 'town',
  'village of': 'town',
  'governor of': 'province',
};

/** Capitalised words that start sentences or titles, not names. */
export const FUNCTION_WORDS: readonly string[] = [
  'the',
  'a',
  'an',
  'in',
  'at',
  'on',
  'by',
  'for',
  'from',
  'to',
  'of',
  'and',
  'but',
  'or',
  'with',
  'when',
  'while',
  'after',
  'before',
  'near',
  'since',
  'as',
  'if',
  'this',
  'that',
  'these',
  'those',
  'both',
  'then',
  'it',
  'its',
  'across',
  'along',
  'inside',
  'outside',
  'between',
  'into',
  'through',
  'during',
  'until',
  'unlike',
  'like',
  'via',
];
