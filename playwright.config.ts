import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from './scripts/chromium.mjs';
const PORT = Number(process.env.E2E_PORT ?? 4179);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    // Jumps instead of flights keep software-GL runs short; one spec flies on purpose.
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: SYSTEM_CHROMIUM,
      args: CHROMIUM_ARGS,
    },
    // No trace: recording one costs every test a fifth of its time on two cores, the
    // failure's message and page snapshot say what failed; to look closer, run the
    // failing test again with --trace on.
    trace: 'off',
  },
  webServer: {
    command: `node scripts/serve.mjs`,
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
