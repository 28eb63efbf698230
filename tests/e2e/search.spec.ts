import { expect, test } from '@playwright/test';

test('the search page loads Pagefind only once a search starts', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) pagefindRequests.push(request.url());
  });
  await page.goto('/search/');
  await page.waitForLoadState('networkidle');
  expect(pagefindRequests).toEqual([]);

  await page.getByLabel('Words to look for').fill('voicemail');
  await expect(page.getByRole('status')).toContainText(/\d+ results? for “voicemail”/);
  expect(pagefindRequests.length).toBeGreaterThan(0);
  const results = page.locator('#search-results');
  await expect(
    results.getByRole('link', { name: 'Following up by phone and voicemail' }),
  ).toBeVisible();
  await expect(results.locator('mark').first()).toBeVisible();
});

test('the header search box opens results for its words', async ({ page }) => {
  await page.goto('/guides/');
  await page.getByRole('searchbox', { name: 'Search the guide' }).fill('handwritten');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=handwritten/);
  await expect(
    page.locator('#search-results').getByRole('link', { name: 'The thank-you note' }),
  ).toBeVisible();
});

test('a search with no match says so and suggests what to try', async ({ page }) => {
  await page.goto('/search/?q=qwertyuiopasdf');
  await expect(page.getByRole('status')).toHaveText(/No results for “qwertyuiopasdf”/);
});

/** Presses "Show more results" until every result is listed, waiting for each batch to arrive. */
async function showAll(page: import('@playwright/test').Page) {
  const results = page.locator('#search-results > li');
  const more = page.getByRole('button', { name: 'Show more results' });
  while (await more.isVisible()) {
    const shown = await results.count();
    await more.click();
    await expect(results).not.toHaveCount(shown);
  }
}

/** One page as the built index holds it: its address and all its indexed text. */
type Indexed = { url: string; content: string };

/** Everything the built index holds for `query`, read with Pagefind in the page itself. */
async function indexed(page: import('@playwright/test').Page, query: string): Promise<Indexed[]> {
  return page.evaluate(async (q): Promise<Indexed[]> => {
    type Pagefind = {
      search: (q: string) => Promise<{ results: { data: () => Promise<Indexed> }[] }>;
    };
    const pagefind = (await import(
      /* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`
    )) as Pagefind;
    const { results } = await pagefind.search(q);
    return Promise.all(
      results.map(async (r) => {
        const { url, content } = await r.data();
        return { url, content };
      }),
    );
  }, query);
}

test('the count is every matching page, and "Show more results" lists the rest', async ({
  page,
}) => {
  await page.goto('/search/?q=interview');
  const results = page.locator('#search-results > li');
  await expect(results).toHaveCount(10);
  const total = (await indexed(page, 'interview')).length;
  expect(total).toBeGreaterThan(20);
  const status = page.getByRole('status');
  await expect(status).toHaveText(`${total} results for “interview”, showing 10.`);

  const more = page.getByRole('button', { name: 'Show more results' });
  await more.click();
  await expect(results).toHaveCount(20);
  await expect(status).toHaveText(`${total} results for “interview”, showing 20.`);
  // The keyboard carries on at the first new result.
  await expect(results.nth(10).getByRole('link').first()).toBeFocused();
  await showAll(page);
  await expect(more).toBeHidden();
  await expect(results).toHaveCount(total);
  await expect(status).toHaveText(`${total} results for “interview”.`);
});

test('the Sources page and the call-to-action boxes are left out of the index', async ({
  page,
}) => {
  await page.goto('/search/');
  // "contributes" is on the Sources page, in each source's "What it contributes".
  expect((await indexed(page, 'contributes')).map(({ url }) => url)).not.toContain('/sources/');
  for (const query of ['dates', 'template']) {
    for (const { url, content } of await indexed(page, query)) {
      expect(url).not.toBe('/sources/');
      expect(content, url).not.toContain('get your own dates for every step');
      expect(content, url).not.toContain('Start from a short template, filled in');
      expect(content, url).not.toContain('Fill in this template');
    }
  }
});

test('each result says what kind of page it is', async ({ page }) => {
  await page.goto('/search/?q=recruiter');
  const results = page.locator('#search-results > li');
  await expect(results.first()).toBeVisible();
  await showAll(page);
  const kindOf = (title: string) =>
    results
      .filter({ has: page.getByRole('link', { name: title, exact: true }) })
      .locator('.result-type');
  await expect(kindOf('Agency recruiters')).toHaveText('Situation');
  await expect(kindOf('Finance and banking')).toHaveText('Industry');
  await expect(kindOf('Check-in email after the decision date')).toHaveText('Template');
  await expect(kindOf('Checking in after the decision date')).toHaveText('Guide');
  for (const kind of await results.locator('.result-type').allTextContents()) {
    expect(['Guide', 'Template', 'Industry', 'Situation', 'Tool', 'About this site']).toContain(
      kind,
    );
  }
});
