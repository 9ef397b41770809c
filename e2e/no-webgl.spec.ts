import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../scripts/chromium.mjs';
import { expect, test } from './fixtures.ts';

// Chromium with its 3D APIs switched off: no WebGL at all.
test.use({ launchOptions: { executablePath: SYSTEM_CHROMIUM, args: [...CHROMIUM_ARGS, '--disable-3d-apis'] } });

test.describe('without WebGL', () => {
  test('the map explains itself and offers the place list; everything else works', async ({
    explorer,
    page,
    guard,
  }) => {
    guard.allow.push(/WebGL/i);
    await explorer.open('/');
    await expect(explorer.map).toHaveAttribute('data-map-state', 'error');
    await expect(page.getByRole('alert')).toContainText('needs WebGL');
    await page.getByRole('alert').getByRole('link', { name: 'Go to the place list' }).click();
    await explorer.chooseFromList('torkham');
    await expect(explorer.panelTitle).toHaveText('Torkham');
    await explorer.mention('kunar', 6).click();
    await expect(explorer.panelTitle).toHaveText('Kunar');
  });
});
