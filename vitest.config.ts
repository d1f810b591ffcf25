import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/chromium';
import { hostCall, hostsRemove } from './test/unit/renderer/exchange/host-command';
import { updateHost } from './test/unit/renderer/updates/update-host-command';

/**
 * Two projects: `node` for shared/ and main/ code, `browser` for anything that needs a real DOM or
 * IndexedDB — run in Debian's Chromium, never in a simulated DOM.
 */
export default defineConfig({
  test: {
    // Key derivation (PBKDF2 600k), real CLIs and property runs share two cores with a browser.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          exclude: ['test/unit/**/*.browser.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/unit/**/*.browser.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
            // A real main for the exchange steps' tests (test/unit/renderer/exchange/host-command.ts).
            commands: { hostCall, hostsRemove, updateHost },
          },
        },
      },
    ],
  },
});
