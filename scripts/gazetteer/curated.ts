// The curated border layer: places the packaged gazetteers lack or get wrong.
// Data, not logic: build.ts merges it over GeoNames, and it wins.
//
// Positions marked `approx` are given to about ±5 km from the descriptions in
// openly licensed sources (Wikipedia, Citizendium, US government releases);
// crossings are then placed on the shipped Durand Line at the nearest point,
// and the panel says the position is approximate.

export interface CuratedPlace {
  id: string;
  name: string;
  kind: 'crossing' | 'town' | 'district' | 'region';
  country: 'AF' | 'PK';
  /** Seed id of the province (or district) it lies in. */
  parent: string;
  /** [lon, lat] */
  at: [number, number];
  aliases?: string[];
  approx?: boolean;
  /** Where the position comes from. */
  source: string;
  /** Put onto the Durand Line (crossings). */
  onLine?: boolean;
  /** What the point stands for, for districts. */
  point?: 'hq' | 'centre';
  /** Lowercase aliases that count as mentions on purpose. */
  lowercase?: string[];
}

export const CURATED: CuratedPlace[] = [
  // --- Formal crossings on the Durand Line (Torkham and the Friendship Gate are seed places).
  { id: 'ghulam-khan', name: 'Ghulam Khan', kind: 'crossing', country: 'PK', parent: 'north-waziristan', at: [70.06, 33.2], aliases: ['Ghulam Khan crossing', 'Ghulam Khan border'], approx: true, onLine: true, source: 'wikipedia' },
  { id: 'angoor-adda', name: 'Angoor Adda', kind: 'crossing', country: 'PK', parent: 'south-waziristan', at: [69.45, 32.43], aliases: ['Angur Ada', 'Angur Adda', 'Angoor Ada', 'Bab-i-Waziristan'], approx: true, onLine: true, source: 'wikipedia' },
  { id: 'kharlachi', name: 'Kharlachi', kind: 'crossing', country: 'PK', parent: 'kurram', at: [69.96, 33.83], aliases: ['Kharlachi crossing'], approx: true, onLine: true, source: 'wikipedia' },
  { id: 'arandu', name: 'Arandu', kind: 'crossing', country: 'PK', parent: 'chitral', at: [71.53, 35.3], aliases: ['Arandu crossing'], approx: true, onLine: true, source: 'wikipedia' },
  { id: 'nawa-pass', name: 'Nawa Pass', kind: 'crossing', country: 'PK', parent: 'bajaur', at: [71.27, 34.73], aliases: ['Nawa pass'], approx: true, onLine: true, source: 'us-dod' },
  { id: 'ghakhi-pass', name: 'Ghakhi Pass', kind: 'crossing', country: 'PK', parent: 'bajaur', at: [71.35, 34.8], aliases: ['Ghakhi'], approx: true, onLine: true, source: 'wikipedia' },
  { id: 'gursal', name: 'Gursal', kind: 'crossing', country: 'PK', parent: 'bajaur', at: [71.42, 34.85], approx: true, onLine: true, source: 'wikipedia' },
  { id: 'badini', name: 'Badini', kind: 'crossing', country: 'PK', parent: 'balochistan', at: [68.65, 31.03], aliases: ['Badini crossing'], approx: true, onLine: true, source: 'wikipedia' },
  { id: 'khyber-pass', name: 'Khyber Pass', kind: 'region', country: 'PK', parent: 'khyber', at: [71.17, 34.08], aliases: ['Khyber pass'], source: 'wikipedia' },
  // --- Towns the packages lack or name otherwise.
  { id: 'miranshah', name: 'Miranshah', kind: 'town', country: 'PK', parent: 'north-waziristan', at: [70.07117, 33.00059], aliases: ['Miran Shah', 'Miramshah'], source: 'geonames' },
  { id: 'wesh', name: 'Wesh', kind: 'town', country: 'AF', parent: 'kandahar', at: [66.43, 30.97], aliases: ['Weesh'], approx: true, source: 'wikipedia' },
  { id: 'drosh', name: 'Drosh', kind: 'town', country: 'PK', parent: 'chitral', at: [71.79, 35.56], approx: true, source: 'wikipedia' },
  { id: 'dir', name: 'Dir', kind: 'town', country: 'PK', parent: 'upper-dir', at: [71.88, 35.21], aliases: ['Dir town'], approx: true, source: 'wikipedia' },
  { id: 'timergara', name: 'Timergara', kind: 'town', country: 'PK', parent: 'lower-dir', at: [71.84, 34.83], aliases: ['Timargara'], approx: true, source: 'wikipedia' },
  // --- The region's main physical features, as points (their courses and extents are not shipped).
  { id: 'hindu-kush', name: 'Hindu Kush', kind: 'region', country: 'AF', parent: 'afghanistan', at: [70.5, 35.5], aliases: ['Hindu Kush Mountains', 'Hindu Kush Mountain range', 'Hindu Kush range'], approx: true, source: 'wikipedia' },
  { id: 'safed-koh', name: 'Safed Koh', kind: 'region', country: 'AF', parent: 'nangarhar', at: [70.3, 34.0], aliases: ['Spin Ghar', 'Safed Koh mountain range', 'Spin Ghar mountains', 'Safed Koh range'], approx: true, source: 'wikipedia' },
  { id: 'sulaiman-mountains', name: 'Sulaiman Mountains', kind: 'region', country: 'PK', parent: 'balochistan', at: [69.8, 31.2], aliases: ['Sulaiman Range', 'Suleiman Mountains'], approx: true, source: 'wikipedia' },
  { id: 'tora-bora', name: 'Tora Bora', kind: 'region', country: 'AF', parent: 'nangarhar', at: [70.22, 34.12], approx: true, source: 'wikipedia' },
  { id: 'tirah-valley', name: 'Tirah', kind: 'region', country: 'PK', parent: 'khyber', at: [70.95, 33.85], aliases: ['Tirah Valley', 'Tirah valley'], approx: true, source: 'wikipedia' },
  { id: 'shawal', name: 'Shawal', kind: 'region', country: 'PK', parent: 'north-waziristan', at: [69.85, 32.8], aliases: ['Shawal valley', 'Shawal Valley'], approx: true, source: 'wikipedia' },
  { id: 'wakhan-corridor', name: 'Wakhan Corridor', kind: 'region', country: 'AF', parent: 'badakhshan', at: [72.8, 37.0], aliases: ['Wakhan'], approx: true, source: 'wikipedia' },
  { id: 'indus-river', name: 'Indus River', kind: 'region', country: 'PK', parent: 'pakistan', at: [71.6, 32.9], aliases: ['Indus', 'River Indus', 'Indus river'], approx: true, source: 'wikipedia' },
  { id: 'kabul-river', name: 'Kabul River', kind: 'region', country: 'AF', parent: 'nangarhar', at: [71.0, 34.2], aliases: ['Kabul river', 'River Kabul'], approx: true, source: 'wikipedia' },
  { id: 'kunar-river', name: 'Kunar River', kind: 'region', country: 'AF', parent: 'kunar', at: [71.2, 35.0], aliases: ['Kunar river', 'Chitral River'], approx: true, source: 'wikipedia' },
  { id: 'kurram-river', name: 'Kurram River', kind: 'region', country: 'PK', parent: 'kurram', at: [70.5, 33.2], aliases: ['Kurram river'], approx: true, source: 'wikipedia' },
  { id: 'gomal-river', name: 'Gomal River', kind: 'region', country: 'PK', parent: 'south-waziristan', at: [69.9, 31.95], aliases: ['Gomal', 'Gomal river'], approx: true, source: 'wikipedia' },
  { id: 'tochi-river', name: 'Tochi River', kind: 'region', country: 'PK', parent: 'north-waziristan', at: [70.3, 32.95], aliases: ['Tochi', 'Tochi river', 'Tochi valley'], approx: true, source: 'wikipedia' },
  { id: 'swat-river', name: 'Swat River', kind: 'region', country: 'PK', parent: 'swat', at: [72.1, 34.6], aliases: ['Swat river'], approx: true, source: 'wikipedia' },
  { id: 'lowari-pass', name: 'Lowari Pass', kind: 'region', country: 'PK', parent: 'chitral', at: [71.8, 35.35], aliases: ['Lowari', 'Lowari Top', 'Lowari Tunnel'], approx: true, source: 'wikipedia' },
  { id: 'khojak-pass', name: 'Khojak Pass', kind: 'region', country: 'PK', parent: 'balochistan', at: [66.6, 30.85], aliases: ['Khojak'], approx: true, source: 'wikipedia' },
  { id: 'bolan-pass', name: 'Bolan Pass', kind: 'region', country: 'PK', parent: 'balochistan', at: [67.6, 29.7], approx: true, source: 'wikipedia' },
  { id: 'peiwar-pass', name: 'Peiwar Pass', kind: 'region', country: 'AF', parent: 'paktia', at: [69.95, 33.9], aliases: ['Peiwar Kotal'], approx: true, source: 'wikipedia' },
  // --- Districts created or renamed after the packages' data.
  { id: 'lower-south-waziristan', name: 'Lower South Waziristan', kind: 'district', country: 'PK', parent: 'khyber-pakhtunkhwa', at: [69.5725, 32.29889], point: 'hq', source: 'geonames' },
  { id: 'upper-south-waziristan', name: 'Upper South Waziristan', kind: 'district', country: 'PK', parent: 'khyber-pakhtunkhwa', at: [69.85, 32.56], point: 'centre', approx: true, source: 'wikipedia' },
];

/** GeoNames admin-1 codes → the seed's province ids. */
export const ADMIN1: Record<string, string> = {
  'AF.01': 'badakhshan', 'AF.02': 'badghis', 'AF.03': 'baghlan', 'AF.30': 'balkh', 'AF.05': 'bamyan',
  'AF.41': 'daykundi', 'AF.06': 'farah', 'AF.07': 'faryab', 'AF.08': 'ghazni', 'AF.09': 'ghor',
  'AF.10': 'helmand', 'AF.11': 'herat', 'AF.31': 'jowzjan', 'AF.13': 'kabul-province', 'AF.23': 'kandahar',
  'AF.14': 'kapisa', 'AF.37': 'khost', 'AF.34': 'kunar', 'AF.24': 'kunduz', 'AF.35': 'laghman',
  'AF.17': 'logar', 'AF.18': 'nangarhar', 'AF.19': 'nimruz', 'AF.38': 'nuristan', 'AF.36': 'paktia',
  'AF.29': 'paktika', 'AF.42': 'panjshir', 'AF.40': 'parwan', 'AF.32': 'samangan', 'AF.33': 'sar-e-pol',
  'AF.26': 'takhar', 'AF.39': 'uruzgan', 'AF.27': 'wardak', 'AF.28': 'zabul',
  'PK.02': 'balochistan', 'PK.03': 'khyber-pakhtunkhwa', 'PK.04': 'punjab', 'PK.05': 'sindh',
  'PK.06': 'azad-kashmir', 'PK.07': 'gilgit-baltistan', 'PK.08': 'islamabad-capital-territory',
};

/** GeoNames admin-2 codes whose district is a seed place, or needs a readable id. */
export const ADMIN2_IDS: Record<string, string> = {
  'PK.03.1183781': 'bajaur',
  'PK.03.1168875': 'north-waziristan',
  'PK.03.1181064': 'chitral',
  'PK.03.1164536': 'south-waziristan',
  'PK.03.1173641': 'khyber',
  'PK.03.1170122': 'mohmand',
  'PK.03.1168705': 'orakzai',
  'PK.03.1172574': 'kurram',
  'PK.03.1179754': 'upper-dir',
  'PK.03.7419056': 'lower-dir',
  'PK.03.1171388': 'malakand',
  'PK.03.1164211': 'swat',
};

/**
 * Pakistan's divisions along the border (between province and district), each
 * at the town that is its headquarters and gives it its name.
 */
export const DIVISIONS: { province: string; names: string[] }[] = [
  { province: 'khyber-pakhtunkhwa', names: ['Peshawar', 'Kohat', 'Bannu', 'Dera Ismail Khan', 'Malakand', 'Mardan', 'Hazara'] },
  { province: 'balochistan', names: ['Quetta', 'Zhob', 'Kalat', 'Makran', 'Sibi', 'Loralai', 'Naseerabad', 'Rakhshan'] },
];

/** Headquarters of districts whose headquarters town neither package has ([lon, lat], approximate). */
export const DISTRICT_HQ: Record<string, { hq: string; at: [number, number]; source: string }> = {
  mohmand: { hq: 'Ghalanai', at: [71.41, 34.33], source: 'wikipedia' },
  orakzai: { hq: 'Kalaya', at: [70.91, 33.58], source: 'wikipedia' },
  khyber: { hq: 'Landi Kotal', at: [71.14108, 34.0988], source: 'geonames' },
};

/** Extra spellings news uses for packaged places, by the id the build gives them. */
export const EXTRA_ALIASES: Record<string, string[]> = {
  'landi-kotal': ['Landikotal', 'Landi Kotal'],
  'khost-city': ['Khost city'],
  'kandahar-city': ['Kandahar city', 'Kandahar City'],
  'south-waziristan': ['South Waziristan Agency', 'South Waziristan tribal district'],
  'north-waziristan': ['North Waziristan Agency', 'North Waziristan tribal district', 'North Waziristan District'],
  khyber: ['Khyber Agency', 'Khyber District', 'Khyber tribal district'],
  bajaur: ['Bajaur Agency', 'Bajaur District', 'Bajaur tribal district'],
  mohmand: ['Mohmand Agency', 'Mohmand District'],
  kurram: ['Kurram Agency', 'Kurram District'],
  orakzai: ['Orakzai Agency', 'Orakzai District'],
  'upper-dir': ['Upper Dir District'],
  'lower-dir': ['Lower Dir District'],
  'tribal-districts': [
    'tribal region', 'tribal belt', 'tribal agencies', 'Federally Administered Tribal Area',
    'federally administered tribal areas', 'Tribal Areas', 'FATA region',
  ],
  // The romanisations GeoNames and the US gazetteer use for the Afghan side, and the Pashto name.
  torkham: ['Towr Kham', 'Tūrkham', 'Turkham', 'Torkham Gate', 'طورخم'],
  'khyber-pakhtunkhwa': ['Northwest Frontier Province', 'North West Frontier Province', 'Khyber-Pakhtunkhwa', 'Pakhtunkhwa'],
  // Names countries go by in English news beside Natural Earth's.
  afghanistan: ['Islamic Republic of Afghanistan', 'افغانستان'],
  pakistan: ['Islamic Republic of Pakistan', 'پاکستان'],
  iran: ['Islamic Republic of Iran'],
  'united-kingdom': ['Britain', 'Great Britain', 'UK', 'U.K.'],
  'united-arab-emirates': ['UAE', 'U.A.E.', 'Emirates'],
  turkey: ['Türkiye', 'Turkiye'],
  'saudi-arabia': ['Saudi', 'Kingdom of Saudi Arabia'],
};

/** Country codes whose capitals the region's news names: neighbours and powers. */
export const CAPITALS_OF = ['IN', 'TJ', 'UZ', 'TM', 'SA', 'AE', 'TR', 'GB', 'FR', 'DE', 'JP', 'BE', 'KZ', 'KG', 'BD', 'QA'];
