// Writes <outDir>/sw.js after the build (and after Pagefind): a Workbox service worker that
// precaches every page, the scripts and styles, the search index, the icons and any web manifest,
// so the site and both tools work offline after the first visit, and keeps the spelling
// dictionary once it is first used. Runs over the built files, like
// Pagefind, because @vite-pwa/astro does not support Astro 7.
// Usage: node scripts/build-sw.mjs [outDir=dist]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

const outDir = process.argv[2] ?? 'dist';
// Everything precached is downloaded on the first visit to a tool page; keep an eye on it.
const WARN_BYTES = 5 * 1024 * 1024;

if (!existsSync(join(outDir, 'index.html'))) {
  console.error(`No built site in ${outDir}/ — run astro build (and pagefind) first.`);
  process.exit(1);
}
if (!existsSync(join(outDir, 'pagefind', 'pagefind.js'))) {
  console.error(`No search index in ${outDir}/pagefind/ — run pagefind --site ${outDir} first.`);
  process.exit(1);
}

const { count, size, warnings } = await generateSW({
  globDirectory: outDir,
  globPatterns: [
    '**/*.html',
    '_astro/**/*',
    // What the search page loads: the API, its worker and WebAssembly, and the index itself.
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind-entry.json',
    'pagefind/*.pf_meta',
    'pagefind/wasm.*.pagefind',
    'pagefind/{index,fragment,filter}/**/*',
    // Icons and a web manifest, whichever the site has.
    '{*.svg,*.png,*.ico,*.webmanifest,manifest.json}',
  ],
  // Pagefind's fallback for pages without a language; every page here is en-US.
  globIgnores: ['**/*.map', 'sw.js', 'pagefind/wasm.unknown.pagefind'],
  swDest: join(outDir, 'sw.js'),
  // URLs stay relative to sw.js, so the same worker serves a root or a BASE_PATH deploy; its
  // default scope is the folder it sits in, which is the base.
  manifestTransforms: [
    async (entries) => ({
      // Pages are precached under the address people visit (/timeline/, not /timeline/index.html),
      // which every static host serves without a redirect.
      manifest: entries.map((entry) => ({
        ...entry,
        url: entry.url.replace(/(^|\/)index\.html$/, '$1') || './',
      })),
      warnings: [],
    }),
  ],
  // File names under _astro/ carry a content hash: no revision needed.
  dontCacheBustURLsMatching: /^_astro\//,
  // The pages read their query (?q=, ?template=) in the browser; the cached page is the same.
  ignoreURLParametersMatching: [/./],
  // The spelling dictionaries (about 190 KB each, gzipped) are fetched by the spelling worker once
  // a person edits a message, and only the one for their language: they are kept on first use,
  // not precached, so a visit that never edits a message never downloads them. Served from the
  // cache at once (offline too), and refreshed in the background for the next visit.
  // A region's public holidays (holidays/*.json, one file per region) are kept once fetched in the
  // same way, so a person's own region still works offline without every visit downloading them all.
  runtimeCaching: [
    {
      urlPattern: /\/spelling\/[\w-]+\.json$/,
      handler: 'StaleWhileRevalidate',
      options: { cacheName: 'follow-up-spelling' },
    },
    {
      urlPattern: ({ url }) => /\/holidays\/[\w-]+\.json$/.test(url.pathname),
      handler: 'StaleWhileRevalidate',
      options: { cacheName: 'follow-up-holidays' },
    },
  ],
  // The 404 page is a real page; an unknown address offline is not answered with it.
  navigateFallback: undefined,
  cleanupOutdatedCaches: true,
  // A new version waits until every tab of the old one is closed, so a page never mixes versions;
  // it takes over on the next visit, and the page says so (src/lib/site/offline.ts).
  skipWaiting: false,
  clientsClaim: false,
  // No workbox-*.js beside sw.js and never a CDN: the worker is one file from this site.
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
  maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
});

for (const warning of warnings) console.warn(`build-sw: ${warning}`);
const kb = (size / 1024).toFixed(0);
console.log(`build-sw: ${outDir}/sw.js precaches ${count} files, ${kb} KB in total.`);
if (size > WARN_BYTES) {
  console.warn(
    `build-sw: the precache is over ${WARN_BYTES / 1024 / 1024} MB; every first visit to a tool page downloads it.`,
  );
}
