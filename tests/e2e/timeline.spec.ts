import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS } from '../../scripts/axe.mjs';
import { expect, test, type Locator, type Page } from '@playwright/test';

// Dates are calendar dates in the person's own zone; pin one so every run sees the same days.
test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

// Friday 2026-11-20, the morning of an afternoon interview.
const INTERVIEW_MORNING = new Date('2026-11-20T10:00:00-05:00');

// Interview Fri Nov 20 at 14:30, decision by Tue Dec 1, with a handwritten card.
const STEPS = [
  { title: 'Send your thank-you email', date: 'Fri, Nov 20', start: '2026-11-20' },
  { title: 'Mail a handwritten thank-you note', date: 'Fri, Nov 20', start: '2026-11-20' },
  { title: 'Connect on LinkedIn', date: 'Sat, Nov 21', start: '2026-11-21' },
  { title: 'Check in by email', date: 'Wed, Dec 2', start: '2026-12-02' },
  { title: 'Follow up once more by email', date: 'Wed, Dec 9', start: '2026-12-09' },
  { title: 'Move on if you have not heard back', date: 'Wed, Dec 16', start: '2026-12-16' },
];

async function openTimeline(page: Page, now = INTERVIEW_MORNING): Promise<void> {
  await page.clock.setFixedTime(now);
  await page.goto('/timeline/');
  // The form is switched on once the page has read what is saved.
  await expect(page.getByLabel('Company')).toBeEnabled();
}

/** A returning visitor sees the schedule first: opens the saved interview's details. */
async function editDetails(page: Page): Promise<void> {
  const edit = page.getByRole('button', { name: 'Edit details' });
  await expect(edit).toHaveAttribute('aria-expanded', 'false');
  await edit.click();
  await expect(page.getByLabel('Company')).toBeEnabled();
}

async function fillInterview(page: Page, decisionDate = '2026-12-01'): Promise<void> {
  await page.getByLabel('Company').fill('Acme');
  await page.getByLabel('Role', { exact: true }).fill('Product Designer');
  await page.getByLabel('Interview date').fill('2026-11-20');
  await page.getByLabel('Start time').fill('14:30');
  const add = page.getByRole('button', { name: 'Add an interviewer' });
  await add.click();
  await page
    .getByRole('group', { name: 'Interviewer 1' })
    .getByLabel('Name')
    .fill('Dana Whitfield');
  await add.click();
  await page.getByRole('group', { name: 'Interviewer 2' }).getByLabel('Name').fill('Sam Ortiz');
  await page.getByLabel('They said they would decide by').fill(decisionDate);
  await page.getByLabel('I will also mail a handwritten note').check();
}

function steps(page: Page): Locator {
  return page.locator('ol.steps > li');
}

function step(page: Page, title: string): Locator {
  return steps(page).filter({ has: page.getByRole('heading', { name: title }) });
}

async function expectSchedule(page: Page): Promise<void> {
  await expect(steps(page).getByRole('heading')).toHaveText(STEPS.map((s) => s.title));
  await expect(steps(page).locator('time')).toHaveText(STEPS.map((s) => s.date));
}

/** The id the interview is stored under, as the builder links and calendar UIDs use it. */
async function activeInterviewId(page: Page): Promise<string> {
  const id = await page.evaluate(
    () => (JSON.parse(localStorage.getItem('follow-up') ?? '{}') as { activeId?: string }).activeId,
  );
  if (!id) throw new Error('No interview was saved.');
  return id;
}

async function downloadCalendar(page: Page): Promise<ICAL.Event[]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Download all steps/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('follow-up-acme-product-designer.ics');
  const text = readFileSync(await download.path(), 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
}

test('filling in the interview shows each step on its own day', async ({ page }) => {
  await openTimeline(page);
  await expect(page.getByText('Enter your interview date and every step appears')).toBeVisible();
  await fillInterview(page);

  await expectSchedule(page);
  const thankYou = step(page, 'Send your thank-you email');
  await expect(thankYou).toContainText('today');
  await expect(thankYou).toContainText(/Due by\s*Sat, Nov 21 at 2:30 PM/);
  await expect(thankYou).toContainText(/To\s*Dana Whitfield and Sam Ortiz/);
  await expect(step(page, 'Connect on LinkedIn')).toContainText('tomorrow');
  await expect(step(page, 'Check in by email')).toContainText('in 12 days');
  await expect(step(page, 'Check in by email')).toContainText(/No later than\s*Thu, Dec 3/);
  await expect(
    thankYou.getByRole('link', { name: /^Read more: The thank-you note/ }),
  ).toHaveAttribute('href', '/guides/thank-you-note/');
  await expect(page.getByRole('status').filter({ hasText: 'Timeline updated' })).toHaveText(
    'Timeline updated: 6 steps, next: Send your thank-you email today',
  );
});

test('check-ins go to the one main contact, and moving on sends nothing', async ({ page }) => {
  await openTimeline(page);
  await fillInterview(page);
  const thankYou = step(page, 'Send your thank-you email');
  await expect(thankYou).toContainText(/To\s*Dana Whitfield and Sam Ortiz/);
  // With nobody named as running the process, the check-ins go to the first interviewer.
  await expect(step(page, 'Check in by email')).toContainText(/To\s*Dana WhitfieldNo later/);

  const contact = page.getByRole('group', { name: /Who runs the process/ });
  await contact.getByLabel('Email').fill('priya@acme.example');
  await contact.getByLabel('Email').blur();
  await expect(contact.getByText('The main contact needs a name')).toBeVisible();
  await contact.getByLabel('Name').fill('Priya Shah');
  for (const title of ['Check in by email', 'Follow up once more by email']) {
    await expect(step(page, title)).toContainText(/To\s*Priya Shah/);
    await expect(step(page, title)).not.toContainText('Sam Ortiz');
    await expect(step(page, title).getByRole('link', { name: /Write this message/ })).toHaveCount(
      1,
    );
  }
  const moveOn = step(page, 'Move on if you have not heard back');
  await expect(moveOn).toContainText('No message');
  await expect(moveOn.getByRole('link', { name: /Write this message/ })).toHaveCount(0);

  await step(page, 'Check in by email')
    .getByRole('link', { name: /Write this message/ })
    .click();
  await expect(page.getByLabel("Your main contact's name")).toHaveValue('Priya Shah');
  await expect(page.getByText('priya@acme.example')).toBeVisible();
});

test('coming back days later shows what is overdue and what comes next', async ({ page }) => {
  await openTimeline(page);
  await fillInterview(page);
  await expectSchedule(page);

  // The following Tuesday: the thank-you was due on Saturday.
  await page.clock.setFixedTime(new Date('2026-11-24T09:00:00-05:00'));
  await page.reload();
  await expect(step(page, 'Send your thank-you email')).toContainText('3 days overdue');
  await expect(step(page, 'Check in by email')).toContainText('in 8 days');
});

test('a decision date before the interview is explained beside the field and nothing typed is lost', async ({
  page,
}) => {
  await openTimeline(page);
  await page.getByLabel('Company').fill('Acme');
  await page.getByLabel('Interview date').fill('2026-11-20');
  // Saved and scheduled as soon as it makes sense (once the form's checks have loaded).
  await expect(step(page, 'Check in by email').locator('time')).toHaveText('Fri, Nov 27');
  const decision = page.getByLabel('They said they would decide by');
  await decision.fill('2026-11-18');
  // Nothing is flagged while the person is still in the field.
  await expect(decision).not.toHaveAttribute('aria-invalid', 'true');
  await decision.blur();

  const message = 'The decision date is before the interview date — check both dates.';
  await expect(decision).toHaveAttribute('aria-invalid', 'true');
  await expect(decision).toHaveAccessibleDescription(new RegExp(message));
  await page.getByRole('button', { name: 'Save and show my timeline' }).click();
  const summary = page.getByRole('group', {
    name: 'One thing to fix before your timeline can be saved',
  });
  await expect(summary).toBeFocused();
  await summary.getByRole('link', { name: message }).click();
  await expect(decision).toBeFocused();

  await expect(page.getByLabel('Company')).toHaveValue('Acme');
  await expect(page.getByLabel('Interview date')).toHaveValue('2026-11-20');
  await expect(decision).toHaveValue('2026-11-18');
  // The schedule keeps to the last details that made sense, and says so.
  const unsaved = page.getByText('Some fields in the form need fixing');
  await expect(unsaved).toBeVisible();
  await expect(step(page, 'Check in by email').locator('time')).toHaveText('Fri, Nov 27');

  await decision.fill('2026-12-01');
  await expect(decision).not.toHaveAttribute('aria-invalid', 'true');
  await expect(summary).toBeHidden();
  await expect(unsaved).toBeHidden();
  await expect(step(page, 'Check in by email').locator('time')).toHaveText('Wed, Dec 2');
});

test('February 30 is called out as not a real date, and the saved decision date is not dropped', async ({
  page,
}) => {
  await openTimeline(page);
  await page.getByLabel('Company').fill('Acme');
  await page.getByLabel('Interview date').fill('2026-11-20');
  const decision = page.getByLabel('They said they would decide by');
  await decision.fill('2026-12-01');
  await expect(step(page, 'Check in by email').locator('time')).toHaveText('Wed, Dec 2');

  // Typed a key at a time, as a person does: the browser cannot read February 30.
  await decision.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('02302027');
  await decision.blur();
  await expect(decision).toHaveAttribute('aria-invalid', 'true');
  await expect(decision).toHaveAccessibleDescription(
    /The decision date is incomplete or not a real date \(such as February 30\)/,
  );
  // The saved decision date still sets the schedule, and the page says the form needs fixing.
  await expect(page.getByText('Some fields in the form need fixing')).toBeVisible();
  await expect(step(page, 'Check in by email').locator('time')).toHaveText('Wed, Dec 2');
  await page.reload();
  await expect(page.getByLabel('Company')).toBeEnabled();
  await expect(page.getByLabel('They said they would decide by')).toHaveValue('2026-12-01');

  // A new interview's date gets the same message when the day does not exist.
  await page.getByRole('button', { name: 'Add another interview' }).click();
  const date = page.getByLabel('Interview date');
  await date.click();
  await page.keyboard.type('02302026');
  await date.blur();
  await expect(date).toHaveAccessibleDescription(
    /The interview date is incomplete or not a real date \(such as February 30\)/,
  );
});

test('tabbing past the empty interview date flags it there, without waiting for a submit', async ({
  page,
}) => {
  await openTimeline(page);
  const date = page.getByLabel('Interview date');
  await page.getByLabel('Role', { exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(date).toBeFocused();
  await expect(date).not.toHaveAttribute('aria-invalid', 'true');
  // Leaving it with the keyboard: the date control has three parts, so Shift+Tab goes back out.
  await page.keyboard.press('Shift+Tab');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAccessibleDescription(/Enter the interview date/);
  // Nothing else is flagged yet: only the field the person has been to.
  await expect(page.locator('[aria-invalid="true"]')).toHaveCount(1);
});

test('an interview years ago is saved, and the form asks to check the year', async ({ page }) => {
  await openTimeline(page);
  const date = page.getByLabel('Interview date');
  await date.fill('2020-11-20');
  await date.blur();
  const warning = /That is 6 years ago \(Fri, Nov 20, 2020\) — check the year/;
  await expect(date).toHaveAccessibleDescription(warning);
  await expect(date).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('ol.steps > li').first().locator('time')).toHaveText(
    'Fri, Nov 20, 2020',
  );
  // Still asked after a reload, until the year is put right.
  await page.reload();
  await editDetails(page);
  await expect(page.getByLabel('Interview date')).toHaveAccessibleDescription(warning);
  await page.getByLabel('Interview date').fill('2026-11-20');
  await expect(page.getByText('check the year')).toHaveCount(0);
});

test('an empty interviewer row blocks nothing, and a reload keeps what was typed', async ({
  page,
}) => {
  await openTimeline(page);
  await fillInterview(page);
  await page.getByRole('button', { name: 'Add an interviewer' }).click();
  await page.getByLabel('Company').fill('Acme Corp');
  await expect(page.getByText('Saved in this browser. Changes save as you type.')).toBeVisible();
  await page.reload();
  await editDetails(page);
  await expect(page.getByLabel('Company')).toHaveValue('Acme Corp');
  await expect(page.getByRole('group', { name: /^Interviewer \d$/ })).toHaveCount(2);
});

test('a reload after typing with a mistake keeps every field as typed, and saves the rest', async ({
  page,
}) => {
  await openTimeline(page);
  await fillInterview(page);
  await page.getByLabel('Company').fill('Acme Corp');
  await page.getByLabel('They asked me to call in this many days').fill('in a week');
  await page.getByRole('group', { name: 'Interviewer 2' }).getByLabel('Job title').fill('CTO');
  await page.getByLabel('They asked me to call in this many days').blur();
  await expect(page.getByText('Everything else is saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Company')).toHaveValue('Acme Corp');
  await expect(page.getByLabel('They asked me to call in this many days')).toHaveValue('in a week');
  await expect(
    page.getByRole('group', { name: 'Interviewer 2' }).getByLabel('Job title'),
  ).toHaveValue('CTO');
  // The mistake is shown at once, beside its field, and the rest reached the timeline.
  await expect(page.locator('#f-callBackInDays-error')).toBeVisible();
  await page.goto('/interviews/');
  await expect(page.getByText('Acme Corp').first()).toBeVisible();
});

test('a new interview typed in without its date yet survives a reload', async ({ page }) => {
  await openTimeline(page);
  await page.getByLabel('Company').fill('Globex');
  await page.getByLabel('Role', { exact: true }).fill('Analyst');
  await page.reload();
  await expect(page.getByLabel('Company')).toHaveValue('Globex');
  await expect(page.getByLabel('Role', { exact: true })).toHaveValue('Analyst');
});

test('leaving with a field that cannot be saved yet asks first', async ({ page }) => {
  await openTimeline(page);
  await fillInterview(page);
  const leaving = () =>
    page.evaluate(() => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      // A page that wants the browser to ask cancels the event.
      return event.defaultPrevented;
    });
  expect(await leaving()).toBe(false);
  await page.getByLabel('They asked me to call in this many days').fill('soon');
  await expect.poll(leaving).toBe(true);
  await page.getByLabel('They asked me to call in this many days').fill('4');
  await expect.poll(leaving).toBe(false);
});

test('a date far outside 1900–2100 is explained beside the field and never saved', async ({
  page,
}) => {
  await openTimeline(page);
  await fillInterview(page);
  await page.getByLabel('They said they would decide by').fill('9999-12-30');
  await page.getByLabel('They said they would decide by').blur();
  await expect(
    page.getByText('The decision date 9999-12-30 is not between 1900 and 2100'),
  ).toBeVisible();
  await expect(step(page, 'Check in by email').locator('time')).toHaveText('Wed, Dec 2');
});

test('everything entered is still there after a reload', async ({ page }) => {
  await openTimeline(page);
  await fillInterview(page);
  await expectSchedule(page);
  await page.reload();

  await editDetails(page);
  await expect(page.getByLabel('Company')).toHaveValue('Acme');
  await expect(page.getByLabel('Role', { exact: true })).toHaveValue('Product Designer');
  await expect(page.getByLabel('Interview date')).toHaveValue('2026-11-20');
  await expect(page.getByLabel('Start time')).toHaveValue('14:30');
  await expect(page.getByRole('group', { name: 'Interviewer 2' }).getByLabel('Name')).toHaveValue(
    'Sam Ortiz',
  );
  await expect(page.getByLabel('They said they would decide by')).toHaveValue('2026-12-01');
  await expect(page.getByLabel('I will also mail a handwritten note')).toBeChecked();
  await expectSchedule(page);
});

test('a ticked step stays ticked after a reload', async ({ page }) => {
  await openTimeline(page);
  await fillInterview(page);
  const done = page.getByRole('checkbox', { name: 'Done (Send your thank-you email)' });
  await done.check();
  await expect(step(page, 'Send your thank-you email')).toContainText('done Fri, Nov 20');
  await expect(page.getByRole('status').filter({ hasText: 'Timeline updated' })).toHaveText(
    'Timeline updated: 6 steps, 1 done, next: Mail a handwritten thank-you note today',
  );

  await page.reload();
  await expect(done).toBeChecked();
  await expect(
    page.getByRole('checkbox', { name: 'Done (Connect on LinkedIn)' }),
  ).not.toBeChecked();
});

test('the calendar file has one event per step, on the right days, with UIDs that stay put', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await openTimeline(page);
  await fillInterview(page);
  await expectSchedule(page);
  const loaded = scripts.length;

  const events = await downloadCalendar(page);
  // The calendar library arrives only when the file is asked for.
  expect(scripts.length).toBeGreaterThan(loaded);
  expect(events.map((event) => event.startDate.toString())).toEqual(STEPS.map((s) => s.start));
  expect(events.map((event) => event.summary)).toEqual(
    STEPS.map((s) => `Follow-up: ${s.title} — Acme (Product Designer)`),
  );
  const uids = events.map((event) => event.uid);
  const id = await activeInterviewId(page);
  expect(new Set(uids).size).toBe(STEPS.length);
  for (const uid of uids) expect(uid).toContain(id);

  // A later decision date moves the check-in; the same events are updated, not duplicated.
  await page.getByLabel('They said they would decide by').fill('2026-12-03');
  await expect(step(page, 'Check in by email').locator('time')).toHaveText('Fri, Dec 4');
  const again = await downloadCalendar(page);
  expect(again.map((event) => event.uid)).toEqual(uids);
  expect(again[3]?.startDate.toString()).toBe('2026-12-04');
});

test('unreadable saved data gives a notice and a fresh form that works', async ({ page }) => {
  await openTimeline(page);
  await page.evaluate(() => localStorage.setItem('follow-up', '{broken'));
  await page.reload();

  await expect(page.getByText('Some of your saved details could not be read')).toBeVisible();
  await expect(page.getByLabel('Company')).toBeEnabled();
  await expect(page.getByLabel('Company')).toHaveValue('');
  await fillInterview(page);
  await expectSchedule(page);
  await page.getByRole('button', { name: 'Got it, hide this note' }).click();
  await expect(page.getByText('Some of your saved details could not be read')).toBeHidden();

  // What could not be read was kept aside as it was: typing did not destroy it.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the copy' }).click(),
  ]);
  expect(readFileSync(await download.path(), 'utf8')).toBe('{broken');
  await page.getByRole('button', { name: 'Discard the copy' }).click();
  await page.getByRole('button', { name: 'Discard it for good' }).click();
  await expect(page.getByRole('button', { name: 'Download the copy' })).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem('follow-up:unreadable'))).toBeNull();
});

test('with storage blocked, the tool still works and says nothing will be kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Storage is disabled.', 'SecurityError');
      },
    });
  });
  await openTimeline(page);
  await expect(page.getByText('Your browser is not letting this site save anything')).toBeVisible();
  await fillInterview(page);
  await expectSchedule(page);
  await expect(page.getByText('Kept in this tab only')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Done (Connect on LinkedIn)' }).check();
  await expect(step(page, 'Connect on LinkedIn')).toContainText('done Fri, Nov 20');
});

test('when saving fails, changes are kept in the tab with a notice', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('Storage is disabled.', 'SecurityError');
    };
  });
  await openTimeline(page);
  await fillInterview(page);
  await expectSchedule(page);
  await expect(page.getByText('Your browser is not letting this site save anything')).toBeVisible();
});

test('the form can be filled in and sent with the keyboard alone', async ({ page }) => {
  await openTimeline(page);
  const tabTo = async (target: Locator) => {
    for (let i = 0; i < 60; i += 1) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error('Tab never reached the control.');
  };

  await page.getByRole('link', { name: 'Skip to content' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Company')).toBeFocused();
  await page.keyboard.type('Acme');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Product Designer');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Interview date')).toBeFocused();
  await page.keyboard.type('11202026');
  await tabTo(page.getByLabel('Start time'));
  await page.keyboard.type('0230P');
  await tabTo(page.getByRole('radio', { name: 'In person' }));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Video' })).toBeChecked();

  await tabTo(page.getByRole('button', { name: 'Add an interviewer' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Interviewer 1' }).getByLabel('Name')).toBeFocused();
  await page.keyboard.type('Dana Whitfield');
  await tabTo(page.getByRole('button', { name: 'Add an interviewer' }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('group', { name: 'Interviewer 2' }).getByLabel('Name')).toBeFocused();
  await page.keyboard.type('Sam Ortiz');
  await expect(page.getByRole('button', { name: 'Remove interviewer 2' })).toBeVisible();

  await tabTo(page.getByLabel('They said they would decide by'));
  await page.keyboard.type('12012026');
  await tabTo(page.getByLabel('I will also mail a handwritten note'));
  await page.keyboard.press('Space');
  await tabTo(page.getByRole('button', { name: 'Save and show my timeline' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Your schedule' })).toBeFocused();
  await expectSchedule(page);
  await expect(step(page, 'Send your thank-you email')).toContainText(
    /Due by\s*Sat, Nov 21 at 2:30 PM/,
  );
  await tabTo(page.getByRole('checkbox', { name: 'Done (Send your thank-you email)' }));
  await page.keyboard.press('Space');
  await expect(
    page.getByRole('checkbox', { name: 'Done (Send your thank-you email)' }),
  ).toBeChecked();
});

test('"Write this message" opens the builder for this interview and each interviewer', async ({
  page,
}) => {
  await openTimeline(page);
  await fillInterview(page);
  await expectSchedule(page);
  const id = await activeInterviewId(page);
  const paramsOf = async (link: Locator) =>
    Object.fromEntries(
      new URL((await link.getAttribute('href')) ?? '', 'http://localhost').searchParams,
    );

  const thankYou = step(page, 'Send your thank-you email');
  const toDana = thankYou.getByRole('link', { name: /^Write this message to Dana Whitfield/ });
  const toSam = thankYou.getByRole('link', { name: /^Write this message to Sam Ortiz/ });
  expect(await paramsOf(toDana)).toEqual({
    template: 'thank-you-email',
    interview: id,
    interviewer: '0',
  });
  expect(await paramsOf(toSam)).toEqual({
    template: 'thank-you-email',
    interview: id,
    interviewer: '1',
  });
  await expect(toDana).toHaveAttribute('href', /^\/templates\/\?/);
  const checkIn = step(page, 'Check in by email').getByRole('link', {
    name: /^Write this message/,
  });
  expect(await paramsOf(checkIn)).toEqual({ template: 'check-in', interview: id });

  const google = step(page, 'Check in by email').getByRole('link', {
    name: /^Add to Google Calendar/,
  });
  await expect(google).toHaveAttribute('target', '_blank');
  await expect(google).toHaveAttribute('rel', /noopener/);
  await expect(google).toHaveAttribute('href', /dates=20261202%2F20261203/);
});

test('a card that would arrive after the decision is left out, and the page says why', async ({
  page,
}) => {
  await openTimeline(page);
  await fillInterview(page, '2026-11-22');
  await expect(
    page.getByText(/A card in the mail would likely arrive after their decision/),
  ).toBeVisible();
  await expect(step(page, 'Mail a handwritten thank-you note')).toHaveCount(0);
  await expect(steps(page)).toHaveCount(5);
});

test('a second interview gets its own timeline, and deleting one asks first', async ({ page }) => {
  await openTimeline(page);
  await fillInterview(page);
  await expectSchedule(page);

  await page.getByRole('button', { name: 'Add another interview' }).click();
  await expect(page.getByRole('heading', { name: 'Your interview' })).toBeFocused();
  await expect(page.getByLabel('Company')).toHaveValue('');
  await expect(steps(page)).toHaveCount(0);
  await page.getByLabel('Company').fill('Globex');
  await page.getByLabel('Interview date').fill('2026-11-23');
  await expect(steps(page).first().locator('time')).toHaveText('Mon, Nov 23');

  const shown = page.getByLabel('Current interview');
  await expect(shown.getByRole('option')).toHaveText([
    'Acme — Product Designer, Fri, Nov 20',
    'Globex, Mon, Nov 23',
  ]);
  await shown.selectOption({ label: 'Acme — Product Designer, Fri, Nov 20' });
  await expect(page.getByLabel('Company')).toHaveValue('Acme');
  await expectSchedule(page);

  await page.getByRole('button', { name: 'Delete this interview' }).click();
  const question = page.getByRole('group', { name: /Delete “Acme — Product Designer/ });
  await expect(question.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await question.getByRole('button', { name: 'Delete it' }).click();
  await expect(page.getByLabel('Company')).toHaveValue('Globex');
  await expect(shown).toBeHidden();
  await page.reload();
  await editDetails(page);
  await expect(page.getByLabel('Company')).toHaveValue('Globex');
});

test('two open tabs stay in step', async ({ page, context }) => {
  await openTimeline(page);
  const other = await context.newPage();
  await openTimeline(other);

  await fillInterview(page);
  await expectSchedule(page);
  await expect(other.getByLabel('Company')).toHaveValue('Acme');
  await expectSchedule(other);

  await other.getByRole('checkbox', { name: 'Done (Connect on LinkedIn)' }).check();
  await expect(page.getByRole('checkbox', { name: 'Done (Connect on LinkedIn)' })).toBeChecked();
  await other.getByLabel('Company').fill('Acme Corp');
  await expect(page.getByLabel('Company')).toHaveValue('Acme Corp');
});

/** Picks the saved interview whose name starts with `company` in the interview menu. */
async function choose(page: Page, company: string): Promise<void> {
  const option = page.locator('#interview-choice option', { hasText: company });
  await page.locator('#interview-choice').selectOption((await option.getAttribute('value')) ?? '');
}

test('choosing an interview in one tab leaves the other tab on its own', async ({
  page,
  context,
}) => {
  await openTimeline(page);
  await fillInterview(page);
  await page.getByRole('button', { name: 'Add another interview' }).click();
  await page.getByLabel('Company').fill('Globex');
  await page.getByLabel('Interview date').fill('2026-11-19');
  const other = await context.newPage();
  await other.clock.setFixedTime(INTERVIEW_MORNING);
  await other.goto('/timeline/');
  await editDetails(other);
  await expect(other.getByLabel('Company')).toHaveValue('Globex');
  // The first tab goes back to Acme; the second stays on Globex, where its person is typing.
  await choose(page, 'Acme');
  await expect(page.getByLabel('Company')).toHaveValue('Acme');
  await other.getByLabel('Role', { exact: true }).fill('Buyer');
  await expect(other.getByLabel('Company')).toHaveValue('Globex');
  await expect(other.getByLabel('Role', { exact: true })).toHaveValue('Buyer');
  // Deleting Globex in the second tab tells the first nothing; deleting Acme there is news here.
  await choose(other, 'Acme');
  await other.getByRole('button', { name: 'Delete this interview' }).click();
  await other.getByRole('button', { name: 'Delete it' }).click();
  await expect(page.getByText('was deleted in another tab')).toBeVisible();
  await expect(page.getByLabel('Company')).toHaveValue('Globex');
});

test('the printed page is the schedule alone, on one sheet', async ({ page }) => {
  await openTimeline(page);
  await fillInterview(page);
  await expectSchedule(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Your interview' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Your schedule' })).toBeVisible();
  await expect(steps(page).first()).toBeVisible();
  const pdf = await page.pdf({ format: 'Letter' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`a filled-in timeline with an error showing passes an accessibility check (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openTimeline(page);
    await fillInterview(page, '2026-11-22');
    await page.getByRole('checkbox', { name: 'Done (Send your thank-you email)' }).check();
    await page.getByRole('button', { name: 'Add an interviewer' }).click();
    // A title with no name is a mistake; an empty row would simply be left out.
    await page.getByRole('group', { name: 'Interviewer 3' }).getByLabel('Job title').fill('Lead');
    await page.getByRole('button', { name: 'Save and show my timeline' }).click();
    await expect(page.getByText('Interviewer 3 needs a name').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
    ).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page explains how the dates are worked out', async ({ page }) => {
    await page.goto('/timeline/');
    // Text matching skips <noscript>, so find the note by where it sits.
    const note = page.locator('main .notice');
    await expect(note).toBeVisible();
    await expect(note).toContainText('The personal timeline needs JavaScript');
    await expect(
      page.getByRole('heading', { name: 'How your dates are worked out' }),
    ).toBeVisible();
    const rules = page.getByRole('table');
    await expect(rules.getByRole('rowheader')).toHaveText([
      'Thank-you email',
      'Handwritten card',
      'LinkedIn connection',
      'What you promised',
      'Check-in',
      'Second follow-up',
      'Move on',
    ]);
    await expect(rules).toContainText('at least 7 days');
    await expect(page.getByLabel('Company')).toBeHidden();
  });
});
