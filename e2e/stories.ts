// Short articles the tests open, as a reader would paste them.

/** A made-up border story naming seven places, two of them from the regional gazetteer (Peshawar, Jalalabad). */
export const STORY = [
  'Trade resumes at Torkham',
  'Source: Test Desk',
  '',
  'Lorries crossed from Peshawar towards Jalalabad on Monday, officials in Kabul and Islamabad said.',
  '',
  'The Chaman crossing',
  '',
  'At Chaman, near Spin Boldak, the gate stayed shut.',
].join('\n');
