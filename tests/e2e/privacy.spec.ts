import { existsSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const DIST = process.env['E2E_DIST'] ?? 'dist';

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
