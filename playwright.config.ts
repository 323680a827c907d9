import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * End-to-end tests run Debian's Chromium (never a downloaded browser) against `npm start`
 * on its own port and a fresh database, so the tests see exactly what a new user sees.
 */
const PORT = Number(process.env.E2E_PORT ?? 53210);
export const E2E_ORIGIN = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  outputDir: `test-results/e2e-${PORT}`,
  use: {
    baseURL: E2E_ORIGIN,
    locale: 'nl-NL',
    // A Dutch school's day: the browser and the server (below) agree with the app's school
    // time zone, also in the hour after midnight there when UTC still says yesterday.
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: 'npm run reset',
    url: `${E2E_ORIGIN}/config.json`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      TZ: 'Europe/Amsterdam',
      PORT: String(PORT),
      DRIEHOEK_DATA_DIR: join(tmpdir(), `driehoek-e2e-${PORT}`),
      DRIEHOEK_DIST: join(tmpdir(), `driehoek-e2e-${PORT}`, 'dist'),
    },
  },
});
