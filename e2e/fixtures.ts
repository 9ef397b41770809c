// Shared fixtures: the explorer page object, and a guard that fails any test
// on an unexpected console error, page error or failed request.
import { test as base, expect, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import { Explorer } from './explorer.ts';

/** Messages a test expects (set with `allowConsole`), everything else fails the test. */
interface Guard {
  allow: RegExp[];
  problems: string[];
  /** The test runs without the map (`withoutMap`): so do the fresh browsers it opens. */
  noMap?: boolean;
}

/** A second browser: an empty library, its own page. */
export interface Fresh {
  context: BrowserContext;
  page: Page;
  explorer: Explorer;
}

/** Offer a context's pages no WebGL, as a browser without it would. */
export async function withoutWebGl(context: BrowserContext) {
  await context.addInitScript(() => {
    const get = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      return /webgl/i.test(type)
        ? null
        : (get as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof get;
  });
}

export const test = base.extend<{
  explorer: Explorer;
  guard: Guard;
  /**
   * Open a fresh browser, as the recipient of a link or a file: the project's
   * size and reduced motion unless the options say otherwise, and no map where
   * the test runs without one (or `map: false` asks). Closed after the test.
   */
  fresh: (options?: BrowserContextOptions & { map?: boolean }) => Promise<Fresh>;
}>({
  guard: [
    async ({ page }, use) => {
      // SwiftShader's own performance notes ("GPU stall due to ReadPixels") come from
      // the browser's GL driver, not from the app.
      const guard: Guard = {
        allow: [/GL Driver Message \(OpenGL, Performance/],
        problems: [],
      };
      const record = (what: string) => {
        // Shortened: a hostile 100 KB link must not flood the report.
        if (!guard.allow.some((re) => re.test(what))) guard.problems.push(what.slice(0, 300));
      };
      page.on('pageerror', (e) => record(`page error: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') record(`console ${m.type()}: ${m.text()}`);
      });
      page.on('requestfailed', (r) => {
        // A request the page cancelled is no failure to load: the map cancels the tile reads a view no
        // longer needs (the detail archive is read by ranges), and a test's navigation cancels what the
        // page it leaves was still loading.
        if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
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
  fresh: async ({ browser, guard }, use, info) => {
    const opened: BrowserContext[] = [];
    await use(async ({ map = !guard.noMap, ...options } = {}) => {
      const { baseURL, viewport } = info.project.use;
      const context = await browser.newContext({ baseURL, viewport, reducedMotion: 'reduce', ...options });
      opened.push(context);
      if (!map) await withoutWebGl(context);
      const page = await context.newPage();
      return { context, page, explorer: new Explorer(page) };
    });
    for (const c of opened) await c.close();
  },
});

/**
 * For tests that need no map: their pages are offered no WebGL (as a browser
 * without it would be), so that no software-rendered map takes the machine's
 * time; the map's message that it cannot start is expected. Call at the top
 * of a file or of a describe group. The fresh browsers such a test opens
 * (`fresh`) have no map either.
 */
export function withoutMap() {
  test.beforeEach(async ({ guard, context }) => {
    guard.allow.push(/WebGL/i);
    guard.noMap = true;
    await withoutWebGl(context);
  });
}

export { expect };
export type { Page };
