// Fails fast, in one line, when the end-to-end tests would have no browser to run in.
import { findChromium, HOW_TO_GET_ONE } from './find-browser.mjs';

if (!findChromium()) {
  console.error(HOW_TO_GET_ONE);
  process.exit(1);
}
