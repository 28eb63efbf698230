// Page weight against the budgets: the JavaScript each page runs at load (its scripts and their
// static imports), its CSS and its HTML, gzipped; and the tool pages' JavaScript with saved details.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launchChromium } from './browser.mjs';
import { loadedScripts } from './lighthouse.mjs';
import { kb, row } from './report.mjs';
import { STORAGE_KEY, budgets, filesUnder, gz, pagePath, savedStateJson, typeOf } from './site.mjs';

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

export function checkWeight(dist) {
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

// A first visit (above) fetches only what the tool pages show; a browser that holds saved details
// also loads their validation, the timeline rules and the checker at once. Measured in Chromium
// with one saved interview, until no script has been requested for a second.
export async function checkSaved(dist, server) {
  const { pages, jsGzKB } = budgets.saved;
  const savedState = savedStateJson();
  const browser = await launchChromium();
  try {
    for (const path of pages) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      // Runs in the page, before its own scripts.
      await context.addInitScript(
        ([key, state]) => {
          const storage = globalThis.localStorage;
          if (storage.getItem(key) === null) storage.setItem(key, state);
        },
        [STORAGE_KEY, savedState],
      );
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
