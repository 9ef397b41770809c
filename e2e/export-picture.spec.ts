// Export: the map as a picture.
import { expect, test } from './fixtures.ts';

/** Width and height of a PNG, from its header. */
const pngSize = (b: Buffer) => ({
  png: b.subarray(1, 4).toString(),
  width: b.readUInt32BE(16),
  height: b.readUInt32BE(20),
});

test('the map as a picture, with the key and credits, at the map’s size and at twice it', async ({ explorer }) => {
  await explorer.open('/?place=torkham');
  await explorer.mapIdle();
  const box = (await explorer.map.boundingBox())!;
  const one = await explorer.exportFile('Map image (PNG)');
  expect(one.name).toMatch(/-map\.png$/);
  expect(pngSize(one.body)).toEqual({ png: 'PNG', width: Math.round(box.width), height: Math.round(box.height) });
  const two = await explorer.exportFile('Map image, 2× (PNG)');
  expect(two.name).toMatch(/-map@2x\.png$/);
  expect(pngSize(two.body)).toEqual({
    png: 'PNG',
    width: Math.round(box.width) * 2,
    height: Math.round(box.height) * 2,
  });
  // The map is back at the page's own pixel ratio, and still answers.
  await explorer.mapIdle();
  expect(await explorer.featureState('torkham')).toMatchObject({ selected: true });
});
