import { defineConfig } from '@playwright/test';

// The desktop app's main flow through Playwright's Electron driver. Runs where an Electron binary
// is installed (see tests/electron/app.spec.ts); skips with the reason elsewhere.
// Run: npx playwright test -c playwright.electron.config.ts
export default defineConfig({
  testDir: 'tests/electron',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  workers: 1,
  retries: 0,
  reporter: 'list',
  outputDir: 'test-results/electron',
});
