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
