import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { CSP_META } from './scripts/csp.mjs';
import { DEFAULT_SOURCE_NAME } from './src/article/source.ts';
import { parseArticle } from './src/article/passages.ts';
import { staticShell } from './src/article/static-html.ts';
import { PLACES } from './src/places/gazetteer.ts';
import { createMentionFinder } from './src/places/mentions.ts';

/** Writes the article into index.html so it is readable before any script runs. */
function prerenderArticle(): Plugin {
  return {
    name: 'prerender-article',
    transformIndexHtml(html) {
      const text = readFileSync(new URL('./src/article/default-article.txt', import.meta.url), 'utf8');
      const shell = staticShell(parseArticle(text, DEFAULT_SOURCE_NAME), createMentionFinder(PLACES));
      return html.replace('<div id="root"></div>', `<div id="root">${shell}</div>`);
    },
  };
}

/** The page's Content Security Policy, from the one source the server's header comes from too. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  plugins: [react(), prerenderArticle(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    // MapLibre is one large module by design; it loads after the article.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        // Libraries in chunks of their own: cached across releases of the app,
        // and measured apart by the benchmark.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'maplibre', test: /node_modules[\\/](maplibre-gl|@maplibre)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
