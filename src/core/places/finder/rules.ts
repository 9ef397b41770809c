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
  'hills',
  'pass',
  // "the Swat Taliban", "the Sarhad Chamber of Commerce", "the Pak-Afghan Joint Chamber".
  'taliban',
  'joint',
  'traders',
  'jirga',
  'council',
  'association',
  'federation',
]);

/**
 * Capitalised words before a place's name that make it a service's or
 * broadcaster's name ("BBC Pashto", "VOA Dari", "Radio Khyber"): the place is not counted there.
 */
export const NOT_PLACE_AFTER: ReadonlySet<string> = new Set(['bbc', 'voa', 'radio', 'rfe', 'rferl', 'deewa']);

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

// --- Places the gazetteer lacks (villages, bazaars, valleys), found from how news introduces them.

/**
 * Words after a name that say it is a place (“Machas village”, “Khot Valley”,
 * “Chagai Hills”): the name and the word are one mention. The plural takes a
 * list (“Mamand and Bandar valleys”), its last name joined to it. Matched in any case.
 */
export const PLACE_WORDS_AFTER: readonly string[] = [
  'village',
  'villages',
  'bazaar',
  'bazar',
  'valley',
  'valleys',
  'pass',
  'passes',
  'range',
  'hills',
  'mountains',
  'river',
];

/**
 * Words after a name that make it a place only with the place it lies in
 * after them (“in the Ferozi area of Khyber district”).
 */
export const PLACE_WORDS_AFTER_WITH_PARENT: readonly string[] = ['area'];

/**
 * Words after a name that say it is a unit the gazetteer would have
 * (“Bajour Agency”, “Speen Boldak district”): cues for another spelling of a
 * gazetteer name only, never for a place of the text's own.
 */
export const UNIT_WORDS_AFTER: readonly string[] = ['district', 'province', 'agency', 'tehsil', 'city', 'town'];

/**
 * Words before "of" that introduce places by name (“the villages of A, B and
 * C”, “the small town of X”); the place is the name after them.
 */
export const PLACE_WORDS_BEFORE: readonly string[] = [
  'village of',
  'villages of',
  'town of',
  'small town of',
  'hamlet of',
  'bazaar of',
  'valley of',
];

/** Words that begin a village's own name in Pashto and Balochi (“Killi Faizabad”): part of the name. */
export const VILLAGE_PREFIXES: readonly string[] = ['Killi', 'Kili', 'Kalay', 'Kalai'];

/** What follows a name and a comma to say it is a place (“Machas, a village near Miranshah”). */
export const PLACE_APPOSITIONS: readonly string[] = [
  'a village',
  'a small village',
  'a remote village',
  'a mountain village',
  'a border village',
  'a town',
  'a small town',
  'a hamlet',
  'a bazaar',
  'a valley',
];

/** What follows a name to say what place it is, as reference texts write it (“Machas is a village in North Waziristan”). */
export const PLACE_COPULAS: readonly string[] = [
  'is a village',
  'is a small village',
  'is a town',
  'is a small town',
  'is a hamlet',
  'is a valley',
  'is a mountain pass',
  'is a bazaar',
  'was a village',
];

/** Words that tie a place to the place the text puts it in (“… near Miranshah”, “… of Khyber district”). */
export const PARENT_WORDS: readonly string[] = ['in', 'of', 'near', 'outside', 'at'];

/**
 * Capitalised words that describe rather than name (“Border villages”,
 * “Tribal areas”, “Remote valleys”): never the name of a place the gazetteer lacks.
 */
export const DESCRIBING_WORDS: readonly string[] = [
  'border',
  'tribal',
  'remote',
  'mountain',
  'mountainous',
  'frontier',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'north',
  'south',
  'east',
  'west',
  'upper',
  'lower',
  'nearby',
  'neighbouring',
  'neighboring',
  'local',
  'several',
  'many',
  'some',
  'other',
  'two',
  'three',
  'four',
  'five',
  'few',
  'all',
  'every',
  'each',
  'most',
  'small',
  'large',
  'big',
  'high',
  'old',
  'new',
  'main',
  'green',
  'river',
  'valley',
  'village',
  'town',
  'city',
  'district',
  'province',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'we',
  'they',
  'he',
  'she',
  'i',
  'there',
  'here',
  'where',
  'which',
  'what',
  'who',
  'afghan',
  'pakistani',
  'american',
  'u.s',
  'us',
  'coalition',
  'taliban',
  'army',
  'police',
  'government',
  'security',
  'militant',
  'insurgent',
];

/**
 * Spellings of one name in the Latin letters news uses (Khan Neshin and
 * Khanashin, Bajaur and Bajour, Spin Boldak and Speen Boldak): equivalences
 * applied, in order, to both the text's name and the gazetteer's before they
 * are compared, with spaces and hyphens set aside, doubled letters made single
 * and a final -t or -h dropped; the two may then differ by one vowel at most.
 * Tried only for a name of at least VARIANT_MIN_LETTERS letters that has a
 * place cue or stands in a dateline.
 */
export const SPELLING_EQUIVALENCES: readonly [string, string][] = [
  ['kh', 'k'],
  ['dh', 'd'],
  ['q', 'k'],
  ['w', 'v'],
  ['oo', 'u'],
  ['ee', 'i'],
  ['aa', 'a'],
];
export const VARIANT_MIN_LETTERS = 5;

/**
 * Words after a gazetteer place's name that name another feature after it
 * ("Swat River", "Chagai Hills", "Malakand Pass"): a place the gazetteer lacks,
 * put at the place it is named after.
 */
export const FEATURE_WORDS: readonly string[] = ['river', 'pass', 'hills', 'range', 'mountains'];
