// Page weight against the budgets: the JavaScript each page fetches at load, measured in Chromium
// (tool pages also with saved details), and the CSS and HTML each page's HTML file brings.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import filePlugin from '@size-limit/file';
import sizeLimit from 'size-limit';
import { launchChromium } from './browser.mjs';
import { kb, row } from './report.mjs';
import {
  STORAGE_KEY,
  budgets,
  gz,
  pageFile,
  savedStateJson,
  sitemapPaths,
  typeOf,
} from './site.mjs';

/** Text a tool page shows when it rejects the saved details it was given. */
const UNREADABLE = /could not be read|cannot be read/;

/**
 * Loads `path` in a fresh context (no service worker, empty storage, or with `savedState` stored
 * under STORAGE_KEY before any page script runs) and returns the URL paths of the same-origin
 * scripts it requested until none had been for a second after the network went idle, and whether
 * it said it could not read saved details.
 */
async function scriptsAtLoad(browser, server, path, savedState) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    if (savedState) {
      // Runs in the page, before its own scripts; only once, so that the page's own writes stay.
      await context.addInitScript(
        ([key, state]) => {
          const storage = globalThis.localStorage;
          if (storage.getItem(key) === null) storage.setItem(key, state);
        },
        [STORAGE_KEY, savedState],
      );
    }
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
    const unreadable = savedState ? (await page.getByText(UNREADABLE).count()) > 0 : false;
    return { scripts: [...scripts], unreadable };
  } finally {
    await context.close();
  }
}

/** Gzipped bytes of each inline script of the HTML (JSON data blocks are not scripts). */
function inlineScripts(html) {
  const sizes = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/(ld\+)?json"/.test(m[1]) || /\bsrc="/.test(m[1])) continue;
    sizes.push(gz(m[2]));
  }
  return sizes;
}

/** The JavaScript of a page load: script files (sized by size-limit, gzip) plus inline scripts. */
async function jsWeight(dist, base, html, urlPaths) {
  const files = [];
  const missing = [];
  for (const urlPath of urlPaths.toSorted()) {
    const file = join(dist, decodeURIComponent(urlPath.slice(base.length)));
    if (urlPath.startsWith(base) && existsSync(file)) files.push(file);
    else missing.push(urlPath);
  }
  const inline = inlineScripts(html);
  const inlineTotal = inline.reduce((a, b) => a + b, 0);
  const checks = [files, ...files.map((f) => [f])].map((f) => ({ files: f, gzip: true }));
  const [total, ...each] = await sizeLimit([filePlugin], { checks });
  const list = files.map((f, i) => `${relative(dist, f)} ${kb(each[i].size)}`);
  if (inline.length > 0) list.push(`${inline.length} inline scripts ${kb(inlineTotal)}`);
  return { js: total.size + inlineTotal, list, missing };
}

/** CSS (linked stylesheets and <style>) and the HTML itself, gzipped, from the HTML file. */
function cssAndHtml(dist, base, path, html) {
  const pageUrl = new URL(`${base}${path.slice(1)}`, 'http://site.invalid');
  let css = 0;
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(m[0])?.[1];
    if (!href) continue;
    const { pathname } = new URL(href, pageUrl);
    const file = join(dist, decodeURIComponent(pathname.slice(base.length)));
    if (pathname.startsWith(base) && existsSync(file)) css += gz(readFileSync(file));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css += gz(m[1]);
  return { css, html: gz(html) };
}

/** Measures one page in one state: { path, saved, js, list, missing, unreadable, css, html }. */
async function measure(dist, server, browser, { path, savedState }) {
  const html = readFileSync(pageFile(dist, path), 'utf8');
  const loaded = await scriptsAtLoad(browser, server, path, savedState);
  const js = await jsWeight(dist, server.base, html, loaded.scripts);
  return {
    path,
    saved: Boolean(savedState),
    unreadable: loaded.unreadable,
    ...js,
    ...cssAndHtml(dist, server.base, path, html),
  };
}

const jsWhy = (p) => {
  const why = [`${p.path}: ${kb(p.js)} from ${p.list.join(', ') || 'nothing'}`];
  if (p.missing.length > 0) why.push(`${p.path} requested missing ${p.missing.join(', ')}`);
  if (p.unreadable) why.unshift(`${p.path} could not read the saved details the audit gave it.`);
  return why;
};

export async function checkWeight(dist, server) {
  const savedState = savedStateJson();
  const jobs = [];
  for (const path of sitemapPaths(dist)) {
    jobs.push({ path, savedState: null });
    if (typeOf(path).measureSaved) jobs.push({ path, savedState });
  }
  const results = [];
  const browser = await launchChromium();
  try {
    const queue = [...jobs];
    // Two pages at a time, one per core.
    const worker = async () => {
      for (let job = queue.shift(); job !== undefined; job = queue.shift()) {
        results.push(await measure(dist, server, browser, job));
      }
    };
    await Promise.all([worker(), worker()]);
  } finally {
    await browser.close();
  }
  const order = (p) => jobs.findIndex((j) => j.path === p.path);
  results.sort((a, b) => order(a) - order(b));

  for (const type of budgets.pageTypes) {
    const pages = results.filter((p) => !p.saved && typeOf(p.path) === type);
    if (pages.length === 0) continue;
    // A type with a few pages gets a row per page; a larger one, its heaviest page.
    const groups = pages.length <= 3 ? pages.map((p) => [p]) : [pages];
    for (const metric of ['js', 'css', 'html']) {
      const budget = type[`${metric}GzKB`] * 1024;
      for (const group of groups) {
        const worst = group.reduce((a, b) => (b[metric] > a[metric] ? b : a));
        const where = `${type.type}${group.length === 1 ? '' : ` ×${group.length}, max`} ${worst.path}`;
        const over = group.filter((p) => p[metric] > budget || (metric === 'js' && p.missing[0]));
        row(
          `${metric} gz`,
          where,
          kb(worst[metric]),
          `≤ ${kb(budget)}`,
          over.length === 0,
          over.flatMap((p) => (metric === 'js' ? jsWhy(p) : [`${p.path}: ${kb(p[metric])}`])),
        );
      }
      if (metric !== 'js') continue;
      // The same pages when the browser holds saved details, against the same budget.
      for (const p of results.filter((r) => r.saved && typeOf(r.path) === type)) {
        row(
          'js gz, saved',
          `${type.type} ${p.path}`,
          kb(p.js),
          `≤ ${kb(budget)}`,
          p.js <= budget && !p.unreadable && p.missing.length === 0,
          jsWhy(p),
        );
      }
    }
  }
}
