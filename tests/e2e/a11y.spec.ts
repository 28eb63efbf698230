import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Every page the sitemap lists, plus the pages it leaves out on purpose.
const sitemap = readFileSync(`${process.env['E2E_DIST'] ?? 'dist'}/sitemap-0.xml`, 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
paths.push('/404.html');

const WIDTHS = [
  { name: 'desktop', use: { viewport: { width: 1280, height: 720 } } },
  { name: 'phone', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
] as const;

/** Axe violations on the page as it looks now, one readable line each. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

test('the sitemap lists the site pages', () => {
  expect(paths.length).toBeGreaterThan(20);
});

// The sweep is 2 widths × 2 schemes × every page: spread it over both workers.
test.describe.configure({ mode: 'parallel' });

for (const width of WIDTHS) {
  test.describe(`at ${width.name} width`, () => {
    test.use(width.use);
    for (const path of paths) {
      test(`${path} has no accessibility violations in the light or the dark scheme`, async ({
        page,
      }) => {
        const found: Record<string, string[]> = {};
        // One page, loaded afresh in each scheme: switching in place let axe read stale colors.
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          await page.goto(path);
          found[colorScheme] = await violations(page);
        }
        expect(found).toEqual({ light: [], dark: [] });
      });
    }
  });
}
