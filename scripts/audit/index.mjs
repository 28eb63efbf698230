// The audit's entry: runs the checks named in --only on the built sites (each in its own module
// here), prints one table and exits 1 on any failure. `npm run audit` builds both sites first.
// Usage:
//   node scripts/audit/index.mjs [--dist dist] [--subpath-dist dist-subpath] [--subpath /follow-up/]
//                                [--only a11y,html,links,lighthouse,weight,csp]
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { serve } from '../static-server.mjs';
import { checkA11y } from './a11y.mjs';
import { checkCsp } from './csp.mjs';
import { checkHtml } from './html.mjs';
import { benchmarks, checkLighthouse, settle } from './lighthouse.mjs';
import { checkLinks } from './links.mjs';
import { printReport, timed } from './report.mjs';
import { requireBuilt } from './site.mjs';
import { checkWeight } from './weight.mjs';

const CHECKS = ['a11y', 'html', 'links', 'lighthouse', 'weight', 'csp'];
const { values: opts } = parseArgs({
  options: {
    dist: { type: 'string', default: process.env.AUDIT_DIST ?? 'dist' },
    'subpath-dist': { type: 'string', default: process.env.AUDIT_SUBPATH_DIST ?? 'dist-subpath' },
    subpath: { type: 'string', default: '/follow-up/' },
    only: { type: 'string', default: CHECKS.join(',') },
  },
});
const only = new Set(opts.only.split(','));
const unknown = [...only].filter((c) => !CHECKS.includes(c));
if (unknown.length > 0) {
  console.error(`Unknown check ${unknown.join(', ')} in --only: choose from ${CHECKS.join(', ')}.`);
  process.exit(2);
}

const started = Date.now();
const loadAtStart = loadavg()[0].toFixed(1);
const dist = opts.dist;
const subDist = opts['subpath-dist'];
requireBuilt(dist);
if (only.has('links')) requireBuilt(subDist);
const rootServer = await serve(dist, '/');
const subServer = only.has('links') ? await serve(subDist, opts.subpath) : null;
try {
  // Java and the crawler share the two cores; then axe and the weight check (which mostly waits
  // for pages to go quiet, and counts bytes, not time); Lighthouse runs alone afterwards so that
  // its timings are not disturbed.
  await Promise.all([
    only.has('links')
      ? timed('links', async () => {
          await checkLinks(dist, rootServer, `${dist}/ at /`);
          await checkLinks(subDist, subServer, `${subDist}/ at ${opts.subpath}`);
        })
      : null,
    only.has('html') ? timed('html', () => checkHtml(dist)) : null,
  ]);
  await Promise.all([
    only.has('a11y') ? timed('a11y', () => checkA11y(dist, rootServer)) : null,
    only.has('weight') ? timed('weight', () => checkWeight(dist, rootServer)) : null,
  ]);
  if (only.has('lighthouse')) {
    await timed('settling', async () => void (await settle()));
    await timed('lighthouse', () => checkLighthouse(dist, rootServer));
  }
  if (only.has('csp')) await timed('csp', () => checkCsp(dist));
} finally {
  await rootServer.close();
  await subServer?.close();
}

const failed = printReport({
  title: `Audit of ${dist}/${only.has('links') ? ` and ${subDist}/` : ''}`,
  started,
  // Lighthouse's timings (TBT above all) grow when other work shares the CPU: say how busy it was.
  machine:
    `Machine: ${availableParallelism()} cores, load average ${loadAtStart} at the start` +
    (benchmarks.length > 0
      ? `; Lighthouse CPU benchmark ${Math.min(...benchmarks)}–${Math.max(...benchmarks)}.`
      : '.'),
});
process.exit(failed > 0 ? 1 : 0);
