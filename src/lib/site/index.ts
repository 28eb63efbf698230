// What islands use from the site's plumbing. The rest of this folder serves pages and the build:
// offline.ts registers the service worker, erase.ts backs the privacy page, search-page.ts the
// search page, reading.ts the articles, base-links-plugin.ts the Markdown pipeline.
export { saveFile } from './download';
