// Audits built sites: accessibility (axe on every page, at two widths, in both color schemes),
// valid HTML (Nu HTML Checker), no broken links or fragments (linkinator, at the root and under a
// sub-path), Lighthouse scores and LCP, page weight against the budgets in audit-budgets.json, and
// the content security policy. Prints one table; exits 1 on any failure.
// `npm run audit` builds both sites first. Usage:
//   node scripts/audit.mjs [--dist dist] [--subpath-dist dist-subpath] [--subpath /follow-up/]
//                          [--only a11y,html,links,lighthouse,weight,saved,csp]
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { LinkChecker } from 'linkinator';
import { findChromium, HOW_TO_GET_ONE } from './find-browser.mjs';
import { SCHEMES, WIDTHS, axeBySchemes, sitePaths } from './axe.mjs';
import { readHeaderRules, serve } from './static-server.mjs';

const CHECKS = ['a11y', 'html', 'links', 'lighthouse', 'weight', 'saved', 'csp'];
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
const budgets = JSON.parse(readFileSync(new URL('../audit-budgets.json', import.meta.url), 'utf8'));
const CATEGORIES = Object.keys(budgets.lighthouse.minScores);
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** One line of the report. */
const rows = [];
/** Lines explaining failures, printed under the table. */
const details = [];
function row(check, page, figure, budget, pass, why = []) {
  rows.push({ check, page, figure: String(figure), budget: String(budget), pass });
  if (pass) return;
  details.push(`${check} ${page}:`);
  for (const w of why.slice(0, 40)) details.push(`  ${w}`);
  if (why.length > 40) details.push(`  … and ${why.length - 40} more`);
}
const kb = (bytes) =>
  bytes === 0 ? '0 B' : `${(bytes / 1024).toFixed(Number.isInteger(bytes / 1024) ? 0 : 1)} KB`;
const gz = (data) => gzipSync(data).length;

function* filesUnder(folder, suffix) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path, suffix);
    else if (name.endsWith(suffix)) yield path;
  }
}

/** The page's URL path relative to the deploy base, e.g. "/guides/faq/" or "/404.html". */
const pagePath = (dist, file) =>
  `/${relative(dist, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

function requireBuilt(dist) {
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`No built site in ${dist}/ — run npm run build first (npm run audit does).`);
    process.exit(2);
  }
}

// ---------------------------------------------------------------------------------------------
// Accessibility: axe on every page of the sitemap, at both widths, in both schemes.

async function checkA11y(dist, server) {
  const paths = sitePaths(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8'));
  const browser = await chromium.launch({
    executablePath: chromePath(),
    args: CHROME_FLAGS.filter((flag) => !flag.startsWith('--headless')),
  });
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

// ---------------------------------------------------------------------------------------------
// Valid HTML: the Nu HTML Checker over every page.

async function checkHtml(dist) {
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  const pages = [...filesUnder(dist, '.html')].length;
  const result = await new Promise((done) => {
    const child = spawn(
      'java',
      ['-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', dist],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', (error) => done({ error }));
    child.on('close', (code) => done({ code, out }));
  });
  if (result.error) {
    row('html', `${dist}/`, 'not run', '0 errors', false, [
      `Java could not start (${result.error.message}): install Java 17, e.g. apt-get install openjdk-17-jre-headless.`,
    ]);
    return;
  }
  let messages;
  try {
    messages = JSON.parse(result.out).messages.filter((m) => m.type === 'error');
  } catch {
    row('html', `${dist}/`, 'not run', '0 errors', false, [result.out.slice(0, 2000)]);
    return;
  }
  row(
    'html (vnu)',
    `${pages} pages`,
    `${messages.length} errors`,
    '0 errors',
    messages.length === 0,
    messages.map(
      (m) => `${relative(resolve(dist), new URL(m.url).pathname)}:${m.lastLine} ${m.message}`,
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Links: crawl from every sitemap page, checking fragments; other origins are not fetched
// (the check runs offline), so they are counted as skipped.

async function checkLinks(dist, server, label) {
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

// ---------------------------------------------------------------------------------------------
// Weight: what each page makes the browser fetch and run before anyone touches it.

const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
const STATIC_REEXPORT = /\bexport\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*["']([^"']+)["']/g;

/** Module files a script pulls in through static imports (not import(), which loads on demand). */
function importsOf(code) {
  return [...code.matchAll(STATIC_IMPORT), ...code.matchAll(STATIC_REEXPORT)].map((m) => m[1]);
}

function pageWeight(dist, base, file, loaded = []) {
  const html = readFileSync(file, 'utf8');
  const pageUrl = new URL(`${base}${pagePath(dist, file).slice(1)}`, 'http://site.invalid');
  const toFile = (href) => {
    const { pathname } = new URL(href, pageUrl);
    return pathname.startsWith(base)
      ? join(dist, decodeURIComponent(pathname.slice(base.length)))
      : null;
  };
  const scripts = new Set();
  let inlineJs = 0;
  const follow = (path, from) => {
    const target = from ? join(from, '..', path) : toFile(path);
    if (!target || scripts.has(target) || !existsSync(target)) return;
    scripts.add(target);
    for (const dep of importsOf(readFileSync(target, 'utf8'))) {
      if (dep.startsWith('.')) follow(dep, target);
      else if (dep.startsWith('/')) follow(dep);
    }
  };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1];
    if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (src) follow(src);
    else {
      inlineJs += gz(m[2]);
      for (const dep of importsOf(m[2])) follow(dep);
    }
  }
  // Chunks an island imports with import() as it mounts show up only in Lighthouse's record.
  for (const path of loaded) follow(path);
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const a of m[0].matchAll(/\b(?:component|renderer|before-hydration)-url="([^"]+)"/g)) {
      follow(a[1]);
    }
  }
  let css = 0;
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(m[0])?.[1];
    const target = href && toFile(href);
    if (target && existsSync(target)) css += gz(readFileSync(target));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css += gz(m[1]);
  const js = inlineJs + [...scripts].reduce((sum, f) => sum + gz(readFileSync(f)), 0);
  return {
    js,
    css,
    html: gz(html),
    scripts: [...scripts].map((f) => `${relative(dist, f)} ${kb(gz(readFileSync(f)))}`),
  };
}

/** Script URL paths Lighthouse saw each page fetch while it loaded, by page path. */
const loadedScripts = new Map();

const typeOf = (path) => budgets.pageTypes.find((t) => new RegExp(t.match).test(path));

function checkWeight(dist) {
  const byType = new Map();
  for (const file of filesUnder(dist, '.html')) {
    const path = pagePath(dist, file);
    const type = typeOf(path);
    if (!byType.has(type)) byType.set(type, []);
    byType.get(type).push({ path, ...pageWeight(dist, '/', file, loadedScripts.get(path)) });
  }
  for (const type of budgets.pageTypes) {
    const pages = byType.get(type) ?? [];
    if (pages.length === 0) continue;
    // A type with a few pages gets a row per page; a larger one, its heaviest page.
    const groups = pages.length <= 3 ? pages.map((p) => [p]) : [pages];
    for (const metric of ['js', 'css', 'html']) {
      const budget = type[`${metric}GzKB`] * 1024;
      for (const group of groups) {
        const worst = group.reduce((a, b) => (b[metric] > a[metric] ? b : a));
        const where = `${type.type}${group.length === 1 ? '' : ` ×${group.length}, max`} ${worst.path}`;
        const over = group.filter((p) => p[metric] > budget);
        row(
          `${metric} gz`,
          where,
          kb(worst[metric]),
          `≤ ${kb(budget)}`,
          over.length === 0,
          over.map(
            (p) =>
              `${p.path}: ${kb(p[metric])}${metric === 'js' ? ` from ${p.scripts.join(', ') || 'inline scripts'}` : ''}`,
          ),
        );
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Saved details: a first visit (above) fetches only what the tool pages show; a browser that holds
// saved details also loads their validation, the timeline rules and the checker at once. Measured
// in Chromium with one saved interview, until no script has been requested for a second.

// What the site stores for a returning visitor, kept where the unit and e2e tests can share it.
const SAVED_STATE = JSON.stringify(
  JSON.parse(readFileSync(new URL('../tests/fixtures/saved-state.json', import.meta.url), 'utf8')),
);

async function checkSaved(dist, server) {
  const { pages, jsGzKB } = budgets.saved;
  const browser = await chromium.launch({ executablePath: chromePath() });
  try {
    for (const path of pages) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      // Runs in the page, before its own scripts.
      await context.addInitScript((state) => {
        const storage = globalThis.localStorage;
        if (storage.getItem('follow-up') === null) storage.setItem('follow-up', state);
      }, SAVED_STATE);
      const page = await context.newPage();
      const scripts = new Set();
      let last = Date.now();
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === server.origin && url.pathname.endsWith('.js')) {
          scripts.add(url.pathname);
          last = Date.now();
        }
      });
      await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
      while (Date.now() - last < 1000) await page.waitForTimeout(250);
      const unread = await page.getByText('could not be read').count();
      await context.close();
      const weight = pageWeight(dist, '/', join(dist, path, 'index.html'), [...scripts]);
      const budget = jsGzKB * 1024;
      const why = [`${path}: ${kb(weight.js)} from ${weight.scripts.join(', ')}`];
      if (unread > 0) why.unshift(`${path} could not read the saved details the audit gave it.`);
      row(
        'js gz, saved',
        path,
        kb(weight.js),
        `≤ ${kb(budget)}`,
        unread === 0 && weight.js <= budget,
        why,
      );
    }
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------
// CSP: every page carries a hash-based policy in <meta>; _headers sends the rest.

function checkCsp(dist) {
  const problems = [];
  let pages = 0;
  for (const file of filesUnder(dist, '.html')) {
    pages += 1;
    const html = readFileSync(file, 'utf8');
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
    const scriptSrc = meta
      ?.replace(/&#39;/g, "'")
      .split(';')
      .find((d) => d.trim().startsWith('script-src'));
    if (!scriptSrc) problems.push(`${pagePath(dist, file)} has no <meta> CSP with script-src`);
    else if (/'unsafe-(inline|eval)'/.test(scriptSrc)) {
      problems.push(`${pagePath(dist, file)} allows unsafe scripts: ${scriptSrc.trim()}`);
    }
    if (/\sstyle="/.test(html)) {
      problems.push(`${pagePath(dist, file)} has a style="" attribute, which the CSP blocks`);
    }
  }
  const all = readHeaderRules(dist).find((r) => r.pattern === '/*');
  const header = (name) => all?.headers.find(([n]) => n.toLowerCase() === name)?.[1] ?? '';
  if (!/frame-ancestors 'none'/.test(header('content-security-policy'))) {
    problems.push(`_headers sends no Content-Security-Policy with frame-ancestors 'none' for /*`);
  }
  if (header('x-content-type-options') !== 'nosniff') {
    problems.push('_headers sends no X-Content-Type-Options: nosniff for /*');
  }
  if (!header('referrer-policy')) problems.push('_headers sends no Referrer-Policy for /*');
  if (!/camera=\(\)/.test(header('permissions-policy'))) {
    problems.push('_headers sends no Permissions-Policy denying the camera and the like for /*');
  }
  row(
    'csp',
    `${pages} pages + _headers`,
    `${problems.length} problems`,
    "hashes, no 'unsafe-*'",
    problems.length === 0,
    problems,
  );
}

// ---------------------------------------------------------------------------------------------
// Lighthouse, mobile preset (its default config), one page at a time in one Chromium.

function chromePath() {
  const found = findChromium();
  if (!found) {
    console.error(HOW_TO_GET_ONE);
    process.exit(2);
  }
  return found.executablePath ?? chromium.executablePath();
}

/** Runs Lighthouse once; returns the report, or a runtime error as { error }. */
async function runLighthouse(url, port) {
  const { lhr } = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
  });
  return lhr.runtimeError ? { error: lhr.runtimeError.message } : lhr;
}

/** Scores 0–100 by category, and whether each meets its minimum and the page's LCP budget. */
function judge(lhr, type) {
  const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
  const lcp = Math.round(lhr.audits['largest-contentful-paint'].numericValue);
  const scoresPass = CATEGORIES.every((c, i) => scores[i] >= budgets.lighthouse.minScores[c]);
  return { scores, lcp, scoresPass, pass: scoresPass && lcp <= type.lcpMs };
}

/** Share of CPU time the machine spent idle over the next `ms` milliseconds, 0–1. */
async function idleShare(ms) {
  const sample = () =>
    cpus().reduce(
      (sum, { times }) => ({
        idle: sum.idle + times.idle,
        all: sum.all + times.user + times.nice + times.sys + times.idle + times.irq,
      }),
      { idle: 0, all: 0 },
    );
  const before = sample();
  await sleep(ms);
  const after = sample();
  return (after.idle - before.idle) / Math.max(1, after.all - before.all);
}

/**
 * Waits (up to a minute) until the CPU has been at least 90% idle for three seconds in a row, so
 * that Lighthouse times the site rather than the browsers the audit has just closed. Returns the
 * seconds waited.
 */
async function settle() {
  const start = Date.now();
  let quiet = 0;
  while (quiet < 3 && Date.now() - start < 60_000) {
    quiet = (await idleShare(1000)) >= 0.9 ? quiet + 1 : 0;
  }
  return Math.round((Date.now() - start) / 1000);
}

const TRIES = 3;
/** Lighthouse's CPU benchmark for each run: low figures mean a busy machine and slow timings. */
const benchmarks = [];

async function checkLighthouse(dist, server) {
  const chrome = await launch({ chromePath: chromePath(), chromeFlags: CHROME_FLAGS });
  try {
    for (const path of budgets.lighthouse.pages) {
      const type = typeOf(path);
      if (!existsSync(join(dist, path, 'index.html'))) {
        row('lighthouse', path, 'page missing', 'built', false, [`${dist}${path} was not built.`]);
        continue;
      }
      // Best of up to three runs: noise from a busy machine rarely survives three tries.
      let best;
      let tries = 0;
      const errors = [];
      while (tries < TRIES && !best?.verdict.pass) {
        tries += 1;
        const lhr = await runLighthouse(`${server.origin}${path}`, chrome.port);
        if (lhr.error) {
          errors.push(lhr.error);
          continue;
        }
        benchmarks.push(Math.round(lhr.environment.benchmarkIndex));
        const verdict = judge(lhr, type);
        const total = (v) => v.scores.reduce((a, b) => a + b, 0) - v.lcp / 1e6;
        if (!best || total(verdict) > total(best.verdict)) best = { lhr, verdict };
      }
      const label = tries === 1 ? path : `${path} (best of ${tries})`;
      if (!best) {
        row('lighthouse', label, 'error', 'runs', false, errors);
        continue;
      }
      const { lhr, verdict } = best;
      const lost = CATEGORIES.flatMap((c) =>
        lhr.categories[c].auditRefs
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => {
            const a = lhr.audits[ref.id];
            return `${c}: ${a.id} (${a.score}) ${a.title}${a.displayValue ? ` — ${a.displayValue}` : ''}`;
          }),
      );
      row(
        'lighthouse',
        label,
        verdict.scores.join(' / '),
        CATEGORIES.map((c) => budgets.lighthouse.minScores[c]).join(' / '),
        verdict.scoresPass,
        lost,
      );
      row(
        'lcp (mobile)',
        label,
        `${verdict.lcp} ms`,
        `≤ ${type.lcpMs} ms`,
        verdict.lcp <= type.lcpMs,
        [`Largest contentful paint ${verdict.lcp} ms on Lighthouse's simulated mid-range phone.`],
      );
      const requests = lhr.audits['network-requests']?.details?.items ?? [];
      loadedScripts.set(
        path,
        requests
          .filter((r) => r.resourceType === 'Script' && r.url.startsWith(server.origin))
          .map((r) => new URL(r.url).pathname),
      );
      const offsite = requests.filter(
        (r) => !r.url.startsWith(server.origin) && !/^data:/.test(r.url),
      );
      row(
        'requests off-site',
        path,
        offsite.length,
        0,
        offsite.length === 0,
        offsite.map((r) => r.url),
      );
    }
  } finally {
    chrome.kill();
  }
}

// ---------------------------------------------------------------------------------------------

const started = Date.now();
const loadAtStart = loadavg()[0].toFixed(1);
const timings = [];
const timed = async (name, work) => {
  const t = Date.now();
  await work();
  timings.push(`${name} ${((Date.now() - t) / 1000).toFixed(1)} s`);
};

const dist = opts.dist;
const subDist = opts['subpath-dist'];
requireBuilt(dist);
if (only.has('links')) requireBuilt(subDist);
const rootServer = await serve(dist, '/');
const subServer = only.has('links') ? await serve(subDist, opts.subpath) : null;
try {
  // Java and the crawler share the two cores; Lighthouse runs alone afterwards so that its
  // timings are not disturbed.
  await Promise.all([
    only.has('html') ? timed('html', () => checkHtml(dist)) : null,
    only.has('links')
      ? timed('links', async () => {
          await checkLinks(dist, rootServer, `${dist}/ at /`);
          await checkLinks(subDist, subServer, `${subDist}/ at ${opts.subpath}`);
        })
      : null,
  ]);
  if (only.has('a11y')) await timed('a11y', () => checkA11y(dist, rootServer));
  if (only.has('lighthouse')) {
    await timed('settling', async () => void (await settle()));
    await timed('lighthouse', () => checkLighthouse(dist, rootServer));
  }
  // After Lighthouse, so that chunks it saw loading count towards the page's JavaScript.
  if (only.has('weight')) await timed('weight', () => checkWeight(dist));
  if (only.has('saved')) await timed('saved', () => checkSaved(dist, rootServer));
  if (only.has('csp')) await timed('csp', () => checkCsp(dist));
} finally {
  await rootServer.close();
  await subServer?.close();
}

const head = { check: 'check', page: 'page', figure: 'figure', budget: 'budget', pass: 'result' };
const table = [head, ...rows.map((r) => ({ ...r, pass: r.pass ? 'pass' : 'FAIL' }))];
const widths = Object.keys(head).map((k) => Math.max(...table.map((r) => [...r[k]].length)));
const line = (r) =>
  Object.keys(head)
    .map((k, i) => r[k] + ' '.repeat(widths[i] - [...r[k]].length))
    .join(' | ')
    .trimEnd();
console.log(`\nAudit of ${dist}/${only.has('links') ? ` and ${subDist}/` : ''}\n`);
console.log(line(table[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of table.slice(1)) console.log(line(r));
const failed = rows.filter((r) => !r.pass).length;
if (details.length > 0) console.log(`\nWhat failed:\n${details.join('\n')}`);
console.log(`\nTook ${((Date.now() - started) / 1000).toFixed(0)} s: ${timings.join(', ')}.`);
// Lighthouse's timings (TBT above all) grow when other work shares the CPU: say how busy it was.
console.log(
  `Machine: ${availableParallelism()} cores, load average ${loadAtStart} at the start` +
    (benchmarks.length > 0
      ? `; Lighthouse CPU benchmark ${Math.min(...benchmarks)}–${Math.max(...benchmarks)}.`
      : '.'),
);
console.log(`${rows.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
