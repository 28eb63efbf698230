import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// The backup page writes files with today's date; pin the day so names are predictable.
const TODAY = new Date('2026-11-20T10:00:00-05:00');
test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

const KEY = 'follow-up';

/** Enters a first interview, at `company`, on the timeline and waits until it is saved. */
async function enterInterview(page: Page, company: string): Promise<void> {
  await page.goto('/timeline/');
  await expect(page.getByLabel('Company')).toBeEnabled();
  await page.getByLabel('Company').fill(company);
  await page.getByLabel('Interview date').fill('2026-11-20');
  await expect.poll(() => stored(page)).toContain(`"company":"${company}"`);
  // The holiday region suggested from the browser (en-US, New York) is saved a moment later,
  // with its days once they have loaded.
  await expect.poll(() => stored(page)).toContain('"holidayRegion":{"code":"US","year":2026');
}

function stored(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), KEY);
}

async function openBackup(page: Page): Promise<void> {
  await page.goto('/interviews/backup/');
  await expect(page.getByRole('button', { name: 'Export everything' })).toBeEnabled();
}

/** Exports everything and returns the file's name and text. */
async function exportBackup(page: Page): Promise<{ name: string; text: string }> {
  await openBackup(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export everything' }).click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

/** Chooses a file in the import field. */
async function choose(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel('Backup file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

test('a backup exported, erased and imported again brings the interview back', async ({ page }) => {
  await enterInterview(page, 'Acme');
  const saved = JSON.parse((await stored(page)) ?? '') as { version: number };

  const { name, text } = await exportBackup(page);
  expect(name).toBe('follow-up-backup-2026-11-20.json');
  const backup = JSON.parse(text) as Record<string, unknown>;
  expect(backup).toEqual({
    format: 'follow-up-backup',
    version: saved.version,
    exportedAt: TODAY.toISOString(),
    data: saved,
  });
  await expect(page.getByRole('status').filter({ hasText: 'Backup saved' })).toContainText(
    'follow-up-backup-2026-11-20.json: 1 interview',
  );

  await page.evaluate((key) => localStorage.removeItem(key), KEY);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Export everything' })).toBeEnabled();
  await choose(page, name, text);
  const question = page.getByRole('group', { name: /holds 1 interview/ });
  await expect(question).toBeVisible();
  await expect(question.getByRole('heading')).toBeFocused();
  expect(await stored(page)).toBeNull();
  await question.getByRole('button', { name: 'Replace' }).click();

  await expect(page.getByRole('heading', { name: /^Backup restored/ })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Backup restored' })).toBeAttached();
  expect(JSON.parse((await stored(page)) ?? '')).toEqual(saved);

  await page.locator('.backup-result').getByRole('link', { name: 'your timeline' }).click();
  await page.getByRole('button', { name: 'Edit details' }).click();
  await expect(page.getByLabel('Company')).toBeEnabled();
  await expect(page.getByLabel('Company')).toHaveValue('Acme');
});

test('a broken or foreign file is refused beside the field and nothing saved changes', async ({
  page,
}) => {
  await enterInterview(page, 'Acme');
  const { text } = await exportBackup(page);
  const before = await stored(page);
  const field = page.getByLabel('Backup file');

  await choose(page, 'follow-up-backup-2026-11-20.json', text.slice(0, text.length / 2));
  await expect(page.locator('#backup-file-error')).toHaveText(
    /not a Follow-up backup: it is not JSON, or it was cut short or changed\. .*Nothing here was changed\./,
  );
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/cut short/);
  await expect(page.getByRole('group', { name: /holds/ })).toHaveCount(0);

  await choose(page, 'package.json', JSON.stringify({ name: 'something-else', version: 1 }));
  await expect(page.locator('#backup-file-error')).toHaveText(
    /does not carry the “follow-up-backup” label/,
  );
  await expect(
    page.getByRole('status').filter({ hasText: 'follow-up-backup” label' }),
  ).toBeAttached();
  expect(await stored(page)).toBe(before);

  // A valid file clears the message.
  await choose(page, 'follow-up-backup-2026-11-20.json', text);
  await expect(page.locator('#backup-file-error')).toHaveCount(0);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(field).toBeFocused();
  expect(await stored(page)).toBe(before);
});

test('merging a backup into a browser with another interview keeps both', async ({ page }) => {
  await enterInterview(page, 'Acme');
  const { name, text } = await exportBackup(page);

  await page.evaluate((key) => localStorage.removeItem(key), KEY);
  await enterInterview(page, 'Globex');
  const activeBefore = (JSON.parse((await stored(page)) ?? '') as { activeId: string }).activeId;

  await openBackup(page);
  await choose(page, name, text);
  await page.getByRole('button', { name: 'Merge' }).click();
  await expect(
    page.getByRole('heading', { name: /^Backup merged: 1 interview added/ }),
  ).toBeVisible();

  const state = JSON.parse((await stored(page)) ?? '') as {
    activeId: string;
    interviews: { company: string }[];
  };
  expect(state.interviews.map(({ company }) => company)).toEqual(['Globex', 'Acme']);
  expect(state.activeId).toBe(activeBefore);

  // The same backup again adds nothing.
  const merged = await stored(page);
  await choose(page, name, text);
  await page.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByRole('heading', { name: /^Nothing to merge/ })).toBeVisible();
  expect(await stored(page)).toBe(merged);
});
