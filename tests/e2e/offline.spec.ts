import { expect, test, type Page } from '@playwright/test';
import { serve } from '../../scripts/static-server.mjs';

// The other tests block the service worker (see playwright.config.ts); these are about it.
test.use({ serviceWorkers: 'allow' });

/** Waits until this page is served by the site's service worker. */
async function waitUntilControlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first page was loaded before the worker existed; the next load goes through it.
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null))
    .toBe('activated');
}

test('after one visit, the timeline, the builder, the guides and search work offline', async ({
  page,
  context,
}) => {
  await page.goto('/timeline/');
  await waitUntilControlled(page);

  await expect(page.getByLabel('Company')).toBeEnabled();
  await page.getByLabel('Company').fill('Acme');
  await page.getByLabel('Interview date').fill('2026-11-20');
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('follow-up')))
    .toContain('"company":"Acme"');

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  await page.reload();
  // The form's own code arrives from the offline copy when the details are opened.
  await page.getByRole('button', { name: 'Edit details' }).click();
  await expect(page.getByLabel('Company')).toBeEnabled();
  await expect(page.getByLabel('Company')).toHaveValue('Acme');
  await expect(page.locator('ol.steps > li').first()).toBeVisible();

  await page.goto('/guides/thank-you-note/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // A link from a timeline step carries a query; the cached page answers it all the same.
  await page.goto('/templates/?template=check-in');
  await expect(page.getByRole('heading', { name: 'Write your follow-up', level: 1 })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Message', exact: true })).toHaveValue(/Acme/);

  await page.goto('/interviews/backup/');
  await expect(page.getByRole('button', { name: 'Export everything' })).toBeEnabled();

  await page.goto('/search/?q=voicemail');
  await expect(page.getByRole('status')).toContainText(/\d+ results? for “voicemail”/);
});

test('the service worker comes from this site, for the whole site, and fetches nothing else', async ({
  page,
  baseURL,
}) => {
  await page.goto('/templates/');
  const { scope, script } = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return { scope: registration.scope, script: registration.active?.scriptURL ?? '' };
  });
  expect(scope).toBe(new URL('/', baseURL).href);
  expect(script).toBe(new URL('/sw.js', baseURL).href);
  const source = await (await page.request.get('/sw.js')).text();
  // The Workbox runtime is inlined: no importScripts, no CDN.
  expect(source).not.toContain('importScripts');
  expect(source).toContain('"timeline/"');
});

test('article pages do not register the service worker', async ({ page }) => {
  await page.goto('/guides/thank-you-note/');
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toHaveLength(0);
});

test('a new version waits for the next visit, which says the site was updated', async ({
  page,
  context,
}) => {
  // A server of our own, so the test can publish a new version: the same worker, one byte changed.
  let version = 0;
  const site = await serve('dist', '/', {
    rewrite: (path: string, body: Buffer) =>
      path === '/sw.js' && version > 0
        ? Buffer.concat([body, Buffer.from(`\n// version ${version}\n`)])
        : undefined,
  });
  try {
    await page.goto(`${site.origin}/timeline/`);
    await waitUntilControlled(page);
    await expect(page.getByText('Follow-up was updated')).toHaveCount(0);

    version = 1;
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      await registration.update();
    });
    // Installing checks the whole precache, which takes a while on a busy machine.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('follow-up:update')), {
        timeout: 20_000,
      })
      .toBe('waiting');
    // Still the old version while this tab is open, and no notice yet.
    await page.reload();
    await expect(page.getByLabel('Company')).toBeEnabled();
    await expect(page.getByText('Follow-up was updated')).toHaveCount(0);

    // The next visit, once every tab of the old version is closed and the new one has taken over.
    // The browser's own record of the workers is watched from a blank tab: a page of the site would
    // itself be a tab of the old version and keep the new one waiting.
    const next = await context.newPage();
    const browser = await context.newCDPSession(next);
    const waiting = new Set<string>();
    const activated = new Promise<void>((done) => {
      browser.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const { versionId, status } of versions) {
          if (status === 'installed') waiting.add(versionId);
          else if (status === 'activated' && waiting.has(versionId)) done();
        }
      });
    });
    await browser.send('ServiceWorker.enable');
    await page.close();
    await activated;
    await next.goto(`${site.origin}/templates/`);
    // The worker is registered once the page has loaded, and the notice follows.
    await expect(next.getByRole('status').filter({ hasText: 'Follow-up was updated' })).toHaveText(
      'Follow-up was updated. You are seeing the newest version.',
      { timeout: 15_000 },
    );
    // Said once only.
    await next.reload();
    await expect(next.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(next.getByText('Follow-up was updated')).toHaveCount(0);
  } finally {
    await site.close();
  }
});
