// Real Chromium (a system one, found by support/chromiumPath.ts: CHROMIUM_PATH, PATH, then Debian's
// /usr/bin/chromium; no browser download) against the real relay, which each test worker starts itself
// (see support/relay.ts). One worker: the machine is small and the multiplayer tests already run two
// browser contexts each.
import { defineConfig } from '@playwright/test';
import { chromiumPath } from './support/chromiumPath';

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
