// Accessibility: axe (WCAG 2.2 AA) on every page of the sitemap, at both widths, in both schemes.
import { SCHEMES, WIDTHS, axeBySchemes } from '../axe.mjs';
import { launchChromium } from './browser.mjs';
import { row } from './report.mjs';
import { sitemapPaths } from './site.mjs';

export async function checkA11y(dist, server) {
  const paths = sitemapPaths(dist);
  const browser = await launchChromium();
  try {
    for (const width of WIDTHS) {
      const problems = [];
      const queue = [...paths];
      // Two pages at a time, one per core.
      const worker = async () => {
        const context = await browser.newContext(width.use);
        const page = await context.newPage();
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
          const found = await axeBySchemes(page, `${server.origin}${path}`);
          for (const scheme of SCHEMES) {
            for (const v of found[scheme]) problems.push(`${path} (${scheme}): ${v}`);
          }
        }
        await context.close();
      };
      await Promise.all([worker(), worker()]);
      row(
        'a11y',
        `${paths.length} pages, ${width.name}, ${SCHEMES.join(' + ')}`,
        `${problems.length} violations`,
        '0 (WCAG 2.2 AA)',
        problems.length === 0,
        problems,
      );
    }
  } finally {
    await browser.close();
  }
}
