// Lighthouse (mobile preset): three runs per page and state, each category and LCP judged by the
// median run; the tool pages both on a first visit and with saved details; no off-site requests.
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, chromePath } from './browser.mjs';
import { row } from './report.mjs';
import { STORAGE_KEY, budgets, pageFile, savedStateJson, typeOf } from './site.mjs';

const { runs: RUNS, categories: CATEGORIES } = budgets.lighthouse;
/** Text a tool page shows when it rejects the saved details it was given. */
const UNREADABLE = /could not be read|cannot be read/;

/** Lighthouse's CPU benchmark for each run: low figures mean a busy machine and slow timings. */
export const benchmarks = [];

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
export async function settle() {
  const start = Date.now();
  let quiet = 0;
  while (quiet < 3 && Date.now() - start < 60_000) {
    quiet = (await idleShare(1000)) >= 0.9 ? quiet + 1 : 0;
  }
  return Math.round((Date.now() - start) / 1000);
}

/**
 * Empties the site's storage and the browser cache, then, on a scriptless page of the site, stores
 * `savedState` (or checks that nothing is stored). Lighthouse then runs with its own storage reset
 * off, so that what is stored here is what the page finds.
 */
async function prepareStorage(tab, server, savedState) {
  const cdp = await tab.createCDPSession();
  await cdp.send('Storage.clearDataForOrigin', { origin: server.origin, storageTypes: 'all' });
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
  await tab.goto(`${server.origin}${server.base}robots.txt`);
  const stored = await tab.evaluate(
    ([key, state]) => {
      const storage = globalThis.localStorage;
      if (state !== null) storage.setItem(key, state);
      return storage.length;
    },
    [STORAGE_KEY, savedState],
  );
  const expected = savedState === null ? 0 : 1;
  if (stored !== expected) {
    throw new Error(`localStorage holds ${stored} keys before the run instead of ${expected}`);
  }
}

/** After a saved-state run: why the page did not show the saved details, if it did not. */
async function savedProblems(tab) {
  const { kept, text } = await tab.evaluate((key) => {
    const { localStorage, document } = globalThis;
    return { kept: localStorage.getItem(key) !== null, text: document.body?.innerText ?? '' };
  }, STORAGE_KEY);
  const problems = [];
  if (!kept) problems.push(`the saved details were gone from localStorage after the run`);
  if (UNREADABLE.test(text)) problems.push('the page could not read the saved details');
  return problems;
}

/** One Lighthouse run in a new tab; returns { lhr, problems } or { error }. */
async function runOnce(browser, port, server, url, savedState) {
  const tab = await browser.newPage();
  try {
    await prepareStorage(tab, server, savedState);
    const result = await lighthouse(
      url,
      {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
        disableStorageReset: true,
        // Taken after the trace, so it changes no score; skipping it saves time.
        disableFullPageScreenshot: true,
      },
      undefined,
      tab,
    );
    const lhr = result?.lhr;
    if (!lhr) return { error: 'Lighthouse returned no report' };
    if (lhr.runtimeError) return { error: lhr.runtimeError.message };
    return { lhr, problems: savedState === null ? [] : await savedProblems(tab) };
  } catch (error) {
    return { error: error.message };
  } finally {
    await tab.close();
  }
}

/** The middle value (the lower middle one for an even count). */
const median = (values) => values.toSorted((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/** Scores 0–100 by category, LCP in ms and CLS of one report. */
const figures = (lhr) => ({
  scores: CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100)),
  lcp: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
  cls: lhr.audits['cumulative-layout-shift'].numericValue,
});

/** Audits that lost points in any run, with their score and value in each run. */
function lostPoints(lhrs) {
  return CATEGORIES.flatMap((c) =>
    lhrs[0].categories[c].auditRefs
      .filter((ref) => ref.weight > 0 && lhrs.some((l) => (l.audits[ref.id]?.score ?? 1) < 1))
      .map((ref) => {
        const runs = lhrs.map((l) => l.audits[ref.id]);
        const a = runs[0];
        const scores = runs.map((r) => r?.score ?? '–').join(' / ');
        const values = runs.map((r) => r?.displayValue).filter(Boolean);
        return `${c}: ${a.id} (${scores}) ${a.title}${values.length ? ` — ${values.join(' / ')}` : ''}`;
      }),
  );
}

/** Attempts beyond RUNS for runs that give no report (Lighthouse sometimes loses a trace). */
const SPARE_ATTEMPTS = 2;

/** Runs a page RUNS times in one state and adds its row; returns the reports. */
async function auditPage(browser, port, server, page, state) {
  const label =
    state === 'saved'
      ? `${page.path} (saved)`
      : page.saved
        ? `${page.path} (first visit)`
        : page.path;
  const minScores = budgets.lighthouse.minScores[page.minScores];
  const { lcpMs } = typeOf(page.path);
  const savedState = state === 'saved' ? savedStateJson() : null;
  const lhrs = [];
  /** Runs that gave no report: retried, and reported only when RUNS reports could not be had. */
  const errors = [];
  /** What went wrong in runs that did give a report: these fail the row. */
  const problems = [];
  for (let attempt = 1; lhrs.length < RUNS && attempt <= RUNS + SPARE_ATTEMPTS; attempt += 1) {
    const run = await runOnce(browser, port, server, `${server.origin}${page.path}`, savedState);
    if (run.error) {
      errors.push(`attempt ${attempt}: ${run.error}`);
      continue;
    }
    benchmarks.push(Math.round(run.lhr.environment.benchmarkIndex));
    lhrs.push(run.lhr);
    problems.push(...run.problems.map((p) => `run ${lhrs.length}: ${p}`));
  }
  const budget = `≥ ${CATEGORIES.map((c) => minScores[c]).join('/')}, LCP ≤ ${lcpMs} ms`;
  if (lhrs.length === 0) {
    row('lighthouse', label, 'error', budget, false, errors);
    return lhrs;
  }
  const runs = lhrs.map(figures);
  const scores = CATEGORIES.map((_, i) => median(runs.map((r) => r.scores[i])));
  const lcp = median(runs.map((r) => r.lcp));
  const cls = median(runs.map((r) => r.cls));
  const scoresPass = CATEGORIES.every((c, i) => scores[i] >= minScores[c]);
  const complete = lhrs.length === RUNS;
  const why = [...problems];
  if (!complete) why.unshift(`only ${lhrs.length} of ${RUNS} runs gave a report`, ...errors);
  else why.push(...errors.map((e) => `${e} (run again)`));
  if (lcp > lcpMs) {
    why.push(
      `Median largest contentful paint ${lcp} ms on Lighthouse's simulated mid-range phone.`,
    );
  }
  if (!scoresPass || why.length > 0) why.push(...lostPoints(lhrs));
  const retried =
    errors.length > 0 ? `, ${errors.length} lost run${errors.length > 1 ? 's' : ''} rerun` : '';
  row(
    'lighthouse',
    label,
    `median ${scores.join('/')} (runs ${runs.map((r) => r.scores.join('/')).join(', ')}), ` +
      `LCP ${lcp} ms, CLS ${Number(cls.toFixed(3))}${complete ? retried : ''}`,
    budget,
    complete && scoresPass && lcp <= lcpMs && problems.length === 0,
    why,
  );
  return lhrs;
}

export async function checkLighthouse(dist, server) {
  const chrome = await launch({ chromePath: chromePath(), chromeFlags: CHROME_FLAGS });
  let browser;
  try {
    browser = await puppeteer.connect({
      browserURL: `http://127.0.0.1:${chrome.port}`,
      defaultViewport: null,
    });
    for (const page of budgets.lighthouse.pages) {
      if (!existsSync(pageFile(dist, page.path))) {
        row('lighthouse', page.path, 'page missing', 'built', false, [
          `${dist}${page.path} was not built.`,
        ]);
        continue;
      }
      const lhrs = [];
      for (const state of page.saved ? ['empty', 'saved'] : ['empty']) {
        lhrs.push(...(await auditPage(browser, chrome.port, server, page, state)));
      }
      const requests = lhrs.flatMap((lhr) => lhr.audits['network-requests']?.details?.items ?? []);
      const offsite = [
        ...new Set(
          requests
            .map((r) => r.url)
            .filter((url) => !url.startsWith(server.origin) && !/^data:/.test(url)),
        ),
      ];
      row('requests off-site', page.path, offsite.length, 0, offsite.length === 0, offsite);
    }
  } finally {
    await browser?.disconnect();
    chrome.kill();
  }
}
