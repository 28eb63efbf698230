import { readFileSync, statSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { WIDTHS, axeBySchemes, sitePaths } from '../../scripts/axe.mjs';

const DIST = process.env['E2E_DIST'] ?? 'dist';
const paths = sitePaths(readFileSync(`${DIST}/sitemap-0.xml`, 'utf8'));

const fileOf = (path: string) => `${DIST}${path.endsWith('/') ? `${path}index.html` : path}`;

// Pages built from the same layout fail at a narrow width in the same way, so the phone width is
// checked on one page of each kind: the longest, where crowding shows first. `npm run audit`
// checks every page at both widths.
const kindOf = (path: string) => {
  const parts = path.split('/').filter(Boolean);
  return parts.length > 1 ? `${parts[0]}/*` : (parts[0] ?? '');
};
const longest = new Map<string, string>();
for (const path of paths) {
  const best = longest.get(kindOf(path));
  if (!best || statSync(fileOf(path)).size > statSync(fileOf(best)).size) {
    longest.set(kindOf(path), path);
  }
}
const SWEEPS = { desktop: paths, phone: [...longest.values()] };

test('the sitemap lists the site pages', () => {
  expect(paths.length).toBeGreaterThan(20);
  expect(SWEEPS.phone.length).toBeGreaterThan(10);
});

// Spread the sweep over both workers.
test.describe.configure({ mode: 'parallel' });

for (const width of WIDTHS) {
  test.describe(`at ${width.name} width`, () => {
    test.use(width.use);
    for (const path of SWEEPS[width.name as keyof typeof SWEEPS]) {
      test(`${path} has no accessibility violations in the light or the dark scheme`, async ({
        page,
      }) => {
        expect(await axeBySchemes(page, path)).toEqual({ light: [], dark: [] });
      });
    }
  });
}
