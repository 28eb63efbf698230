import { expect, test } from '@playwright/test';

test('the home page puts the 24-hour rule and the three stages first', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('within 24 hours').first()).toBeInViewport();
  for (const stage of ['I just had the interview', "I'm waiting to hear back", 'I heard back']) {
    await expect(page.getByRole('heading', { name: stage })).toBeVisible();
  }
});

test('navigation reaches every section index, and each lists its articles', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [label, heading] of [
    ['Guides', 'Guides'],
    ['Industries', 'Follow-up by industry'],
    ['Situations', 'Special situations'],
    ['Sources', 'Sources'],
  ] as const) {
    await nav.getByRole('link', { name: label }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  await page.goto('/guides/');
  await expect(page.locator('.card-list > li')).toHaveCount(14);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/guides/thank-you-note/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('an unknown address shows a helpful not-found page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: "We couldn't find that page" })).toBeVisible();
  await expect(page.getByRole('link', { name: 'All guides' })).toBeVisible();
});

test('article pages load no JavaScript at all', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  for (const path of [
    '/guides/thank-you-note/',
    '/industries/finance-and-banking/',
    '/situations/group-interviews/',
    '/sources/',
    '/',
  ]) {
    await page.goto(path);
    await expect(page.locator('script')).toHaveCount(0);
  }
  expect(scripts).toEqual([]);
});

test('an article shows reading time, review date, sources, and a table of contents', async ({
  page,
}) => {
  await page.goto('/guides/thank-you-note/');
  await expect(page.getByText(/\d+ min read/)).toBeVisible();
  await expect(page.getByText(/Last reviewed/)).toBeVisible();
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await toc.getByRole('link', { name: 'Keep it short' }).click();
  await expect(page).toHaveURL(/#keep-it-short$/);
  await expect(page.getByRole('heading', { name: 'Sources', exact: true })).toBeVisible();
  await expect(page.locator('.disagreement').first()).toContainText('Our recommendation');
});
