import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

import SAVED from '../fixtures/saved-state.json' with { type: 'json' };

// Every page the sitemap lists, read from the build under test, plus the not-found page.
const DIST = process.env['E2E_DIST'] ?? 'dist';
const paths = [
  ...[...readFileSync(`${DIST}/sitemap-0.xml`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    ([, loc = '']) => new URL(loc).pathname,
  ),
  '/no-such-page/',
];

test.use({ viewport: { width: 320, height: 640 } });

for (const saved of [false, true]) {
  test(`no page is wider than a 320 px phone screen, ${saved ? 'with an interview saved' : 'with nothing saved'}`, async ({
    page,
  }) => {
    test.setTimeout(paths.length * 4000);
    if (saved) {
      await page.addInitScript(
        (state) => localStorage.setItem('follow-up', state),
        JSON.stringify(SAVED),
      );
    }
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path} is ${width} px wide`);
    }
    expect(paths.length).toBeGreaterThan(40);
    expect(wide).toEqual([]);
  });
}

test('a wide table scrolls inside its own labelled region, which the keyboard can reach', async ({
  page,
}) => {
  await page.goto('/guides/measuring-your-follow-up/');
  const region = page.getByRole('region', { name: 'Table: A worked example' });
  await expect(region).toBeVisible();
  await expect(region).toHaveAttribute('tabindex', '0');
  const { scroll, client } = await region.evaluate((el) => ({
    scroll: el.scrollWidth,
    client: el.clientWidth,
  }));
  expect(scroll).toBeGreaterThan(client);
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});
