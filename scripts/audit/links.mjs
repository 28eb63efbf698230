// Links: no broken links or fragments, crawling from every sitemap page and the 404 page; links to
// other origins are not fetched (the check runs offline) and count as skipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import { row } from './report.mjs';

export async function checkLinks(dist, server, label) {
  const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  const start = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => `${server.origin}${new URL(m[1]).pathname}`,
  );
  start.push(`${server.origin}${server.base}404.html`);
  const checker = new LinkChecker();
  const result = await checker.check({
    path: start,
    recurse: true,
    checkFragments: true,
    concurrency: 16,
    timeout: 15_000,
    linksToSkip: async (link) => !link.startsWith(server.origin),
  });
  const broken = result.links.filter((l) => l.state === 'BROKEN');
  const checked = result.links.filter((l) => l.state === 'OK').length;
  const skipped = result.links.filter((l) => l.state === 'SKIPPED').length;
  row(
    'links',
    `${label} (${checked} ok, ${skipped} off-site skipped)`,
    `${broken.length} broken`,
    '0 broken',
    broken.length === 0,
    broken.map((l) => {
      const why = l.failureDetails?.find((f) => f instanceof Error)?.message ?? `HTTP ${l.status}`;
      return `${l.url.replace(server.origin, '')} on ${l.parent?.replace(server.origin, '')}: ${why}`;
    }),
  );
}
