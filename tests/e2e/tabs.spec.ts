import { expect, test, type Page } from '@playwright/test';

import SAVED from '../fixtures/saved-state.json' with { type: 'json' };

const [INTERVIEW] = SAVED.interviews;
if (!INTERVIEW) throw new Error('tests/fixtures/saved-state.json holds no interview.');
const CHECK_IN = `/templates/?template=check-in&interview=${INTERVIEW.id}`;

/** Saves the fixture's interview before the first page of the browser loads. */
async function seed(page: Page) {
  await page.addInitScript((state) => {
    if (localStorage.getItem('follow-up-seeded')) return;
    localStorage.setItem('follow-up', state);
    localStorage.setItem('follow-up-seeded', 'yes');
  }, JSON.stringify(SAVED));
}

/** What the page has saved for its drafts, as text. */
const savedDrafts = (page: Page) =>
  page.evaluate(() => JSON.stringify(JSON.parse(localStorage.getItem('follow-up') ?? '{}').drafts));

test('the same message edited in two tabs keeps what each tab typed', async ({ page, context }) => {
  await seed(page);
  await page.goto(CHECK_IN);
  const other = await context.newPage();
  await other.goto(CHECK_IN);
  await expect(page.getByLabel('Something you discussed')).toBeEditable();
  await expect(other.getByLabel('Subject', { exact: true })).toBeEditable();

  await page.getByLabel('Something you discussed').fill('the research roadmap');
  await expect.poll(() => savedDrafts(page)).toContain('the research roadmap');
  // The other tab opened the draft before this was typed, and now edits another part of it.
  await other.getByLabel('Subject', { exact: true }).fill('Checking in on the designer role');
  await expect.poll(() => savedDrafts(other)).toContain('Checking in on the designer role');

  await page.reload();
  await expect(page.getByLabel('Something you discussed')).toHaveValue('the research roadmap');
  await expect(page.getByLabel('Subject', { exact: true })).toHaveValue(
    'Checking in on the designer role',
  );
});
