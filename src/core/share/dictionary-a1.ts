// The preset dictionary of codec a1 (see link-codec.ts): words and phrases of
// news reporting in English and the region's main names, written from general
// knowledge (not from any text the evaluation measures), the most frequent last
// (deflate reaches the nearest strings most cheaply). FROZEN: a link made with
// it can only be read with exactly these bytes; a new dictionary is a new codec
// version. Its SHA-256 is pinned in link-codec.test.ts.
const LINES = [
  'according to the United Nations, the United States, the International Committee of the Red Cross',
  'human rights, a spokesman for the, a spokesperson for the ministry said in a statement on, told reporters',
  'told The Associated Press, news agency, officials said, police said, local officials said, security officials said',
  'government officials, the government of, the prime minister, the president, the foreign ministry',
  'the interior ministry, the defence ministry, the army said, the military said, security forces',
  'law enforcement, armed forces, soldiers were killed, civilians were killed, people were killed and',
  'were wounded in the attack, suicide bomber, suicide attack, a roadside bomb, improvised explosive device',
  'claimed responsibility for the attack, militants, insurgents, fighters, terrorist, terrorism',
  'counterterrorism, operation against, military operation, airstrikes, drone strike, refugees',
  'returnees, migrants, humanitarian aid, the border crossing, border crossings, the border was closed',
  'reopened the border, trade and transit, trucks carrying goods, customs, traders, exports, imports',
  'million, billion, dollars, rupees, afghanis, percent, on Monday, on Tuesday, on Wednesday, on Thursday',
  'on Friday, on Saturday, on Sunday, January, February, March, April, May, June, July, August',
  'September, October, November, December, last week, last month, last year, this year, the previous day',
  'in recent years, for the first time, at least, more than, about, nearly, thousands of, hundreds of',
  'dozens of, because of, as well as, in addition, however, although, during the, between the two countries',
  'the two sides, talks, negotiations, ceasefire, agreement, peace process, delegation, meeting',
  'relations, neighbouring, neighboring, tensions, clashes, fighting, firing, shelling, troops',
  'checkpoint, checkpoints, tribal, elders, jirga, villages, village, town, city, capital, province',
  'provinces, district, districts, region, area, areas, valley, mountains, river, pass, road, highway',
  'northwest, northwestern, southwest, southwestern, eastern, western, northern, southern, central',
  'Islamic Emirate, Tehreek-e-Taliban Pakistan, the Pakistani Taliban, the Afghan Taliban, al-Qaeda',
  'Islamic State, Haqqani network, Durand Line, Torkham, Chaman, Spin Boldak, Khyber Pass, Peshawar',
  'Quetta, Islamabad, Rawalpindi, Karachi, Lahore, Jalalabad, Kandahar, Helmand, Kunar, Nangarhar',
  'Paktika, Khost, Paktia, Nuristan, Zabul, Badakhshan, Herat, Mazar-i-Sharif, North Waziristan',
  'South Waziristan, Bajaur, Mohmand, Kurram, Orakzai, Khyber district, tribal districts, Federally Administered Tribal Areas',
  'Khyber Pakhtunkhwa, Balochistan, Baluchistan, Punjab, Sindh, Gilgit-Baltistan, Kashmir, India',
  'Iran, China, Tajikistan, Uzbekistan, Turkmenistan, Russia, Afghans, Pakistanis, Pashtun, Pashto',
  "Baloch, Kabul, Afghanistan's, Pakistan's, Afghan, Pakistani, Afghanistan, Pakistan, Taliban",
  'government, security, border, people, officials, said the, said that, said it was, it was, there were',
  'there is, which is, that the, has been, have been, had been, will be, would be, could be, did not',
  'does not, is not, was not, they were, he said, she said, they said, in the, of the, to the, on the',
  'and the, for the, from the, with the, by the, at the',
];

/** The dictionary's bytes: the lines joined by ", " and a final ", ". */
export const DICTIONARY_A1: Uint8Array = new TextEncoder().encode(`${LINES.join(', ')}, `);
