import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AXE_TAGS } from '../../scripts/axe.mjs';
import SAVED from '../fixtures/saved-state.json' with { type: 'json' };

// Someone who has kept hundreds of applications: every list on My interviews shows a page at a
// time, so the page opens as quickly with a few thousand interviews as with a few.
test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

const INTERVIEW = SAVED.interviews[0];
if (!INTERVIEW) throw new Error('tests/fixtures/saved-state.json holds no interview.');

// Wednesday 2026-11-25, the day after the fixture's interview, its thank-you sent.
const DAY_AFTER = new Date('2026-11-25T09:00:00-05:00');
const CURRENT = 240;
const ARCHIVED = 60;

/** Saves CURRENT interviews, then ARCHIVED archived ones, each with its thank-you sent. */
async function saveMany(page: Page): Promise<void> {
  const interviews = Array.from({ length: CURRENT + ARCHIVED }, (_, i) => ({
    ...INTERVIEW,
    id: `many-${i}`,
    company: `Company ${i + 1}`,
    archived: i >= CURRENT,
    done: { 'thank-you': '2026-11-24' },
  }));
  await page.addInitScript(
    (state) => {
      if (sessionStorage.getItem('seeded') === null) {
        localStorage.setItem('follow-up', state);
        sessionStorage.setItem('seeded', 'yes');
      }
    },
    JSON.stringify({ ...SAVED, interviews, activeId: 'many-0' }),
  );
  await page.clock.setFixedTime(DAY_AFTER);
  await page.goto('/interviews/');
  await expect(page.getByRole('heading', { name: 'Your interviews' })).toBeVisible();
}

test('a long list of interviews shows a page at a time, and “Show more” carries on', async ({
  page,
}) => {
  await saveMany(page);
  const list = page.locator('.interview-list');
  const cards = list.locator('.interview-cards').first().locator('> li');
  await expect(cards).toHaveCount(25);
  await expect(list.getByText(`Showing 25 of ${CURRENT} interviews.`)).toBeVisible();

  await list.getByRole('button', { name: 'Show 25 more interviews' }).click();
  await expect(cards).toHaveCount(50);
  // Keyboard users carry on from the first card added.
  await expect(page.getByRole('heading', { name: /^Company 26/ })).toBeFocused();
  await expect(list.getByText(`Showing 50 of ${CURRENT} interviews.`)).toBeVisible();

  // The archive is drawn once opened, a page at a time too.
  const archive = page.locator('details.archived');
  await expect(archive.locator('.interview-card')).toHaveCount(0);
  await archive.locator('summary').click();
  await expect(archive.locator('.interview-card')).toHaveCount(25);
  await expect(archive.getByText(`Showing 25 of ${ARCHIVED} interviews.`)).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map(({ id }) => id)).toEqual([]);
});

test('the agenda, the record and the activity log page long lists; a printout lists everything', async ({
  page,
}) => {
  await saveMany(page);
  // Each interview still followed up has its check-in coming up.
  const next = page.getByRole('list', { name: /^Coming up/ }).locator('> li');
  await expect(next).toHaveCount(25);
  await page
    .locator('.agenda-group.is-next')
    .getByRole('button', { name: 'Show 25 more steps' })
    .click();
  await expect(next).toHaveCount(50);
  await expect(next.nth(25).getByRole('checkbox')).toBeFocused();

  const records = page.locator('details.record-item');
  await expect(records).toHaveCount(25);
  await expect(
    page.locator('.record').getByText(`Showing 25 of ${CURRENT + ARCHIVED} interviews.`),
  ).toBeVisible();
  // A record is filled in once opened.
  await expect(records.first().getByLabel('They replied on')).toHaveCount(0);
  await records.first().locator('summary').click();
  await expect(records.first().getByLabel('They replied on')).toBeVisible();

  const rows = page.locator('.log-table tbody tr');
  await expect(rows).toHaveCount(25);
  await expect(rows.first()).toContainText('Thank-you');
  await expect(
    page.locator('.activity-log').getByText(`Showing 25 of ${CURRENT + ARCHIVED} follow-ups.`),
  ).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(rows).toHaveCount(CURRENT + ARCHIVED);
  await expect(page.locator('.activity-log .show-more')).toHaveCount(0);
});
