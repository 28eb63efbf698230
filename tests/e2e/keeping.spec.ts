import { expect, test } from '@playwright/test';

test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

// Monday 2026-11-23: the thank-you and the LinkedIn note are sent, and the check-in is due Wed, Dec 2.
const QUIET_MONDAY = new Date('2026-11-23T10:00:00-05:00');

test('a backup is suggested while nothing is due for days, until one is saved', async ({
  page,
}) => {
  await page.clock.setFixedTime(QUIET_MONDAY);
  await page.goto('/timeline/');
  await expect(page.getByLabel('Company')).toBeEnabled();
  await page.getByLabel('Company').fill('Acme');
  await page.getByLabel('Interview date').fill('2026-11-20');
  await page.getByLabel('They said they would decide by').fill('2026-12-01');
  await page.getByRole('checkbox', { name: 'Done (Send your thank-you email)' }).check();
  await page.getByRole('checkbox', { name: 'Done (Connect on LinkedIn)' }).check();

  await page.goto('/interviews/');
  const reminder = page.locator('.backup-reminder');
  await expect(reminder).toContainText('Nothing is due until Wed, Dec 2.');
  await reminder.getByRole('link', { name: 'save a backup file' }).click();
  await expect(page.getByRole('button', { name: 'Export everything' })).toBeEnabled();
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export everything' }).click(),
  ]);
  await page.goto('/interviews/');
  await expect(page.getByRole('heading', { name: 'Your interviews' })).toBeVisible();
  await expect(reminder).toHaveCount(0);
});
