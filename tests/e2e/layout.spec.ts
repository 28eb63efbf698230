import { expect, test, type Locator, type Page } from '@playwright/test';

import SAVED from '../fixtures/saved-state.json' with { type: 'json' };

// Dates are calendar dates in the person's own zone; pin one so every run sees the same days.
test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

// Wednesday 2026-12-02: the fixture's interview (Tue Nov 24) was eight days ago.
const NOW = new Date('2026-12-02T09:00:00-05:00');
const [INTERVIEW] = SAVED.interviews;
if (!INTERVIEW) throw new Error('tests/fixtures/saved-state.json holds no interview.');

/** Saves `state` before the page loads, once per tab, and pins the clock. */
async function seed(page: Page, state: unknown = SAVED) {
  await page.clock.setFixedTime(NOW);
  await page.addInitScript((saved) => {
    if (sessionStorage.getItem('seeded')) return;
    localStorage.setItem('follow-up', saved);
    sessionStorage.setItem('seeded', 'yes');
  }, JSON.stringify(state));
}

/** The saved state with its one interview changed by `patch`. */
const withInterview = (patch: Record<string, unknown>) => ({
  ...SAVED,
  interviews: [{ ...INTERVIEW, ...patch }],
});

/** The visible solid buttons and button links in the page's main content. */
const solidButtons = (page: Page) =>
  page
    .locator('main')
    .locator('button:not(.secondary):not([role="tab"]), a.button:not(.secondary)')
    .filter({ visible: true });

for (const [path, solid] of [
  ['/timeline/', 'Save and show my timeline'],
  ['/interviews/', 'Add an interview'],
  [
    '/templates/?template=thank-you-email&interview=northwind-1&interviewer=0',
    'Open in your mail app',
  ],
  ['/interviews/backup/', 'Export everything'],
] as const) {
  test(`${path.split('?')[0]} has one solid button, “${solid}”`, async ({ page }) => {
    await seed(page);
    await page.goto(path);
    // A returning visitor's timeline shows the schedule first; its one solid button is the form's.
    if (path === '/timeline/') await page.getByRole('button', { name: 'Edit details' }).click();
    await expect(page.locator('main fieldset:disabled')).toHaveCount(0);
    await expect(solidButtons(page)).toHaveText([solid]);
  });
}

test('a timeline step offers its messages as quiet links, and a call is prepared, not written', async ({
  page,
}) => {
  await seed(page, withInterview({ phoneFollowUp: true }));
  await page.goto('/timeline/');
  const thankYou = page.locator('ol.steps > li').filter({ hasText: 'Send your thank-you email' });
  await expect(thankYou.getByRole('link', { name: /^Write this message to/ })).toHaveCount(2);
  await expect(thankYou.locator('a.button:not(.secondary)')).toHaveCount(0);
  const call = page.locator('ol.steps > li').filter({ hasText: 'Follow up once more by phone' });
  await expect(call.getByRole('link', { name: /^Prepare your call/ })).toHaveCount(1);
  await expect(call.getByRole('link', { name: /Write this message/ })).toHaveCount(0);
  const moveOn = page.locator('ol.steps > li').filter({ hasText: 'Move on' });
  await expect(moveOn.getByRole('link', { name: /Write|Prepare/ })).toHaveCount(0);
});

test('an interview still to come reads “interview on”, not “interviewed”', async ({ page }) => {
  await seed(page, withInterview({ interviewDate: '2026-12-08', decisionDate: '2026-12-18' }));
  await page.goto('/timeline/');
  await expect(page.locator('.timeline-for')).toHaveText(
    'Northwind Health, Product Designer: interview on Tue, Dec 8 at 10:00 AM.',
  );
  await seed(page);
});

for (const width of [390, 1280]) {
  test(`at ${width} px a returning visitor sees the schedule first, the details behind “Edit details”`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 844 });
    await seed(page);
    await page.goto('/timeline/');
    const edit = page.getByRole('button', { name: 'Edit details' });
    await expect(edit).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByLabel('Company')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Your schedule' })).toBeInViewport();

    await edit.click();
    await expect(page.getByLabel('Company')).toBeVisible();
    await expect(page.getByLabel('Company')).toHaveValue('Northwind Health');
    const hide = page.getByRole('button', { name: 'Hide details' });
    await expect(hide).toBeFocused();
    await expect(hide).toHaveAttribute('aria-expanded', 'true');
  });
}

test('“Edit” on My interviews opens that interview’s details on the timeline', async ({ page }) => {
  await seed(page);
  await page.goto('/interviews/');
  await page.getByRole('link', { name: /^Edit/ }).first().click();
  await expect(page).toHaveURL(/\/timeline\/$/);
  await expect(page.getByLabel('Company')).toHaveValue('Northwind Health');
  await expect(page.getByRole('button', { name: 'Hide details' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('someone entering a first interview keeps the form open as it saves', async ({ page }) => {
    await page.clock.setFixedTime(NOW);
    await page.goto('/timeline/');
    await page.getByLabel('Company').fill('Acme');
    await page.getByLabel('Interview date').fill('2026-12-01');
    await expect(page.locator('ol.steps > li').first()).toBeAttached();
    await expect(page.getByLabel('Company')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Edit details' })).toHaveCount(0);
  });

  test('the builder shows the message right after the choice of template', async ({ page }) => {
    await seed(page);
    await page.goto('/templates/?template=check-in&interview=northwind-1');
    const message = page.getByRole('textbox', { name: 'Message', exact: true });
    await expect(message).toHaveValue(/Dear Dana Rivera,/);
    const top = async (locator: Locator) => (await locator.boundingBox())?.y ?? 0;
    expect(await top(message)).toBeLessThan(await top(page.getByLabel('Company')));
  });
});

test('My interviews charts the rates under a heading, and says when there is nothing to chart', async ({
  page,
}) => {
  await seed(page);
  await page.goto('/interviews/');
  const figure = page.locator('.results-figure');
  await expect(figure.getByRole('heading', { name: 'Your rates at a glance' })).toBeVisible();
  await expect(figure).toContainText('Nothing to chart yet.');
  await expect(figure.getByRole('img')).toHaveCount(0);
});

test('restoring a backup asks first, with Replace marked as the one that overwrites', async ({
  page,
}) => {
  await seed(page);
  await page.goto('/interviews/backup/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export everything' }).click(),
  ]);
  await page.getByLabel('Backup file').setInputFiles(await download.path());
  const question = page.getByRole('group', { name: /holds 1 interview/ });
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: 'Replace' })).toHaveClass(/danger/);
  await question.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByRole('heading', { name: /^Backup restored/ })).toBeFocused();
});
