// A link to a place opens its panel with exactly the passages that name it.
// The panel needs no map: these pages run without WebGL, so that fifteen
// software-rendered maps do not slow the rest of the suite.
import { expect, test, withoutMap } from './fixtures.ts';

withoutMap();

/** What the article says where, as a reader would check it by eye. */
const KEY_PLACES: [string, string, number[]][] = [
  ['torkham', 'Torkham', [20]],
  ['chaman', 'Chaman', [20]],
  ['spin-boldak', 'Spin Boldak', [20]],
  ['friendship-gate', 'Friendship Gate', []],
  ['kunar', 'Kunar', [6]],
  ['nangarhar', 'Nangarhar', [6]],
  ['paktika', 'Paktika', [6]],
  ['khyber-pakhtunkhwa', 'Khyber Pakhtunkhwa', [4]],
  ['balochistan', 'Balochistan', [4]],
  ['north-waziristan', 'North Waziristan', [54]],
  ['bajaur', 'Bajaur', [54]],
  ['chitral', 'Chitral', [54]],
  ['durand-line', 'Durand Line', [18, 19]],
  ['islamabad', 'Islamabad', [2, 3, 4, 7, 10, 11, 13, 16, 20, 27, 29, 30, 36, 37, 41, 42, 44, 56, 64]],
  ['kabul', 'Kabul', [1, 2, 3, 8, 10, 13, 15, 16, 24, 28, 31, 36, 38, 45, 56, 60, 64]],
];

// One test walks the places, each a fresh page load of its own link: a test
// each would pay a browser context and its set-up fifteen times over.
test('a fresh page opened on ?place=ID shows the place with exactly the passages that name it', async ({
  explorer,
}) => {
  for (const [id, name, passages] of KEY_PLACES)
    await test.step(name, async () => {
      await explorer.open(`/?place=${id}`);
      await expect(explorer.panelTitle).toHaveText(name);
      expect(await explorer.panelPassageNumbers()).toEqual(passages);
    });
});
