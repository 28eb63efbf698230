// Finds a Chromium for the end-to-end tests: the Playwright-managed one when installed, else a
// system Chromium. Shared by playwright.config.ts and scripts/require-browser.mjs.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Returns { source, executablePath } for a usable Chromium, or null when none is installed. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return { source: 'CHROMIUM_PATH', executablePath: fromEnv };
  try {
    const managed = chromium.executablePath();
    if (managed && existsSync(managed)) return { source: 'playwright', executablePath: undefined };
  } catch {
    // Playwright has no browser of its own here; fall through to a system one.
  }
  const system = SYSTEM_CHROMIUMS.find((p) => existsSync(p));
  return system ? { source: 'system', executablePath: system } : null;
}

/** How to get a browser, in one line, for this machine. */
export const HOW_TO_GET_ONE =
  'No Chromium found for the browser tests. On Debian/Ubuntu: sudo apt-get install chromium ; elsewhere: npx playwright install chromium (or set CHROMIUM_PATH).';
