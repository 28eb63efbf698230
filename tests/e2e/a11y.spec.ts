import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Every page the sitemap lists, plus the pages it leaves out on purpose.
const sitemap = readFileSync(`${process.env['E2E_DIST'] ?? 'dist'}/sitemap-0.xml`, 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
paths.push('/404.html');

test('the sitemap lists the site pages', () => {
  expect(paths.length).toBeGreaterThan(20);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`in the ${scheme} color scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of paths) {
      test(`${path} has no accessibility violations`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(
          results.violations.map(
            (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
          ),
        ).toEqual([]);
      });
    }
  });
}
