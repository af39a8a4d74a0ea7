import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** The deep sub-path an LMS serves a package from; the whole suite runs under it. */
export const SUB_PATH = '/pluginfile.php/42/mod_scorm/content/7/';
const PORT = Number(process.env['E2E_PORT'] ?? 4410);
const LMS_PORT = Number(process.env['LMS_PORT'] ?? 4510);

// Debian's Chromium where present (our CI installs it); override with
// CHROMIUM_PATH; elsewhere Playwright's own browser.
const chromiumPath =
  process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  ...(process.env['CI'] ? { workers: 2 } : {}),
  retries: 0,
  reporter: [['list']],
  forbidOnly: Boolean(process.env['CI']),
  use: {
    baseURL: `http://127.0.0.1:${PORT}${SUB_PATH}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(chromiumPath ? { executablePath: chromiumPath } : {}),
          args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  webServer: [
    {
      // The built site under a deep LMS-like sub-path, files only.
      command: `node --experimental-strip-types --no-warnings src/tools/serve.ts --dir dist --base ${SUB_PATH} --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}${SUB_PATH}index.html`,
      reuseExistingServer: !process.env['CI'],
      timeout: 30_000,
    },
    {
      // The preview LMS (scorm-again) serving the built SCORM zips.
      command: `node --experimental-strip-types --no-warnings scorm/preview/server.ts --packages dist-scorm --port ${LMS_PORT}`,
      url: `http://127.0.0.1:${LMS_PORT}/index.html`,
      reuseExistingServer: !process.env['CI'],
      timeout: 30_000,
    },
  ],
});
