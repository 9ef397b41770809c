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
  'sub tehsil': 'district',
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
  // Plurals end a list ("Laghman and Kunar provinces"): they join the last name's span.
  districts: 'district',
  provinces: 'province',
  agencies: 'district',
  tehsils: 'district',
  valleys: 'region',
  mountains: 'region',
};

/**
 * Designators only one country's places carry: Pakistan's tehsils and its
 * former tribal agencies. "Shewa Tehsil" in North Waziristan is no place
 * in Afghanistan (Shewah, Kunar).
 */
export const DESIGNATOR_COUNTRY: Readonly<Record<string, string>> = {
  tehsil: 'PK',
  tehsils: 'PK',
  'sub tehsil': 'PK',
  agency: 'PK',
  agencies: 'PK',
  'tribal agency': 'PK',
  'tribal district': 'PK',
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
  // Groups named "of" a country or a region they fight in or for.
  'Islamic Movement of Uzbekistan',
  'Islamic State of Iraq and the Levant',
  'Islamic State of Iraq and Syria',
  'Islamic State of Iraq and al-Sham',
  'Islamic State of Iraq',
  'Islamic Jihad Union',
  'Islamic State Khorasan Province',
  'Islamic State Khorasan',
  // Its short name, as news writes it after a dash ("Islamic State – Khorasan Province"): the group, not a province.
  'Khorasan Province',
  'United Nations',
  'U.S. Agency for International Development',
  'United States Agency for International Development',
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
  'British',
  'English',
  'Hindus',
  'Sikhs',
  'Muslims',
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
  // Forces raised in or sent to a place ("the Kurram Militia", "the Bajaur Levies", "the Malakand Field Force").
  'militia',
  'levies',
  'field',
  'brigade',
  'regiment',
  'constabulary',
  'navy',
  'air',
  'marines',
  // A Provincial Reconstruction Team by its acronym ("the Khowst PRT").
  'prt',
  'sappers',
  'pioneers',
  'infantry',
  'cavalry',
  'lancers',
  'artillery',
  // A railway or a road named after a place it runs to or along ("the Khyber Pass Railway", "the Indus Highway").
  'railway',
  'highway',
  'motorway',
  'road',
  // Companies named after the place they serve ("Northern Areas Transport Corporation").
  'transport',
  'corporation',
  // A legislature, a consulate or an embassy named by its place ("the Balochistan Assembly", "the U.S. Consulate").
  'assembly',
  'consulate',
  'embassy',
  'consul',
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
  // Government offices named by their country or province ("FATA Secretariat", "Pakistan Economic Affairs Division").
  'secretariat',
  'department',
  'ministry',
  'directorate',
  'commission',
  'economic',
  'river',
  'mountains',
  'range',
  'hills',
  'pass',
  // "the Swat Taliban", "the Sarhad Chamber of Commerce", "the Pak-Afghan Joint Chamber".
  'taliban',
  'joint',
  // "the Pakistan Armed Forces".
  'armed',
  // "the Balochistan Liberation Front", "the Baloch Republican Army".
  'liberation',
  'republican',
  'traders',
  // A feature named after a place ("Khyber Bazaar" in Peshawar, "Kajaki Dam") is a place of its own.
  'bazaar',
  'bazar',
  'desert',
  'basin',
  'lake',
  'reservoir',
  'dam',
  'canal',
  'fort',
  'rud',
  'jirga',
  'council',
  'association',
  'federation',
  // Businesses and institutions named after a place ("Swat Serena Hotel", "Landi Kotal Hospital", "Quetta Club").
  'hotel',
  'motel',
  'restaurant',
  'hospital',
  'school',
  'college',
  'club',
  'bank',
  'company',
  'museum',
  'mosque',
  'zoo',
  'stadium',
  'library',
  // "Quetta Bus Stand", "the Peshawar Bus Terminal".
  'bus',
]);

/**
 * Words before a hyphen and a place's name that make it an office's name
 * for that place ("Provincial Reconstruction Team-Kunar"), as an acronym does
 * ("INL-Pakistan"): the place is not counted there.
 */
export const OFFICE_WORDS_BEFORE_HYPHEN: readonly string[] = ['Team', 'Office', 'Mission', 'Command', 'Force'];

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
  'districts of': 'district',
  'provinces of': 'province',
  'towns of': 'town',
  'villages of': 'town',
};

/** Days and months: capitalised, never the name of a place the gazetteer lacks. */
export const CALENDAR_WORDS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

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
  'areas',
  'bazaar',
  'bazar',
  'valley',
  'valleys',
  'pass',
  'passes',
  'kotal',
  'khotal',
  'range',
  'ranges',
  'hills',
  'mountains',
  'river',
  'rivers',
  'tehsil',
  'tehsils',
  'subdivision',
  'airport',
  // The land's features, and Persian "rud" (river) and Pashto "khwar" (stream) after a name.
  'desert',
  'basin',
  'depression',
  'region',
  'plateau',
  'plain',
  'plains',
  'lake',
  'reservoir',
  'dam',
  'canal',
  'glacier',
  'peak',
  'mountain',
  'defile',
  'gorge',
  'forest',
  'fort',
  'stream',
  'rud',
  'khwar',
  'nullah',
  'hamun',
  // Urdu and Pashto words of a town's places: a square or crossroads, a market, a bus stand.
  'chowk',
  'mandi',
  'adda',
  // A camp of the displaced ("the Jalozai camp", "Kacha Garhi camp").
  'camp',
  'sector',
];

/**
 * Pashto words of the land that end a place's name, and are part of it: a
 * stream or ravine (“Shawal Algad”, “Gomal Zam”), a pass (“Tseri Kandao”, so
 * “Tseri Kandao Pass” too), a mountain (“Pran Ghar”), a plateau (raghza), a
 * river flat (kach). (Words that also begin names, as “Toi” and “Qila”, are not here.)
 */
export const NAME_FINAL_WORDS: readonly string[] = [
  'algad',
  'nala',
  'nalla',
  'nallah',
  'zam',
  'kandao',
  'kandaw',
  'narai',
  'ghar',
  'raghza',
  'kach',
];

/** Plural place words after a list of names (“the Mamand and Bandar valleys”): each name of the list is a place. */
export const PLACE_WORDS_PLURAL: readonly string[] = [
  'villages',
  'valleys',
  'passes',
  'rivers',
  'hills',
  'mountains',
  'ranges',
  'tehsils',
  // "the Balaras and Khadezai areas".
  'areas',
];

/**
 * Plural words after a list that make each name of it a feature of that kind
 * (“the Malakand and Lowari passes”, “the Alingar, Pech and Kunar rivers”):
 * the gazetteer's feature of that name if it has one (Kunar River), else a
 * place of the text's own named after the place (Malakand Pass, at Malakand).
 */
export const FEATURE_PLURALS: Readonly<Record<string, string>> = { rivers: 'River', passes: 'Pass', kotals: 'Kotal' };

/**
 * Words that name a place's relief alike (“Sulaiman Ranges” for the
 * gazetteer's Sulaiman Mountains): a name with one of them is the gazetteer's
 * place of that name with another of them.
 */
export const RELIEF_WORDS: readonly string[] = ['range', 'ranges', 'mountains', 'mountain', 'hills', 'hill'];

/** Words for a pass, one for another in a pass's name ("Peiwar Khotal" is the gazetteer's Peiwar Kotal). */
export const PASS_WORDS: readonly string[] = ['pass', 'kotal', 'khotal', 'kandao'];

/**
 * Words before a name that say it is a place on the ground (“via Ayun”,
 * “near Isa Khel”): a capitalised name after them the gazetteer lacks is one. Matched in any case.
 */
export const PLACE_WORDS_ROUTE: readonly string[] = ['via', 'nearby', 'near', 'outside', 'towards', 'toward'];

/**
 * Words that join two places on a route or a line (“from Chitral to Mastuj”,
 * “between Dargai and Batkhela”): where one side is a gazetteer place (not a
 * country or a capital, which stand for governments), the other is a place too.
 */
export const PLACE_PAIRS: readonly [string, string][] = [
  ['from', 'to'],
  ['between', 'and'],
];

/**
 * Words before a name and a comma that, with a gazetteer place after the comma,
 * say where a place lies (“in Usterzai, near the town of Kohat”, “at Machas, North Waziristan”).
 */
export const PLACE_WORDS_LOCATIVE: readonly string[] = ['in', 'at', 'from', 'near', 'outside', 'into'];

/**
 * What follows a name to say where the place lies, as reference texts write it
 * (“Ayun lies on the river”, “Khanashin is adjacent to the border”).
 */
export const PLACE_PREDICATES: readonly string[] = [
  'is located',
  'was located',
  'is situated',
  'lies in',
  'lies on',
  'lies at',
  'lies near',
  'lies along',
  'lies between',
  'lies about',
  'lies some',
  'is adjacent to',
  'is bordered by',
  'is surrounded by',
];

/**
 * Words after a name that make it a people, not a place (“the Jaji tribe”,
 * “the Zadran and Mangal tribes”, “Mohmand tribesmen”): the name is not counted
 * as the place of that name. Matched in any case.
 */
export const PEOPLE_WORDS_AFTER: readonly string[] = [
  'tribe',
  'tribes',
  'tribesman',
  'tribesmen',
  'sub-tribe',
  'clan',
  'clans',
];

/**
 * Plural place words and what follows them to introduce a list of places by
 * name (“villages such as A, B and C”, “its tehsils are A and B”, “the valleys: A, B”).
 */
export const PLACE_LIST_NOUNS: readonly string[] = [
  'villages',
  'zones',
  'areas',
  'subdivisions',
  'divisions',
  'subdistricts',
  'towns',
  'valleys',
  'tehsils',
  'districts',
  'bazaars',
  'hamlets',
  'settlements',
  'localities',
  'passes',
  'regions',
  'places',
  'destinations',
  'spots',
  // A city's or a village's parts ("following 14 Wards:", "different mohalas, like A, B").
  'wards',
  'mohalas',
  'mohallas',
  'neighbourhoods',
  'neighborhoods',
];
export const PLACE_LIST_OPENERS: readonly string[] = [
  'such as',
  'including',
  'include',
  'includes',
  'are',
  'like',
  'namely',
  'of',
  // "villages named A, B and C".
  'named',
  'called',
];

/**
 * What introduces another name of the place just named (“Nuristān, also
 * spelled Nurestān or Nooristan”, “Zhob (Fort Sandeman)”, “formerly known as
 * Kafiristan”): each name after it is that place, as the text spells it.
 */
export const ALIAS_INTRODUCERS: readonly string[] = [
  'also spelled',
  'also spelt',
  'also written',
  'also known as',
  'also called',
  'formerly known as',
  'formerly called',
  // "Zhob or Zhobak": after a place, "or" and a name the gazetteer lacks.
  'or',
];

/**
 * Words whose dot ends no sentence ("Jan. 12 in Nari District", "Lt. Col.
 * Smith"): months and ranks as news abbreviates them. Single letters ("U.S.")
 * are abbreviations too.
 */
export const ABBREVIATIONS: readonly string[] = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'Gen',
  'Lt',
  'Col',
  'Maj',
  'Capt',
  'Sgt',
  'Spc',
  'Pvt',
  'Cpl',
  'Adm',
  'Brig',
  'Cmdr',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'St',
  'No',
  'Nos',
  'vs',
  'approx',
];

/**
 * Capitalised words before "of" and a place that make it an event's or an
 * institution's name, not a mention of the place ("the Battle of Wanna", "the
 * Treaty of Rawalpindi", "the Embassy of Tajikistan").
 */
export const EVENT_WORDS_BEFORE: readonly string[] = [
  'Battle',
  'Battles',
  'Siege',
  'Treaty',
  'Accord',
  'Fall',
  // Institutions "of" a country or city ("the Embassy of Tajikistan", "the University of Peshawar").
  'Embassy',
  'Consulate',
  'University',
  'Bank',
  // Monuments "of" a city ("the Citadel of Ghazni", "the Museum of Peshawar").
  'Citadel',
  'Museum',
  'Mausoleum',
  'Tomb',
  'Palace',
  'Shrine',
];

/**
 * Words in brackets after a place that say which part of it is meant, never
 * another name of it: "Timergara (Urban)", "Quetta (Cantonment)".
 */
export const BRACKET_DESCRIPTORS: readonly string[] = [
  'Urban',
  'Rural',
  'Cantonment',
  'Cantt',
  'City',
  'Town',
  'Proper',
  'Old',
  'New',
  'Central',
  'Upper',
  'Lower',
  'North',
  'South',
  'East',
  'West',
];

/**
 * Labels of a place's name in other languages, as reference texts bracket them
 * ("Jamrūd (Pashto/Urdu: جمرود)"): never a name of the place; a Latin name
 * after the label's script is ("Lwargai (Pashto: لواړګی Lwāṛgai)").
 */
export const LANGUAGE_LABELS: readonly string[] = [
  'Pashto',
  'Pukhto',
  'Pakhto',
  'Pushto',
  'Pashtu',
  'Pakhtu',
  'Pukhtu',
  'Urdu',
  'Dari',
  'Persian',
  'Farsi',
  'Arabic',
  'Balochi',
  'Baluchi',
  'Brahui',
  'Sindhi',
  'Punjabi',
  'Hindko',
  'Shina',
  'Khowar',
  'Kalasha',
  'Wakhi',
  'Burushaski',
  'Uzbek',
  'Turkmen',
  'Tajik',
  'Hindi',
  'Sanskrit',
  'Greek',
  'romanized',
  'romanised',
  'Romanized',
];

/** News agencies, written in brackets after a dateline (“PESHAWAR (Reuters)”): never another name of the place. */
export const NEWS_AGENCIES: readonly string[] = [
  'Reuters',
  'AFP',
  'AP',
  'Xinhua',
  'IANS',
  'APP',
  'PTI',
  'Pajhwok',
  'VOA',
  'Dawn',
];

/**
 * Words before a list that make its names peoples, not places (“the tribes of
 * Zhob include the Mandokhail, Sherani and Kakar”).
 */
export const PEOPLE_LIST_NOUNS: readonly string[] = ['tribes', 'clans'];

/** Words that begin the name of a part of a place (“North Waziristan”, “Upper Dir”): the bare name is the whole. */
export const PART_WORDS: readonly string[] = ['North', 'South', 'Upper', 'Lower'];

/**
 * Endings that make a word a place's name in the region's languages (Persian
 * -abad “settled place”, Hindi and Urdu -pur, -kot and -garh “town, fort”,
 * Pashto -kalay and -kili “village”, Persian -dara “valley”, -shahr “city”):
 * a capitalised word with three letters or more before one of them is a place.
 */
export const TOPONYM_ENDINGS: readonly string[] = [
  'abad',
  'pur',
  'kot',
  'garh',
  'garhi',
  'kalay',
  'kalai',
  'kelay',
  'kili',
  'killi',
  'dara',
  'darra',
  'darah',
  'shahr',
];

/**
 * Words that begin a place's name: English (“Lake Hamun”, “Mount Tirich”,
 * “Fort Salop”; not “Camp Bastion”, a base, which the guidelines count as no
 * place) and
 * Persian, with the izafat (“Dasht-i-Margo” desert, “Koh-i-Baba” mountain,
 * “Hamun-i-Puzak” lake, “Band-e-Sultan” dam, “Qala-i-Kang” fort, “Pul-e-Alam”
 * bridge, “Kotal-e-Salang” pass, “Chah-i-Ab” well, “Darya-ye Panj” river, “Tangi-e-…” gorge).
 */
export const PLACE_PREFIX_WORDS: readonly string[] = ['Lake', 'Mount', 'Fort'];
export const IZAFAT_PLACE_WORDS: readonly string[] = [
  'Dasht',
  'Koh',
  'Hamun',
  'Band',
  'Qala',
  'Qila',
  'Qalat',
  'Pul',
  'Kotal',
  'Chah',
  'Darya',
  'Tangi',
  'Shahr',
  'Deh',
  'Rud',
  'Gaud',
  'Gowd',
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
/** Units a district's part names alone, as Orakzai's "Upper Tehsil" and "Central Tehsil": a place of the text's own. */
export const PART_NAMED_UNITS: readonly string[] = ['tehsil', 'subdivision', 'district', 'agency'];

export const UNIT_WORDS_AFTER: readonly string[] = [
  'district',
  'province',
  'agency',
  'city',
  'town',
  // The last of a list ("the Surri and Shinkay Districts").
  'districts',
  'provinces',
  'agencies',
];

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
  'valleys of',
  'plain of',
  'plains of',
  'tehsil of',
  'tehsils of',
  'subtehsil of',
  'sub-tehsil of',
  'subdivision of',
  'township of',
  'suburb of',
  'settlement of',
  'city of',
  'cities of',
  'fort of',
  'peak of',
  'peaks of',
  // "a place called Ganj", "two cities called Ora and Bazira", "a narrow pass called the Taghrai Tangi".
  'place called',
  'places called',
  'village called',
  'villages called',
  'town called',
  'towns called',
  'city called',
  'cities called',
  'area called',
  'pass called',
  'valley called',
  'plain called',
  'plateau called',
  'peak called',
  'fort called',
  'post called',
  'stream called',
  'place named',
  'village named',
  'town named',
  'city named',
  // Ground held or fought over ("took control of Makeen", "control over Sararogha", "the outskirts of Wana").
  'control of',
  'control over',
  'outskirts of',
  // Where a place is, by another ("the hills north of Razmak", "the borders of Miranzai", "the road to Sappari").
  'north of',
  'south of',
  'east of',
  'west of',
  'northeast of',
  'northwest of',
  'southeast of',
  'southwest of',
  'north-east of',
  'north-west of',
  'south-east of',
  'south-west of',
  'borders of',
  // Where a place stood ("the site of Mashanagar", "the ruins of Bazira").
  'site of',
  'ruins of',
  // A distance from a place ("24 miles from Bajaor", "a couple of kilometres off Thall").
  'miles from',
  'miles off',
  'km from',
  'km off',
  'kilometres from',
  'kilometres off',
  'kilometers from',
  'kilometers off',
  'road to',
  // Where people are from.
  'resident of',
  'residents of',
  'native of',
  'natives of',
  'people of',
  'inhabitants of',
  'hailing from',
  'hails from',
];

/**
 * Words before a unit's name that say which part of it is meant ("Northern
 * Deh Chopan District"): not part of the name.
 */
export const PART_OF_UNIT_WORDS: readonly string[] = ['Northern', 'Southern', 'Eastern', 'Western', 'Central'];

/**
 * Words that make a run of capitalised names an organisation's, wherever they
 * stand in it: "Bakhtar News Agency" is a news agency, not a place of the
 * text's own named with "Agency"; and a place word before one of them names
 * an institution ("the Tornaou Village School").
 */
export const ORGANISATION_WORDS: readonly string[] = [
  'News',
  'Press',
  'Times',
  'Party',
  'League',
  'Bank',
  'Company',
  'University',
  'Institute',
  'Foundation',
  'Television',
  'Radio',
  'Police',
  'Army',
  'Council',
  'Association',
  'Federation',
  'Ministry',
  'Department',
  'Commission',
  'Committee',
  'Directorate',
  'Secretariat',
  'Intelligence',
  'Development',
  // Government services named by their country ("the U.S. Forest Service", "the US Geological Survey").
  'Service',
  'Survey',
  // A military post named after the valley it holds ("the Korangal Outpost").
  'Outpost',
  // Institutions ("the Tornaou Village School").
  'School',
  'College',
  'Hospital',
  'Clinic',
  'Hotel',
  // Buildings and grounds named after their town ("the Peshawar Museum", "Peshawar Golf Club", "Quetta Railway Station").
  'Museum',
  'Mosque',
  'Club',
  'Zoo',
  'Stadium',
  'Library',
  'Station',
  'Terminal',
  // A base or an office named after its place ("Khair Kot Garrison", "the Kushamond District Center").
  'Garrison',
  'Center',
  'Centre',
  // Monuments and structures named after their place ("the Ghazni Minarets", "the Attock Bridge").
  'Minaret',
  'Minarets',
  'Tomb',
  'Mausoleum',
  'Shrine',
  'Palace',
  'Bridge',
  // Newspapers, trains and teams named after their place ("Pakistan Today", "the Express Tribune", "the Khyber Mail",
  // "Peshawar Zalmi", "Quetta Gladiators").
  'Today',
  'Observer',
  'Tribune',
  'Herald',
  'Gazette',
  'Chronicle',
  'Express',
  'Mail',
  'Zalmi',
  'Gladiators',
  'Qalandars',
];

/**
 * Capitalised words before a unit's name and its designator that leave it the
 * unit, besides PART_OF_UNIT_WORDS and PART_WORDS: the other compass points and
 * peoples ("Afghan Helmand province").
 */
export const NOT_BEFORE_UNIT_NAME: readonly string[] = [
  'East',
  'West',
  'Afghan',
  'Pakistani',
  'Iranian',
  'Chinese',
  'Indian',
];

/**
 * Nouns after a place's name, in any case, that make it a group's: "the Kunar team", and a
 * country's army as news writes it in small letters ("the Pakistan army's offensive"), which is
 * the Pakistan Army.
 */
export const GROUP_WORDS_AFTER: readonly string[] = ['team', 'teams', 'army'];

/**
 * Nouns after the name of a place smaller than a country, in any case, that make it a force's
 * raised in or named for the place, as the old frontier's books write them ("the Kashmir troops",
 * "the South Waziristan militia", "the Kurram levies"). A country's troops are its own
 * ("US troops", "Pakistani troops"): the country is named there.
 */
export const FORCE_WORDS_AFTER: readonly string[] = ['troops', 'militia', 'levies', 'contingent'];

/**
 * The Pashto word for a clan, in its spellings, after a name: "the Kabul Khel Wazirs" are a clan,
 * not Kabul. A village named for a clan is named by both words ("Ali Khel"), which the gazetteer
 * holds whole or the text cues as a place of its own.
 */
export const CLAN_WORDS_AFTER: readonly string[] = ['khel', 'kheyl', 'khail', 'kheil', 'khayl'];

/**
 * Nouns after a place's name, in any case, that make it an event's name, as
 * "the Battle of Wanna" is: "the 2008 Ziarat earthquakes", "the Chenagai airstrike".
 */
export const EVENT_WORDS_AFTER: readonly string[] = [
  'earthquake',
  'earthquakes',
  'airstrike',
  'airstrikes',
  'bombing',
  'bombings',
  'massacre',
  'uprising',
  // "the Tirah expedition", "the Waziristan Expedition of 1894", "the Swat campaign".
  'expedition',
  'expeditions',
  'campaign',
  'campaigns',
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
  'an area',
  'a city',
  'a small city',
  'a border town',
  'a market town',
  'a mountain town',
  // "Kotkai, the hometown of Hakimullah Mehsud", "Makeen, a Taliban stronghold".
  'the hometown',
  'the home town',
  'the birthplace',
  'a stronghold',
  'a taliban stronghold',
  'a militant stronghold',
  'the main town',
  'the district headquarters',
  'located in',
  'located on',
  'located near',
  'situated in',
  'situated on',
  'situated near',
  'sited in',
  'nestled in',
];

/** What follows a list of names and a comma to say they are places (“Barawal and Usherai, villages of the Panjkora valley”). */
export const PLACE_APPOSITIONS_PLURAL: readonly string[] = [
  'villages',
  'two villages',
  'three villages',
  'both villages',
  'towns',
  'two towns',
  'hamlets',
  'valleys',
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
  'is a city',
  'is a border town',
  'is the capital',
  'is the main town',
  'is the district headquarters',
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
  // "a Political Agency", "Highway 1".
  'political',
  'administrative',
  'highway',
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
 * Khanashin, Bajaur and Bajour, Spin Boldak and Speen Boldak, Chaghi and Chagai): equivalences
 * applied, in order, to each word of both the text's name and the gazetteer's before they
 * are compared, with the words' WORD_ENDINGS made one, NAME_JOINERS, spaces and hyphens set aside,
 * and doubled letters made single; the two may then differ by one vowel at most.
 * Tried only for a name of at least VARIANT_MIN_LETTERS letters that has a
 * place cue or stands in a dateline.
 */
export const SPELLING_EQUIVALENCES: readonly [string, string][] = [
  ['kh', 'k'],
  ['gh', 'g'],
  ['dh', 'd'],
  ['zh', 'j'],
  ['q', 'k'],
  ['w', 'v'],
  ['oo', 'u'],
  ['ee', 'i'],
  ['aa', 'a'],
  // "Maiwand" and "Maywand": y between vowels and consonants, as a vowel.
  ['y', 'i'],
];
export const VARIANT_MIN_LETTERS = 5;

/**
 * Words of names written several ways, compared as one wherever a name is
 * matched: the Pashto "khel" (clan, and the village named for it) as Kheyl,
 * Khail, Kheil or Khayl ("Ali-Kheyl" is Ali Khel).
 */
export const NAME_WORD_FORMS: Readonly<Record<string, string>> = {
  kheyl: 'khel',
  khail: 'khel',
  kheil: 'khel',
  khayl: 'khel',
};
/**
 * A word's endings written more ways than one: Pashto's -ay as -ai, -ey or -i
 * ("Sirkanay", "Sirkani"), a final -h or -t ("Chapah Darah" and "Chapa Dara",
 * "Qalat" and "Kala"). Applied after the equivalences, first match only.
 */
export const WORD_ENDINGS: readonly [RegExp, string][] = [
  [/(?:ay|ai|ey|ei)$/, 'i'],
  [/[ht]$/, ''],
];
/**
 * Words that join a name's parts, set aside when spellings are compared: the
 * Persian izafat ("Dara-i-Pech", "Darah-ye Pech") and "and" ("Dand Aw Patan",
 * "Dand wa Patan"). Never a name's first or last word.
 */
export const NAME_JOINERS: readonly string[] = ['i', 'e', 'ye', 'yi', 'wa', 'aw', 'va', 'o'];

/**
 * Words after a gazetteer place's name that name another feature after it
 * ("Swat River", "Chagai Hills", "Malakand Pass"): a place the gazetteer lacks,
 * put at the place it is named after.
 */
export const FEATURE_WORDS: readonly string[] = [
  'river',
  'pass',
  'hills',
  'range',
  'ranges',
  'mountains',
  'bazaar',
  'bazar',
  'desert',
  'basin',
  'depression',
  'lake',
  'reservoir',
  'dam',
  'canal',
  'fort',
  'rud',
  'airport',
];

/**
 * Of FEATURE_WORDS, those whose feature stands in a town ("Quetta airport", "Kohat Fort"): named
 * after a name the gazetteer gives a district and a town, it is put at the town.
 */
export const TOWN_FEATURE_WORDS: readonly string[] = ['airport', 'bazaar', 'bazar', 'fort'];

/**
 * Words before a name that say someone went, stayed or came there ("marched to
 * Ghizr", "At Teru I found", "between Laspur and Mastuj"): a name the article
 * puts after them again and again, and never after a person's title, is a
 * place the gazetteer lacks.
 */
export const GOING_WORDS: readonly string[] = [
  'at',
  'in',
  'to',
  'from',
  'near',
  'towards',
  'toward',
  'beyond',
  'into',
  'through',
  'via',
  'reached',
  'reaching',
  'leaving',
];

/**
 * How many times an article must put a name after GOING_WORDS for it to count as a place: once
 * ("bivouacked at Lundkwar", "Beyond Cheshi the road leads up"), but twice where every time the
 * word is one of GOING_WORDS_TWICE.
 */
export const GOING_MIN = 1;
/**
 * Going words that also give and say to persons ("a medal to Esmatullah", "said to Reuters"): a
 * name only after them counts when the article puts it there twice.
 */
export const GOING_WORDS_TWICE: readonly string[] = ['to'];

/** Capitalised words that follow GOING_WORDS and are no place: faiths, feasts, bodies, languages, the web. */
export const NOT_GONE_TO: readonly string[] = [
  'Islam',
  'Ramadan',
  'Eid',
  'Muharram',
  'God',
  'Allah',
  'Heaven',
  'Paradise',
  'Christmas',
  'Parliament',
  'Congress',
  'Senate',
  'Court',
  'Assembly',
  'Cabinet',
  'Council',
  'Government',
  'English',
  'French',
  'Latin',
  'Pashtu',
  'Sanscrit',
  // Fighters named as a body ("due to Mujahideen control").
  'Mujahideen',
  'Mujahidin',
  'Twitter',
  'Facebook',
  'Telegram',
  'YouTube',
  'Reuters',
  'Camp',
  'Headquarters',
  // Abbreviations before a figure ("at Lat. 35.45").
  'Lat',
  'Long',
];

/** Titles before a name that make it a person's ("Colonel Kelly", "Malik Sultan"). */
export const PERSON_TITLES: readonly string[] = [
  'Mr',
  // "the late Kashmir Khan".
  'late',
  'Mrs',
  'Ms',
  'Dr',
  'Sir',
  'Lord',
  'Lady',
  'Colonel',
  'Col',
  'General',
  'Gen',
  'Captain',
  'Capt',
  'Major',
  'Maj',
  'Lieutenant',
  'Lt',
  'Sergeant',
  'Sgt',
  'Corporal',
  'Private',
  'Commander',
  'Admiral',
  'President',
  'Minister',
  'Governor',
  'Mullah',
  'Maulana',
  'Malik',
  'Sardar',
  'Haji',
  'Sheikh',
  'Prince',
  'King',
  'Queen',
  'Emir',
  'Amir',
  'Mehtar',
  'Nawab',
  'Khan',
  'Emperor',
  'Sultan',
  // Titles as histories write them before a ruler's name, in small letters ("under the emperor Jahangir").
  'emperor',
  'king',
  'sultan',
];

/** Words after a name that make it a person's ("Gough said", "Nasim says"). */
export const PERSON_VERBS_AFTER: readonly string[] = [
  'said',
  'says',
  'told',
  'added',
  'asked',
  'wrote',
  'who',
  'whose',
];

/**
 * The states of the United States, with the abbreviation US news gives them
 * after a town ("Winchester, Va.", the AP's; none for the eight it writes in
 * full). Military news from Afghanistan names soldiers' home towns so. Georgia
 * and Washington are left out: the gazetteer's country and capital have the names.
 */
export const US_STATES: readonly (readonly [name: string, abbreviation: string])[] = [
  ['Alabama', 'Ala.'],
  ['Alaska', ''],
  ['Arizona', 'Ariz.'],
  ['Arkansas', 'Ark.'],
  ['California', 'Calif.'],
  ['Colorado', 'Colo.'],
  ['Connecticut', 'Conn.'],
  ['Delaware', 'Del.'],
  ['Florida', 'Fla.'],
  ['Hawaii', ''],
  ['Idaho', ''],
  ['Illinois', 'Ill.'],
  ['Indiana', 'Ind.'],
  ['Iowa', ''],
  ['Kansas', 'Kan.'],
  ['Kentucky', 'Ky.'],
  ['Louisiana', 'La.'],
  ['Maine', ''],
  ['Maryland', 'Md.'],
  ['Massachusetts', 'Mass.'],
  ['Michigan', 'Mich.'],
  ['Minnesota', 'Minn.'],
  ['Mississippi', 'Miss.'],
  ['Missouri', 'Mo.'],
  ['Montana', 'Mont.'],
  ['Nebraska', 'Neb.'],
  ['Nevada', 'Nev.'],
  ['New Hampshire', 'N.H.'],
  ['New Jersey', 'N.J.'],
  ['New Mexico', 'N.M.'],
  ['New York', 'N.Y.'],
  ['North Carolina', 'N.C.'],
  ['North Dakota', 'N.D.'],
  ['Ohio', ''],
  ['Oklahoma', 'Okla.'],
  ['Oregon', 'Ore.'],
  ['Pennsylvania', 'Pa.'],
  ['Rhode Island', 'R.I.'],
  ['South Carolina', 'S.C.'],
  ['South Dakota', 'S.D.'],
  ['Tennessee', 'Tenn.'],
  ['Texas', ''],
  ['Utah', ''],
  ['Vermont', 'Vt.'],
  ['Virginia', 'Va.'],
  ['West Virginia', 'W.Va.'],
  ['Wisconsin', 'Wis.'],
  ['Wyoming', 'Wyo.'],
];
