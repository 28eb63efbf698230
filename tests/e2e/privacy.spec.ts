import { existsSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const DIST = process.env['E2E_DIST'] ?? 'dist';

// The holiday region the timeline suggests comes from the browser's language and time zone.
test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

/** The headers public/_headers sends with every page, as a host that reads the file would. */
function siteHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of readFileSync(`${DIST}/_headers`, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) inAll = line.trim() === '/*';
    else if (inAll) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}

type Visit = { path: string; use?: (page: Page) => Promise<void> };

const visits: Visit[] = [
  { path: '/' },
  { path: '/guides/thank-you-note/' },
  {
    path: '/search/?q=voicemail',
    use: async (page) => {
      // Pagefind runs WebAssembly in a worker: results prove the policy lets it.
      await expect(page.getByRole('status')).toContainText(/\d+ results? for “voicemail”/);
    },
  },
  {
    path: '/privacy/',
    use: async (page) => {
      // The erase button's script runs under the policy: it shows the button and answers it.
      await page.getByRole('button', { name: 'Erase my data' }).click();
      await page.getByRole('button', { name: 'Yes, erase everything' }).click();
      await expect(page.getByRole('status')).toHaveText(/nothing to erase/);
    },
  },
  // The two tools, once they are built.
  ...['/timeline/', '/templates/']
    .filter((path) => existsSync(`${DIST}${path}index.html`))
    .map((path) => ({ path })),
];

test.beforeEach(async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const headers = siteHeaders();
  // Serve every same-origin response with the site's own headers, so the header policy is
  // enforced alongside each page's <meta> policy; anything else is refused and recorded.
  await page.route('**/*', async (route) => {
    if (new URL(route.request().url()).origin !== origin) return route.abort();
    const response = await route.fetch();
    const own = { ...response.headers() };
    delete own['content-length'];
    delete own['content-encoding'];
    await route.fulfill({ response, headers: { ...own, ...headers } });
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
});

// A tool may still be loading a chunk as a test ends; that request is of no interest any more.
test.afterEach(async ({ page }) => {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

for (const { path, use } of visits) {
  test(`reading ${path} sends nothing to another site and breaks no security policy`, async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const offsite: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin && !['data:', 'blob:'].includes(url.protocol)) {
        offsite.push(request.url());
      }
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));

    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute(
      'content',
      /script-src 'self'/,
    );
    await use?.(page);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');

    const violations = await page.evaluate(
      () => (window as { __cspViolations?: string[] }).__cspViolations,
    );
    expect.soft(offsite, 'requests to other sites').toEqual([]);
    expect.soft(violations, 'content security policy violations').toEqual([]);
    expect.soft(consoleErrors, 'console errors').toEqual([]);
  });
}

/** Enters an interview on the timeline page and waits until it is saved. */
async function saveAnInterview(page: Page): Promise<void> {
  await page.goto('/timeline/');
  await expect(page.getByLabel('Company')).toBeEnabled();
  await page.getByLabel('Company').fill('Acme');
  await page.getByLabel('Interview date').fill('2026-11-20');
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('follow-up')))
    .toContain('"company":"Acme"');
  // The holiday region suggested from the browser is saved a moment later, with its days.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('follow-up')))
    .toContain('"holidayRegion":{"code":"US","year":2026');
}

test.describe('the privacy page', () => {
  test('erasing, once confirmed, removes every saved interview from this browser', async ({
    page,
  }) => {
    await saveAnInterview(page);
    await page.goto('/privacy/');
    await page.getByRole('button', { name: 'Erase my data' }).click();
    const question = page.getByRole('group', { name: /Erase every interview/ });
    await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await question.getByRole('button', { name: 'Yes, erase everything' }).click();

    await expect(page.getByRole('status')).toHaveText('Your data is erased from this browser.');
    await expect(page.getByRole('button', { name: 'Erase my data' })).toBeFocused();
    expect(await page.evaluate(() => localStorage.getItem('follow-up'))).toBeNull();
    await page.goto('/timeline/');
    await expect(page.getByLabel('Company')).toBeEnabled();
    await expect(page.getByLabel('Company')).toHaveValue('');
    await expect(page.getByText('Enter your interview date and every step appears')).toBeVisible();
  });

  test('says whether this browser has agreed to keep the site’s data', async ({ page }) => {
    await saveAnInterview(page);
    await page.goto('/privacy/');
    await expect(page.locator('#persist-status')).toHaveText(
      /^In this browser: it has (not )?agreed/,
    );
  });

  test('cancelling leaves everything saved as it was', async ({ page }) => {
    await saveAnInterview(page);
    const saved = await page.evaluate(() => localStorage.getItem('follow-up'));
    await page.goto('/privacy/');
    await page.getByRole('button', { name: 'Erase my data' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();

    await expect(page.getByRole('button', { name: 'Yes, erase everything' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Erase my data' })).toBeFocused();
    await expect(page.getByRole('status')).toHaveText('');
    expect(await page.evaluate(() => localStorage.getItem('follow-up'))).toBe(saved);
    await page.goto('/timeline/');
    await page.getByRole('button', { name: 'Edit details' }).click();
    await expect(page.getByLabel('Company')).toHaveValue('Acme');
  });

  test('a timeline open in another tab forgets the erased interview at once', async ({
    page,
    context,
  }) => {
    await saveAnInterview(page);
    const privacy = await context.newPage();
    await privacy.goto('/privacy/');
    await privacy.getByRole('button', { name: 'Erase my data' }).click();
    await privacy.getByRole('button', { name: 'Yes, erase everything' }).click();
    await expect(privacy.getByRole('status')).toHaveText('Your data is erased from this browser.');

    await expect(page.getByLabel('Company')).toHaveValue('');
    await expect(page.getByText('Enter your interview date and every step appears')).toBeVisible();
  });

  test('a message typed just before erasing in another tab is not written back afterwards', async ({
    page,
    context,
  }) => {
    await saveAnInterview(page);
    await page.clock.install();
    await page.goto('/templates/?template=check-in');
    const discussed = page.getByLabel('Something you discussed');
    await expect(discussed).toBeEditable();
    // Time stands still in this tab, so the draft waits to be saved, as in the moment after typing.
    await page.clock.pauseAt(Date.now() + 60_000);
    await discussed.fill('the research roadmap');
    const privacy = await context.newPage();
    await privacy.goto('/privacy/');
    await privacy.getByRole('button', { name: 'Erase my data' }).click();
    await privacy.getByRole('button', { name: 'Yes, erase everything' }).click();
    await expect(privacy.getByRole('status')).toHaveText('Your data is erased from this browser.');
    await page.clock.runFor(5_000);
    // Leaving the page saves what is pending, too: still nothing comes back.
    await page.goto('/privacy/');
    expect(await page.evaluate(() => localStorage.getItem('follow-up'))).toBeNull();
  });

  test('with storage blocked, erasing says that nothing was saved here', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto('/privacy/');
    await page.getByRole('button', { name: 'Erase my data' }).click();
    await page.getByRole('button', { name: 'Yes, erase everything' }).click();
    await expect(page.getByRole('status')).toHaveText(/nothing was saved here/);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('it explains how to clear site data in the browser and shows no dead button', async ({
      page,
    }) => {
      await page.goto('/privacy/');
      await expect(page.getByRole('button', { name: 'Erase my data' })).toBeHidden();
      // Text matching skips <noscript>, so find the note by where it sits.
      const note = page.locator('main .notice');
      await expect(note).toBeVisible();
      await expect(note).toContainText('The erase button needs JavaScript');
      await expect(
        page.getByRole('heading', { name: 'Clearing site data in your browser' }),
      ).toBeVisible();
      await expect(page.getByText(/Firefox:.*Manage Data/)).toBeVisible();
    });
  });
});
