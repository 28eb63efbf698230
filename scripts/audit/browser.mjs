// The Chromium the audit drives, and the flags it starts with.
import { chromium } from '@playwright/test';
import { findChromium, HOW_TO_GET_ONE } from '../find-browser.mjs';

/** Flags for every Chromium the audit starts; Playwright adds its own headless flag. */
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The flags for chromium.launch (Playwright chooses the headless mode itself). */
export const PLAYWRIGHT_FLAGS = CHROME_FLAGS.filter((flag) => !flag.startsWith('--headless'));

/** The Chromium executable; exits with advice when there is none. */
export function chromePath() {
  const found = findChromium();
  if (!found) {
    console.error(HOW_TO_GET_ONE);
    process.exit(2);
  }
  return found.executablePath ?? chromium.executablePath();
}

/** Starts a Chromium through Playwright. */
export const launchChromium = () =>
  chromium.launch({ executablePath: chromePath(), args: PLAYWRIGHT_FLAGS });
