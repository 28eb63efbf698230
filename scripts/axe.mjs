// The accessibility check shared by the e2e suite and `npm run audit`: axe-core on a page, held to
// WCAG 2.2 AA, in the light and the dark scheme, at a desktop and a phone width.
import AxeBuilder from '@axe-core/playwright';

/** The WCAG levels axe checks against. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The widths every page is checked at; `use` fits Playwright's test.use and browser.newContext. */
export const WIDTHS = [
  { name: 'desktop', use: { viewport: { width: 1280, height: 720 } } },
  { name: 'phone', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
];

/** The color schemes every page is checked in. */
export const SCHEMES = ['light', 'dark'];

/** Every page path in the sitemap of `dist`, plus the 404 page, which it leaves out on purpose. */
export function sitePaths(sitemapXml) {
  const paths = [...sitemapXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  return [...paths, '/404.html'];
}

/**
 * Loads `url` afresh in each scheme (switching in place let axe read stale colors) and returns the
 * violations per scheme, one readable line each: `{ light: [...], dark: [...] }`.
 */
export async function axeBySchemes(page, url) {
  const found = {};
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await page.goto(url);
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    found[colorScheme] = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  }
  return found;
}
