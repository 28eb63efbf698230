// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/lib/site/base-links-plugin.ts';
import { tableRegionPlugin } from './src/lib/site/table-region-plugin.ts';

// The same build deploys at a domain root or under a sub-path: set SITE_URL and BASE_PATH.
const site = process.env.SITE_URL ?? 'https://follow-up.example';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    preact(),
    sitemap(),
    {
      name: 'follow-up:client-soon',
      hooks: {
        'astro:config:setup': ({ addClientDirective }) =>
          addClientDirective({
            name: 'soon',
            entrypoint: './src/components/directives/soon.ts',
          }),
      },
    },
  ],
  markdown: {
    processor: satteri({ hastPlugins: [baseLinksPlugin(base), tableRegionPlugin()] }),
    // The articles have no code blocks, and Shiki's inline styles would break the CSP below.
    syntaxHighlight: false,
  },
  devToolbar: { enabled: false },
  vite: {
    // Every tool page needs Preact, nanostores and Astro's island loader, and the smallest lib
    // modules they all use (routes, text, reading and writing dates): one file rather than many
    // small ones (each file costs a request and compresses worse on its own).
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  // The import() helper is used by pages without Preact too (search); kept apart
                  // so it never drags the framework along.
                  { name: 'preload-helper', test: /preload-helper/ },
                  { name: 'keys', test: /src[\\/]lib[\\/]state[\\/]keys\.ts/ },
                  {
                    name: 'framework',
                    test: /node_modules[\\/](preact[\\/]|@nanostores[\\/]preact[\\/]|nanostores[\\/]|@astrojs[\\/]preact[\\/])|node_modules[\\/](zod|@nanostores[\\/]persistent)[\\/]|src[\\/]lib[\\/](state[\\/](store|storage|messages|migrate|schema|ids)|timeline[\\/](messages|schema|channels)|interview[\\/](messages|schema|draft-schema|name)|dates[\\/](calendar|format|clock)|text|routes|lazy|site[\\/]offline)\.ts|islands[\\/]shared[\\/]Field/,
                  },
                  // A group also takes in what its modules import, unless an earlier group has it:
                  // these two small modules are shared by pages that load different groups below.
                  { name: 'on-demand', test: /src[\\/]lib[\\/]on-demand\.ts/ },
                  { name: 'arithmetic', test: /src[\\/]lib[\\/]dates[\\/]arithmetic\.ts/ },
                  // What the timeline and My interviews (and the backup page) share beyond the
                  // framework: the actions that change saved interviews, the forms kept as typed,
                  // and the islands' hooks.
                  {
                    name: 'tools',
                    test: /src[\\/]lib[\\/]state[\\/](actions|form-drafts)\.ts|islands[\\/](on-demand\.ts|shared[\\/](use-[a-z-]+\.ts|StorageNotice\.tsx|Announcer\.tsx))/,
                  },
                  // The builder's island with the etiquette checker's rules about shape, in one file;
                  // message drafts are shared with the backup page, so kept apart, with the storage
                  // notices' words: both pages show those at load, the others only once there is one.
                  { name: 'drafts', test: /src[\\/]lib[\\/]state[\\/](drafts|notices)\.ts/ },
                  {
                    name: 'builder',
                    test: /islands[\\/]builder[\\/]|src[\\/]lib[\\/](builder[\\/]|templates[\\/](lint-shape|lint-rules|messages|message-stats)\.ts)/,
                  },
                ],
              },
            },
          },
        },
      },
    },
    plugins: [
      {
        // Vite wraps each import() in a helper that preloads the chunk's CSS and imports; with
        // module preloading off and no CSS in the chunks loaded on demand, the helper only calls
        // the import, so it is replaced by that call.
        name: 'follow-up:plain-import',
        enforce: 'pre',
        applyToEnvironment: (environment) => environment.name === 'client',
        load(id) {
          return id === '\0vite/preload-helper.js'
            ? 'export const __vitePreload = (load) => load();'
            : null;
        },
      },
      {
        // No preload lists for import(): the chunks loaded later are few and small, and the lists
        // cost every tool page half a kilobyte at load.
        name: 'follow-up:no-module-preload',
        configEnvironment: (name) =>
          name === 'client' ? { build: { modulePreload: false } } : undefined,
      },
    ],
  },
  // Each page gets a <meta> CSP with hashes of its own inline scripts and styles (no
  // 'unsafe-inline'). frame-ancestors cannot be set by <meta>: public/_headers sends it.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
