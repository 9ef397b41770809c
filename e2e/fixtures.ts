// Shared fixtures: the explorer page object, and a guard that fails any test
// on an unexpected console error, page error or failed request.
import { test as base, expect, type Page } from '@playwright/test';
import { Explorer } from './explorer.ts';

/** Messages a test expects (set with `allowConsole`), everything else fails the test. */
interface Guard {
  allow: RegExp[];
  problems: string[];
}

export const test = base.extend<{ explorer: Explorer; guard: Guard }>({
  guard: [
    async ({ page }, use) => {
      // SwiftShader's own performance notes ("GPU stall due to ReadPixels") come from
      // the browser's GL driver, not from the app.
      const guard: Guard = { allow: [/GL Driver Message \(OpenGL, Performance/], problems: [] };
      const record = (what: string) => {
        // Shortened: a hostile 100 KB link must not flood the report.
        if (!guard.allow.some((re) => re.test(what))) guard.problems.push(what.slice(0, 300));
      };
      page.on('pageerror', (e) => record(`page error: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') record(`console ${m.type()}: ${m.text()}`);
      });
      page.on('requestfailed', (r) => {
        // The map cancels the tile reads a view no longer needs (the detail archive is read by ranges).
        if (/\.pmtiles$/.test(r.url()) && r.failure()?.errorText === 'net::ERR_ABORTED') return;
        record(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`);
      });
      // Any Content Security Policy violation becomes a console error, so it fails the test.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      page.on('dialog', (d) => {
        record(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      await use(guard);
      expect(guard.problems, 'unexpected errors in the page').toEqual([]);
    },
    { auto: true },
  ],
  explorer: async ({ page }, use) => {
    await use(new Explorer(page));
  },
});

/**
 * For tests that need no map: their pages are offered no WebGL (as a browser
 * without it would be), so that no software-rendered map takes the machine's
 * time; the map's message that it cannot start is expected. Call at the top
 * of a file or of a describe group. Pages of new contexts ("a fresh browser")
 * still draw their map.
 */
export function withoutMap() {
  test.beforeEach(async ({ guard, context }) => {
    guard.allow.push(/WebGL/i);
    await context.addInitScript(() => {
      const get = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        return /webgl/i.test(type)
          ? null
          : (get as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
      } as typeof get;
    });
  });
}

export { expect };
export type { Page };
