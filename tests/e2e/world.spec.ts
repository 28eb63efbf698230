import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { AXE_TAGS } from '../../scripts/axe.mjs';

// Public holidays by region: the person's browser says American English in New York.
test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

// Friday 2026-12-18, the morning of an interview a week before Christmas.
const INTERVIEW_MORNING = new Date('2026-12-18T09:00:00-05:00');

async function openTimeline(page: Page, now = INTERVIEW_MORNING): Promise<void> {
  await page.clock.setFixedTime(now);
  await page.goto('/timeline/');
  await expect(page.getByLabel('Company')).toBeEnabled();
}

function stepItem(page: Page, title: string): Locator {
  return page.locator('ol.steps > li').filter({ has: page.getByRole('heading', { name: title }) });
}

function stepDate(page: Page, title: string): Locator {
  return stepItem(page, title).locator('.step-date time');
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

test.describe('an interviewer in another time zone', () => {
  // The person is in Berlin; the interviewer works in New York, six hours behind in December.
  test.use({ locale: 'en-US', timezoneId: 'Europe/Berlin' });

  test('each message shows their time and yours, and the calendar file carries the times', async ({
    page,
  }) => {
    await openTimeline(page, new Date('2026-12-08T16:00:00+01:00'));
    await page.getByLabel('Company').fill('Acme');
    await page.getByLabel('Interview date').fill('2026-12-08');
    await page.getByLabel('Start time').fill('14:00');
    const add = page.getByRole('button', { name: 'Add an interviewer' });
    await add.click();
    const dana = page.getByRole('group', { name: 'Interviewer 1' });
    await dana.getByLabel('Name').fill('Dana Rivera');
    const zone = dana.getByLabel('Time zone');
    // Left empty, the zone is yours, and the field says which.
    await expect(zone).toHaveAttribute('placeholder', 'Yours: Europe/Berlin');
    // A place that is no time zone is named beside the field, and nothing typed is lost.
    await zone.fill('Springfield');
    await zone.blur();
    await expect(dana).toContainText(
      "Interviewer 1's time zone “Springfield” is not one we know — pick a city from the list",
    );
    await zone.fill('New York');
    await add.click();
    await page.getByRole('group', { name: 'Interviewer 2' }).getByLabel('Name').fill('Sam Ortiz');
    await expect(dana).not.toContainText('is not one we know');

    // The thank-you is due 24 hours after the interview, on both clocks.
    const thankYou = stepItem(page, 'Send your thank-you email');
    await expect(thankYou).toContainText(/Due by\s*Wed, Dec 9 at 2:00 PM your time/);
    await expect(thankYou).toContainText('Dana Rivera: 8:00 AM their time in New York');
    // Each message to Dana is suggested for her morning; Sam shares your clock and needs none.
    const linkedIn = stepItem(page, 'Connect on LinkedIn');
    await expect(linkedIn).toContainText(
      'Dana Rivera: 9:30 AM their time in New York — 3:30 PM yours',
    );
    await expect(linkedIn).not.toContainText('Sam Ortiz:');
    // Once it is done, there is no time to send it at.
    await linkedIn.getByRole('checkbox', { name: /Done/ }).check();
    await expect(linkedIn).not.toContainText('Send at');
    await linkedIn.getByRole('checkbox', { name: /Done/ }).uncheck();
    // The times on the schedule and the zone fields pass the accessibility checks.
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations.map(({ id }) => id)).toEqual([]);
    // Check-ins go to the first interviewer, with no one else named to run the process.
    const checkIn = stepItem(page, 'Check in by email');
    await expect(checkIn).toContainText(/Send at\s*9:30 AM their time in New York — 3:30 PM yours/);
    await expect(checkIn.getByRole('link', { name: /Add to Google Calendar/ })).toHaveAttribute(
      'href',
      /dates=20261215T143000Z%2F20261215T144500Z/,
    );

    // The calendar file: the check-in at its moment in UTC; days with no one time stay all-day.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Download all steps/ }).click(),
    ]);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(await download.path(), 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    const event = (title: string) => {
      const found = events.find((candidate) => candidate.summary.includes(title));
      if (!found) throw new Error(`No event for ${title}.`);
      return found;
    };
    const call = event('Check in by email');
    expect(call.startDate.isDate).toBe(false);
    expect(call.startDate.zone.tzid).toBe('UTC');
    expect(call.startDate.toJSDate().toISOString()).toBe('2026-12-15T14:30:00.000Z');
    expect(call.endDate.toJSDate().toISOString()).toBe('2026-12-15T14:45:00.000Z');
    expect(call.description).toContain('Send at 9:30 AM their time in New York — 3:30 PM yours');
    expect(
      call.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString(),
    ).toBe('-PT10M');
    expect(call.uid).toMatch(/-check-in@follow-up\.app$/);
    const connect = event('Connect on LinkedIn');
    expect(connect.startDate.isDate).toBe(true);
    expect(connect.startDate.toString()).toBe('2026-12-09');
    expect(connect.description).toContain(
      'Send to Dana Rivera at 9:30 AM their time in New York — 3:30 PM yours',
    );
    expect(event('Move on').startDate.isDate).toBe(true);

    // Saved as the zone's name, which the form shows when the details are opened again.
    await page.reload();
    await page.getByRole('button', { name: 'Edit details' }).click();
    await expect(
      page.getByRole('group', { name: 'Interviewer 1' }).getByLabel('Time zone'),
    ).toHaveValue('America/New_York');
    await expect(stepItem(page, 'Check in by email')).toContainText('3:30 PM yours');
  });
});

test.describe('a person whose browser speaks British English', () => {
  test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

  test('dates read day first, “Tue 29 Dec”, with England’s holidays suggested', async ({
    page,
  }) => {
    await openTimeline(page, new Date('2026-12-18T09:00:00Z'));
    await page.getByLabel('Company').fill('Acme');
    await page.getByLabel('Interview date').fill('2026-12-18');
    await expect(page.getByLabel('Skip the public holidays of')).toHaveValue('GB-ENG');
    await expect(stepDate(page, 'Send your thank-you email')).toHaveText('Fri 18 Dec');
    await expect(stepDate(page, 'Check in by email')).toHaveText('Tue 29 Dec');
    // A date in another year says which: the last follow-up falls in January.
    await expect(stepDate(page, 'Move on if you have not heard back')).toHaveText(
      /^[A-Z][a-z]{2} \d{1,2} Jan 2027$/,
    );
  });
});
