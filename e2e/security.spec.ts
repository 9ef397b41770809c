import { expect, test, withoutMap } from './fixtures.ts';

test('the app runs under its Content Security Policy, map worker included', async ({ explorer, page, guard }) => {
  const response = await page.goto('/');
  const csp = response!.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("worker-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toContain('unsafe-inline');
  await explorer.mapIdle();
  await explorer.mention('torkham', 20).click();
  await expect(explorer.panelTitle).toHaveText('Torkham');
  await explorer.mapIdle();
  // The policy is live: an inline script is refused and reported (and would fail any other test).
  guard.allow.push(/CSP violation: script-src/, /Executing inline script violates/);
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.append(s);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
  });
  expect(ran).toBe(false);
});

test('links to the outside carry rel="noopener noreferrer"', async ({ explorer, page }) => {
  await explorer.open('/');
  await explorer.mapIdle();
  const external = page.locator('a[href^="http"]');
  expect(await external.count()).toBeGreaterThan(3);
  for (const rel of await external.evaluateAll((as) => as.map((a) => a.getAttribute('rel') ?? ''))) {
    expect(rel.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
  }
});

test.describe('hostile links never run anything', () => {
  const hostile: [string, string][] = [
    ['script in place', `/?place=${encodeURIComponent('<script>alert(1)</script>')}`],
    ['HTML in passage', `/?passage=${encodeURIComponent('<b onmouseover=alert(1)>1</b>')}`],
    ['javascript: URL', `/?place=${encodeURIComponent('javascript:alert(document.domain)')}&passage=1`],
    ['a 100 KB value', `/?place=${'x'.repeat(100_000)}`],
    ['prototype keys', '/?__proto__=1&constructor=2&place=__proto__&passage=constructor'],
    ['odd Unicode', `/?place=${encodeURIComponent('\u202Etorkham\u200B\uFEFF😀')}`],
    ['script in the view', `/#${encodeURIComponent('<img src=x onerror=alert(1)>')}`],
  ];
  const check = (what: string, url: string) =>
    test(what, async ({ explorer, page }) => {
      await explorer.open(url);
      await expect(explorer.notices.locator('.notice').first()).toBeVisible();
      await expect(page.locator('.passage')).toHaveCount(66);
      await expect(page.locator('script:not([src])')).toHaveCount(0);
      // The one image the app has is the print figure's, and it has no source until printing.
      await expect(page.locator('img:not(.print-map > img), b[onmouseover]')).toHaveCount(0);
      await expect(page.locator('.print-map > img[src]')).toHaveCount(0);
      // Unknown keys are kept as they came (they are not ours to drop), values shown as text.
      const ours = new Set(['place', 'passage', 'article']);
      const unknown = [...new URL(url, 'http://x').searchParams.keys()].filter((k) => !ours.has(k));
      for (const key of unknown) expect(new URL(page.url()).searchParams.has(key), key).toBe(true);
      // Nothing but notices (and the correction bar's empty place in their stack).
      await expect(
        explorer.notices.locator('*:not(.notice, .notice *:is(p, button, span), .notice-bar-slot:empty)'),
      ).toHaveCount(0);
      const shown = await explorer.notices.textContent();
      expect(shown!.length).toBeLessThan(1000);
    });
  // A hostile map view is given to the map: that link runs with it.
  for (const [what, url] of hostile) if (url.includes('#')) check(what, url);

  // The rest (the place, the passage, unknown keys) needs no map.
  test.describe('without the map', () => {
    withoutMap();
    for (const [what, url] of hostile) if (!url.includes('#')) check(what, url);
  });
});

test('the server sends text compressed, and answers a malformed path with 400, not a crash', async ({ request }) => {
  const br = await request.get('/', { headers: { 'accept-encoding': 'gzip, br' } });
  expect(br.headers()['content-encoding']).toBe('br');
  expect(br.headers()['vary']).toBe('accept-encoding');
  expect(await br.text()).toContain('Durand Line');
  const gz = await request.get('/geo/places.topo.json', { headers: { 'accept-encoding': 'gzip' } });
  expect(gz.headers()['content-encoding']).toBe('gzip');
  expect((await gz.json()).type).toBe('Topology');
  const plain = await request.get('/', { headers: { 'accept-encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect((await request.get('/%E0%A4%A')).status()).toBe(400);
  // Still serving after it.
  expect((await request.get('/')).ok()).toBe(true);
});
