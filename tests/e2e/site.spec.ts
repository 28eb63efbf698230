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
  const nav = page.getByRole('banner');
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

test('on a phone the header is compact, and its menu opens without JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await page.goto('/guides/thank-you-note/');
  const header = page.getByRole('banner');
  // The brand, the menu and the three tools take two short rows, not a quarter of the screen.
  expect((await header.boundingBox())?.height).toBeLessThan(120);
  const tools = page.getByRole('navigation', { name: 'Main' });
  await expect(tools.getByRole('link')).toHaveText(['Timeline', 'Templates', 'My interviews']);
  await expect(header.getByRole('link', { name: 'Guides' })).toBeHidden();
  await expect(page.getByRole('searchbox', { name: 'Search the guide' })).toBeHidden();

  await header.getByText('Menu', { exact: true }).click();
  await expect(header.getByRole('link', { name: 'Guides' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search the guide' }).fill('voicemail');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=voicemail/);
  await context.close();
});

test('the footer sits at the bottom of a short page', async ({ page }) => {
  await page.goto('/no-such-page/');
  const footer = await page.locator('.site-footer').boundingBox();
  const viewport = page.viewportSize();
  expect(footer && viewport && Math.round(footer.y + footer.height)).toBe(viewport?.height);
});

test('on a phone an article opens with a collapsed "On this page" list at the top', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/guides/thank-you-note/');
  const list = page.locator('details.toc-top');
  await expect(list).toBeInViewport();
  await expect(list).not.toHaveAttribute('open');
  await list.getByText('On this page').click();
  await list.getByRole('link', { name: 'Keep it short' }).click();
  await expect(page).toHaveURL(/#keep-it-short$/);
  await expect(page.getByRole('heading', { name: 'Keep it short' })).toBeInViewport();
});

test('on a wide screen the section being read is marked in "On this page"', async ({ page }) => {
  await page.goto('/guides/thank-you-note/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const background = (name: string) =>
    toc
      .getByRole('link', { name, exact: true })
      .evaluate((link) => getComputedStyle(link).backgroundColor);
  const unmarked = await background('Keep it short');
  await page.getByRole('heading', { name: 'Keep it short' }).evaluate((heading) => {
    scrollTo(0, heading.getBoundingClientRect().top + scrollY - 60);
  });
  await expect.poll(() => background('Keep it short')).not.toBe(unmarked);
  await expect.poll(() => background('Email or handwritten?')).toBe(unmarked);
  await expect.poll(() => background('Write a clear subject line')).toBe(unmarked);
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
