import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';

// Every page the sitemap lists.
const sitemap = readFileSync(`${process.env['E2E_DIST'] ?? 'dist'}/sitemap-0.xml`, 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

/** The content of `<meta property|name="key">`, or of `<link rel="key">`'s href, in a page. */
function head(html: string, key: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<(?:meta|link)\b[^>]*>/g)) {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    if (attr('property') === key || attr('name') === key) found.push(attr('content') ?? '');
    if (attr('rel') === key) found.push(attr('href') ?? '');
  }
  return found.map((value) => value.replace(/&amp;/g, '&'));
}

/** Fetches a site path from the preview server and says what came back. */
async function fetchType(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  return `${response.status()} ${response.headers()['content-type'] ?? 'no type'}`;
}

test('every page has a canonical link and a link-preview image that is served', async ({
  request,
}) => {
  expect(paths.length).toBeGreaterThan(20);
  const images = new Set<string>();
  const problems: string[] = [];
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const [canonical] = head(html, 'canonical');
    const [image] = head(html, 'og:image');
    if (!canonical || new URL(canonical).pathname !== path) {
      problems.push(`${path}: canonical is ${canonical}`);
    }
    if (!image || !/^https?:\/\//.test(image)) problems.push(`${path}: og:image is ${image}`);
    else if (new URL(image).origin !== new URL(canonical ?? image).origin) {
      problems.push(`${path}: og:image ${image} is not on the site's origin`);
    } else images.add(new URL(image).pathname);
    for (const key of ['og:title', 'og:description', 'og:image:alt', 'twitter:card']) {
      if (!head(html, key)[0]) problems.push(`${path}: no ${key}`);
    }
    if (head(html, 'twitter:image')[0] !== image) problems.push(`${path}: twitter:image differs`);
  }
  expect(problems).toEqual([]);
  expect([...images]).toEqual(['/social.png']);
  expect(await fetchType(request, '/social.png')).toBe('200 image/png');
});

test('articles are shared as articles, other pages as the website', async ({ request }) => {
  const article = await (await request.get('/guides/thank-you-note/')).text();
  expect(head(article, 'og:type')).toEqual(['article']);
  const home = await (await request.get('/')).text();
  expect(head(home, 'og:type')).toEqual(['website']);
});

test('the icons and the web app manifest are served, and so is every icon it lists', async ({
  request,
}) => {
  const html = await (await request.get('/')).text();
  for (const key of ['icon', 'apple-touch-icon']) {
    for (const href of head(html, key)) {
      expect(await fetchType(request, href), href).toMatch(/^200 image\//);
    }
  }
  const [manifestHref] = head(html, 'manifest');
  expect(manifestHref).toBeTruthy();
  const response = await request.get(manifestHref!);
  expect(response.status()).toBe(200);
  const manifest = (await response.json()) as {
    name: string;
    short_name: string;
    start_url: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest.short_name).toBe('Follow-up');
  // Relative, so the same file works at a domain root and under a sub-path.
  expect(manifest.start_url).toBe('./');
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
  expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  const manifestUrl = new URL(manifestHref!, 'http://site.invalid/');
  for (const icon of manifest.icons) {
    const path = new URL(icon.src, manifestUrl).pathname;
    expect(await fetchType(request, path), icon.src).toMatch(/^200 image\//);
  }
});
