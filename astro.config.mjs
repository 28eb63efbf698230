// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/lib/site/base-links-plugin.ts';

// The same build deploys at a domain root or under a sub-path: set SITE_URL and BASE_PATH.
const site = process.env.SITE_URL ?? 'https://follow-up.example';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact(), sitemap()],
  markdown: {
    processor: satteri({ hastPlugins: [baseLinksPlugin(base)] }),
  },
  devToolbar: { enabled: false },
});
