import { createServer, loadEnv, type ViteDevServer } from 'vite';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy as policyFor } from './scripts/csp.mjs';
import { onlineMapSettings } from './scripts/online-map.mjs';
import { staticShell } from './src/article/static-html.ts';

/**
 * Writes the article into index.html, rendered by React's own component on the
 * server side, so it is readable before any script runs and the browser hydrates
 * it. In development the dev server loads the component; a build starts a
 * short-lived one for it.
 */
function prerenderArticle(): Plugin {
  let devServer: ViteDevServer | undefined;
  return {
    name: 'prerender-article',
    configureServer(server) {
      devServer = server;
    },
    async transformIndexHtml(html) {
      const server =
        devServer ??
        (await createServer({
          configFile: false,
          logLevel: 'error',
          appType: 'custom',
          plugins: [react()],
          server: { middlewareMode: true, hmr: false, ws: false },
        }));
      try {
        const { prerenderArticle } = (await server.ssrLoadModule('/src/article/prerender.tsx')) as {
          prerenderArticle: () => string;
        };
        return html.replace('<div id="root"></div>', `<div id="root">${staticShell(prerenderArticle())}</div>`);
      } finally {
        if (server !== devServer) await server.close();
      }
    },
  };
}

/** The page's Content Security Policy, from the one source the server's header comes from too. */
function contentSecurityPolicy(env: Record<string, string>): Plugin {
  const { meta } = policyFor(env);
  return {
    name: 'content-security-policy',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: meta }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig(({ mode }) => {
  // The build's settings: the environment's VITE_ variables (and any .env file's, which they override).
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    plugins: [react(), prerenderArticle(), contentSecurityPolicy(env)],
    // Where the detailed map (online, on request) comes from, or null where a deployment turned it off.
    define: { __ONLINE_MAP__: JSON.stringify(onlineMapSettings(env)) },
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
      // Worker threads start faster than forked processes: the run takes three quarters of the time.
      pool: 'threads',
    },
  };
});
