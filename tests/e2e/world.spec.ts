import { expect, test, type Locator, type Page } from '@playwright/test';

// Public holidays by region: the person's browser says American English in New York.
test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

// Friday 2026-12-18, the morning of an interview a week before Christmas.
const INTERVIEW_MORNING = new Date('2026-12-18T09:00:00-05:00');

async function openTimeline(page: Page, now = INTERVIEW_MORNING): Promise<void> {
  await page.clock.setFixedTime(now);
  await page.goto('/timeline/');
  await expect(page.getByLabel('Company')).toBeEnabled();
}

function stepDate(page: Page, title: string): Locator {
  return page
    .locator('ol.steps > li')
    .filter({ has: page.getByRole('heading', { name: title }) })
    .locator('.step-date time');
}

test('choosing England’s public holidays moves a check-in due on Christmas Day to the 29th', async ({
  page,
}) => {
  await openTimeline(page);
  await page.getByLabel('Company').fill('Acme');
  await page.getByLabel('Interview date').fill('2026-12-18');
  const region = page.getByLabel('Skip the public holidays of');
  const checkIn = stepDate(page, 'Check in by email');

  // Suggested from the browser: US federal holidays skip Christmas Day, a Friday.
  await expect(region).toHaveValue('US');
  await expect(
    page.getByText('suggested from your browser’s language and time zone'),
  ).toBeVisible();
  await expect(checkIn).toHaveText('Mon, Dec 28');

  // England also closes on Monday the 28th, for Boxing Day on a Saturday.
  await region.selectOption({ label: 'England, United Kingdom' });
  await expect(checkIn).toHaveText('Tue, Dec 29');

  // Each day off is listed and can be taken back, for a company that works it.
  await page.getByText(/public holidays skipped from the interview to the end of 2027/).click();
  const boxingDay = page.getByRole('button', {
    name: 'We work this day (Mon, Dec 28, Boxing Day (substitute day))',
  });
  await boxingDay.click();
  await expect(checkIn).toHaveText('Mon, Dec 28');
  await expect(page.getByText('— your company works this day')).toBeVisible();

  // Kept across a reload, the choice and the day worked both.
  await page.reload();
  await page.getByRole('button', { name: 'Edit details' }).click();
  await expect(region).toHaveValue('GB-ENG');
  await expect(checkIn).toHaveText('Mon, Dec 28');
  await page.getByText(/1 your company works/).click();
  await page
    .getByRole('button', { name: 'Skip it again (Mon, Dec 28, Boxing Day (substitute day))' })
    .click();
  await expect(checkIn).toHaveText('Tue, Dec 29');

  // With no region, only weekends and the days typed below are skipped.
  await region.selectOption('');
  await expect(checkIn).toHaveText('Fri, Dec 25');
  await page.getByRole('button', { name: 'Add a day off' }).click();
  await page.getByLabel('Day off 1').fill('2026-12-25');
  await expect(checkIn).toHaveText('Mon, Dec 28');
});

test('a saved interview keeps its region’s days when the interview moves to another year', async ({
  page,
}) => {
  await openTimeline(page);
  await page.getByLabel('Company').fill('Acme');
  await page.getByLabel('Interview date').fill('2026-12-18');
  const region = page.getByLabel('Skip the public holidays of');
  await region.selectOption('GB-ENG');
  await expect(stepDate(page, 'Check in by email')).toHaveText('Tue, Dec 29');
  // Two years on, the region's days are those of 2028: Christmas on Monday, Boxing Day on Tuesday.
  await page.getByLabel('Interview date').fill('2028-12-18');
  await expect(stepDate(page, 'Check in by email')).toHaveText('Wed, Dec 27, 2028');
});
