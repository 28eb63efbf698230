// What the checks share about the built site: the budgets, the page paths, file walking, gzip, and
// the saved details a returning visitor's browser holds.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sitePaths } from '../axe.mjs';

/** audit-budgets.json, parsed. */
export const budgets = JSON.parse(
  readFileSync(new URL('../../audit-budgets.json', import.meta.url), 'utf8'),
);

/** The localStorage key the site keeps everything under. */
export const STORAGE_KEY = 'follow-up';

/** tests/fixtures/saved-state.json: what the site has stored for a returning visitor. */
export const SAVED_STATE_FILE = new URL('../../tests/fixtures/saved-state.json', import.meta.url);

/** The saved details as the site stores them under STORAGE_KEY: the fixture, serialized. */
export const savedStateJson = () =>
  JSON.stringify(JSON.parse(readFileSync(SAVED_STATE_FILE, 'utf8')));

/** Gzipped size in bytes. */
export const gz = (data) => gzipSync(data).length;

/** Every file under `folder` whose name ends with `suffix`. */
export function* filesUnder(folder, suffix) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path, suffix);
    else if (name.endsWith(suffix)) yield path;
  }
}

/** The page's URL path relative to the deploy base, e.g. "/guides/faq/" or "/404.html". */
export const pagePath = (dist, file) =>
  `/${relative(dist, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

/** The HTML file of a page path such as "/guides/faq/" or "/404.html". */
export const pageFile = (dist, path) =>
  join(dist, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');

/** Every page path of the sitemap of `dist`, plus the 404 page. */
export const sitemapPaths = (dist) => sitePaths(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8'));

/** The page type of audit-budgets.json a page path is held to: the first whose pattern matches. */
export const typeOf = (path) => budgets.pageTypes.find((t) => new RegExp(t.match).test(path));

/** Exits with advice when `dist` holds no built site. */
export function requireBuilt(dist) {
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`No built site in ${dist}/ — run npm run build first (npm run audit does).`);
    process.exit(2);
  }
}
