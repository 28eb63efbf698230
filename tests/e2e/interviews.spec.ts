import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS } from '../../scripts/axe.mjs';
import { expect, test, type Locator, type Page } from '@playwright/test';

// Dates are calendar dates in the person's own zone; pin one so every run sees the same days.
test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

// Friday 2026-11-20, the morning of an afternoon interview.
const INTERVIEW_MORNING = new Date('2026-11-20T10:00:00-05:00');
// Thursday 2026-12-03: Acme's check-in (due Dec 2, no later than Dec 3) is still for today.
const CHECK_IN_DAY = new Date('2026-12-03T09:00:00-05:00');

const ACME = 'Acme — Product Designer';
const GLOBEX = 'Globex — Engineer';

/** Enters two interviews on the timeline: Acme (Fri Nov 20) and then Globex (Thu Nov 19). */
async function addTwoInterviews(page: Page): Promise<void> {
  await page.clock.setFixedTime(INTERVIEW_MORNING);
  await page.goto('/timeline/');
  await expect(page.getByLabel('Company')).toBeEnabled();
  await page.getByLabel('Company').fill('Acme');
  await page.getByLabel('Role', { exact: true }).fill('Product Designer');
  await page.getByLabel('Interview date').fill('2026-11-20');
  await page.getByLabel('Start time').fill('14:30');
  await page.getByRole('button', { name: 'Add an interviewer' }).click();
  await page
    .getByRole('group', { name: 'Interviewer 1' })
    .getByLabel('Name')
    .fill('Dana Whitfield');
  await page.getByLabel('They said they would decide by').fill('2026-12-01');
  await expect(page.locator('ol.steps > li')).toHaveCount(5);

  await page.getByRole('button', { name: 'Add another interview' }).click();
  await expect(page.getByLabel('Company')).toHaveValue('');
  await page.getByLabel('Company').fill('Globex');
  await page.getByLabel('Role', { exact: true }).fill('Engineer');
  await page.getByLabel('Interview date').fill('2026-11-19');
  await expect(page.locator('ol.steps > li').first().locator('time')).toHaveText('Thu, Nov 19');
}

async function openInterviews(page: Page, now: Date): Promise<void> {
  await page.clock.setFixedTime(now);
  await page.goto('/interviews/');
  await expect(page.getByRole('heading', { name: 'Your interviews' })).toBeVisible();
}

function card(page: Page, name: string): Locator {
  return page
    .locator('.interview-card')
    .filter({ has: page.getByRole('heading', { name: new RegExp(`^${name}`) }) });
}

function agenda(page: Page, group: 'To do today' | 'Overdue' | 'Coming up'): Locator {
  return page.getByRole('list', { name: new RegExp(`^${group}`) }).locator('> li');
}

function record(page: Page, name: string): Locator {
  return page.locator('details.record-item').filter({ hasText: name });
}

function result(page: Page, measure: string): Locator {
  return page.locator('.results-table tr').filter({ hasText: measure });
}

test('two interviews side by side: the agenda, switching the active one, ticking a step', async ({
  page,
}) => {
  await addTwoInterviews(page);
  await openInterviews(page, INTERVIEW_MORNING);

  await expect(page.locator('.interview-card h3')).toHaveText([ACME, `${GLOBEX}Current`]);
  await expect(card(page, ACME)).toContainText('Fri, Nov 20');
  await expect(card(page, ACME)).toContainText('Send your thank-you email, Fri, Nov 20 (today)');
  await expect(agenda(page, 'To do today')).toHaveText([
    /^Globex — EngineerSend your thank-you emailThu, Nov 19due today/,
    /^Acme — Product DesignerSend your thank-you emailFri, Nov 20today/,
    /^Globex — EngineerConnect on LinkedInFri, Nov 20today/,
  ]);
  await expect(agenda(page, 'Coming up')).toHaveText([
    /^Acme — Product DesignerConnect on LinkedInSat, Nov 21tomorrow/,
    // Thursday, Nov 26 is Thanksgiving in the region guessed for this browser (en-US, New York).
    /^Globex — EngineerCheck in by emailFri, Nov 27in 7 days/,
  ]);
  const write = agenda(page, 'To do today')
    .nth(1)
    .getByRole('link', { name: /^Write this message to Dana Whitfield/ });
  await expect(write).toHaveAttribute(
    'href',
    /^\/templates\/\?template=thank-you-email&interview=/,
  );

  // The timeline follows the active interview.
  await card(page, ACME)
    .getByRole('button', { name: `Make current (${ACME})` })
    .click();
  await expect(page.locator('.interview-card h3')).toHaveText([`${ACME}Current`, GLOBEX]);
  await page.goto('/timeline/');
  await expect(page.locator('.timeline-for')).toContainText('Acme');
  await page.getByRole('button', { name: 'Edit details' }).click();
  await expect(page.getByLabel('Company')).toHaveValue('Acme');
  await page.goto('/interviews/');
  await card(page, GLOBEX)
    .getByRole('link', { name: `Edit (${GLOBEX})` })
    .click();
  await expect(page).toHaveURL(/\/timeline\/$/);
  await expect(page.getByLabel('Company')).toHaveValue('Globex');

  // Ticking from the agenda shows on the timeline.
  await page.goto('/interviews/');
  // The line leaves the agenda once ticked, so click rather than wait to see it checked.
  await page.getByRole('checkbox', { name: `Done (Send your thank-you email, ${ACME})` }).click();
  await expect(page.getByRole('heading', { name: /^Today, Fri, Nov 20/ })).toBeFocused();
  await expect(agenda(page, 'To do today')).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: 'Done:' })).toHaveText(
    `Done: Send your thank-you email for ${ACME}.`,
  );
  await expect(page.locator('.log-table tbody tr')).toHaveText([
    /Fri, Nov 20, 2026\s*Acme\s*Product Designer\s*Thank-you message\s*Email\s*Dana Whitfield/,
  ]);
  await card(page, ACME).getByRole('link', { name: /^Edit/ }).click();
  await expect(page.getByLabel('Company')).toHaveValue('Acme');
  await expect(
    page.getByRole('checkbox', { name: 'Done (Send your thank-you email)' }),
  ).toBeChecked();
});

test('recording what happened changes the results; archive, delete; a reload keeps it all', async ({
  page,
}) => {
  await addTwoInterviews(page);
  await openInterviews(page, CHECK_IN_DAY);
  await expect(result(page, 'Response rate')).toContainText('Not enough data');

  await page.getByRole('checkbox', { name: `Done (Check in by email, ${ACME})` }).click();
  // The day it is sent, silence is not yet a 0% response rate.
  await expect(result(page, 'Response rate')).toContainText(
    'Not enough data yetOne follow-up is still in the week they have to reply, so not counted yet',
  );

  const acme = record(page, ACME);
  await acme.locator('summary').click();
  await acme.getByLabel('Check-in sent on').fill('2026-12-02');
  await acme.getByLabel('They replied on').fill('2026-12-03');
  // Where it stands is set once, on its card; the record shows it.
  await expect(acme.getByLabel('Outcome')).toHaveCount(0);
  await card(page, ACME).getByLabel('Status').selectOption({ label: 'Invited to the next round' });
  await expect(acme.locator('summary')).toContainText('Invited to the next round');
  await acme.getByLabel('Useful: specific to me or the decision').check();
  await expect(result(page, 'Response rate')).toContainText('100%');
  await expect(result(page, 'Time to response')).toContainText('1 dayMedian of 1 reply');
  await expect(result(page, 'Progression rate')).toContainText(
    '100%1 of 1 interview with a known outcome moved forward',
  );
  await expect(result(page, 'Feedback quality')).toContainText('100%');
  await expect(page.getByRole('img', { name: /^Bar chart of your rates/ })).toHaveAccessibleName(
    'Bar chart of your rates: response rate 100%, progression rate 100%, feedback quality 100%.',
  );
  // Acme has an outcome, so it leaves the agenda; its card offers the next round.
  await expect(page.locator('.agenda')).not.toContainText(ACME);
  await expect(
    card(page, ACME).getByRole('link', { name: `Add the next round (${ACME})` }),
  ).toBeVisible();

  // Delete asks in place first, as everywhere on the site; "Keep it" changes nothing.
  const askDelete = card(page, GLOBEX).getByRole('button', { name: `Delete (${GLOBEX})` });
  await askDelete.click();
  const question = card(page, GLOBEX).getByRole('group', { name: /^Delete “Globex/ });
  await expect(question).toContainText('This cannot be undone.');
  await expect(question.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await question.getByRole('button', { name: 'Keep it' }).click();
  await expect(askDelete).toBeFocused();
  await expect(page.locator('.interview-card h3')).toHaveText([ACME, `${GLOBEX}Current`]);

  // Archive: off the list and the agenda, into the Archived disclosure.
  await card(page, GLOBEX)
    .getByRole('button', { name: `Archive (${GLOBEX})` })
    .click();
  await expect(page.locator('.interview-list > .interview-cards h3')).toHaveText([ACME]);
  const archived = page.locator('details.archived');
  await expect(archived.locator('summary')).toHaveText('Archived (1)');
  await expect(page.locator('.agenda')).toContainText('Nothing to send');

  // The log lists what was sent, newest first.
  await expect(page.locator('.log-table tbody tr')).toHaveText([
    /Wed, Dec 2, 2026\s*Acme\s*Product Designer\s*Check-in\s*Email\s*Dana Whitfield/,
  ]);

  await page.reload();
  await expect(page.locator('details.archived summary')).toHaveText('Archived (1)');
  await expect(result(page, 'Time to response')).toContainText('1 day');
  await expect(card(page, ACME).getByLabel('Status')).toHaveValue('next-round');
  await expect(page.locator('.log-table tbody tr')).toHaveCount(1);
  await archived.locator('summary').click();
  await card(page, GLOBEX)
    .getByRole('button', { name: `Unarchive (${GLOBEX})` })
    .click();
  await expect(page.locator('details.archived')).toHaveCount(0);

  // Deleting for real: the card goes, and the first one left becomes the current interview.
  await card(page, GLOBEX)
    .getByRole('button', { name: `Delete (${GLOBEX})` })
    .click();
  await card(page, GLOBEX).getByRole('button', { name: 'Delete it' }).click();
  await expect(page.getByRole('heading', { name: 'Your interviews' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toContainText(
    `Deleted “${GLOBEX}” and its drafts.`,
  );
  await expect(page.locator('.interview-card h3')).toHaveText([`${ACME}Current`]);
});

test('the printed page is the activity log alone', async ({ page }) => {
  await addTwoInterviews(page);
  await page.getByRole('checkbox', { name: 'Done (Send your thank-you email)' }).check();
  await openInterviews(page, INTERVIEW_MORNING);
  await expect(page.getByRole('button', { name: 'Print the activity log' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Activity log' })).toBeVisible();
  await expect(page.locator('.log-table tbody tr')).toHaveCount(1);
  for (const hidden of ['My interviews', 'Your interviews', 'Your results']) {
    await expect(page.getByRole('heading', { name: hidden, exact: true })).toBeHidden();
  }
  await expect(page.getByRole('button', { name: 'Print the activity log' })).toBeHidden();
});

for (const [scheme, width] of [
  ['light', 1280],
  ['dark', 390],
] as const) {
  test(`with two interviews entered, the page passes an accessibility check (${scheme}, ${width} px wide)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.emulateMedia({ colorScheme: scheme });
    await addTwoInterviews(page);
    await page.getByRole('checkbox', { name: 'Done (Send your thank-you email)' }).check();
    await openInterviews(page, CHECK_IN_DAY);
    await record(page, GLOBEX).locator('summary').click();
    await record(page, GLOBEX).getByLabel('They replied on').fill('2026-11-01');
    await expect(record(page, GLOBEX).getByText('before the interview date')).toBeVisible();
    await card(page, ACME)
      .getByRole('button', { name: /^Archive/ })
      .click();
    await page.locator('details.archived summary').click();
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
    ).toEqual([]);
  });
}

test('an outcome leads somewhere: the next round starts from the earlier one, a “no” gets a reply', async ({
  page,
}) => {
  await addTwoInterviews(page);
  await openInterviews(page, CHECK_IN_DAY);
  await card(page, GLOBEX).getByLabel('Status').selectOption({ label: 'Not selected' });
  const reply = card(page, GLOBEX).getByRole('link', {
    name: `Reply to their decision (${GLOBEX})`,
  });
  await expect(reply).toHaveAttribute(
    'href',
    /\/templates\/\?template=rejection-response&interview=/,
  );

  await card(page, ACME).getByLabel('Status').selectOption({ label: 'Invited to the next round' });
  await card(page, ACME)
    .getByRole('link', { name: `Add the next round (${ACME})` })
    .click();
  await expect(page).toHaveURL(/\/timeline\/$/);
  // The same company, role and people to reach; the new round's date is the one thing to enter.
  await expect(page.getByLabel('Company')).toHaveValue('Acme');
  await expect(page.getByLabel('Role', { exact: true })).toHaveValue('Product Designer');
  await expect(page.getByLabel('Interview date')).toHaveValue('');
  // The date is the next thing to enter, not yet a mistake.
  await expect(page.getByLabel('Interview date')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#interview-choice option:checked')).toHaveText(
    'Acme, Product Designer (not saved yet)',
  );
  await page.getByLabel('Interview date').fill('2026-12-10');
  await expect(page.locator('ol.steps > li').first().locator('time')).toHaveText('Thu, Dec 10');

  await openInterviews(page, CHECK_IN_DAY);
  await expect(page.locator('.interview-card h3')).toHaveText([ACME, GLOBEX, `${ACME}Current`]);
  await expect(page.locator('.interview-card').nth(2)).toContainText('Thu, Dec 10');
});

test('with nothing saved, the page says how to add an interview', async ({ page }) => {
  await page.clock.setFixedTime(INTERVIEW_MORNING);
  await page.goto('/interviews/');
  await expect(page.getByRole('heading', { name: 'No interviews yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Add an interview' }).click();
  // An empty form to fill in: nothing is saved until it has details.
  await expect(page).toHaveURL(/\/timeline\/$/);
  await expect(page.getByLabel('Company')).toBeEnabled();
  await expect(page.getByLabel('Interview date')).toHaveValue('');
  await page.goto('/interviews/');
  await expect(page.getByRole('heading', { name: 'No interviews yet' })).toBeVisible();
});

test('adding an interview opens an empty form and saves nothing until it has details', async ({
  page,
}) => {
  await addTwoInterviews(page);
  await openInterviews(page, INTERVIEW_MORNING);
  await page.getByRole('button', { name: 'Add an interview' }).click();
  await expect(page).toHaveURL(/\/timeline\/$/);
  await expect(page.getByLabel('Company')).toBeEnabled();
  await expect(page.getByLabel('Company')).toHaveValue('');
  await expect(page.getByLabel('Interview date')).toHaveValue('');
  // The date is the next thing to enter, not yet a mistake.
  await expect(page.getByLabel('Interview date')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#interview-choice option:checked')).toHaveText(/not saved yet/);
  // Leaving the empty form saves nothing: the two saved interviews are as they were.
  await openInterviews(page, INTERVIEW_MORNING);
  await expect(page.locator('.interview-card')).toHaveCount(2);
  await expect(page.getByText('Untitled interview')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page explains itself and links to the timeline', async ({ page }) => {
    await page.goto('/interviews/');
    await expect(page.getByRole('heading', { name: 'My interviews', level: 1 })).toBeVisible();
    await expect(page.getByText('kept only in this browser')).toBeVisible();
    await expect(page.getByRole('link', { name: 'enter it on your timeline' })).toHaveAttribute(
      'href',
      '/timeline/',
    );
    await expect(page.locator('main .notice')).toContainText('This page needs JavaScript');
    await expect(page.getByText('Reading the interviews saved')).toBeHidden();
  });
});

test('a phone screen then a panel: the screen’s thank-you shows as sent, the check-in counts from the panel', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-12-01T17:00:00-05:00'));
  await page.goto('/timeline/');
  await expect(page.getByLabel('Company')).toBeEnabled();
  await page.getByLabel('Company').fill('Acme');
  await page.getByLabel('Role', { exact: true }).fill('Product Designer');
  await page.getByLabel('Interview date').fill('2026-12-01');
  await page.getByLabel('Phone', { exact: true }).check();
  await page.getByRole('button', { name: 'Add an interviewer' }).click();
  await page
    .getByRole('group', { name: 'Interviewer 1' })
    .getByLabel('Name')
    .fill('Dana Whitfield');
  await page.getByRole('checkbox', { name: 'Done (Send your thank-you email)' }).click();

  await openInterviews(page, new Date('2026-12-03T09:00:00-05:00'));
  await card(page, ACME).getByLabel('Status').selectOption({ label: 'Invited to the next round' });
  await card(page, ACME)
    .getByRole('link', { name: `Add the next round (${ACME})` })
    .click();
  await expect(page.getByLabel('Company')).toHaveValue('Acme');
  await page.getByLabel('Interview date').fill('2026-12-08');
  await page.getByLabel('Panel').check();
  await page.getByRole('button', { name: 'Add an interviewer' }).click();
  await page.getByRole('group', { name: 'Interviewer 1' }).getByLabel('Name').fill('Sam Ortiz');

  // The panel is round 2: the screen's thank-you is listed as sent, and the check-in is a week
  // after the panel (Tue Dec 15), not after the screen (Tue Dec 8).
  await expect(page.locator('.timeline-for')).toHaveText(
    'Acme, Product Designer: round 2, interview on Tue, Dec 8.',
  );
  await expect(page.locator('.earlier-rounds li')).toHaveText(
    /^Round 1: the phone interview on Tue, Dec 1\. Thank-you message: sent Tue, Dec 1\. LinkedIn connection: not ticked as sent\./,
  );
  const checkIn = page.locator('ol.steps > li', { hasText: 'Check in by email' });
  await expect(checkIn.locator('time').first()).toHaveText('Tue, Dec 15');

  // The screen itself keeps its thank-yous and says where its check-ins went.
  await page.getByRole('button', { name: 'Show round 1' }).click();
  await expect(page.getByRole('heading', { name: 'Your schedule' })).toBeFocused();
  await expect(page.locator('.timeline-for')).toHaveText(
    'Acme, Product Designer: round 1, interviewed Tue, Dec 1.',
  );
  await expect(page.locator('.round-note')).toContainText(
    'This application went on to the panel interview on Tue, Dec 8. Its check-ins follow that round, so this one keeps only its thank-yous.',
  );
  await expect(page.locator('ol.steps > li')).toHaveCount(2);
  await expect(page.locator('ol.steps')).not.toContainText('Check in');
  await page.getByRole('button', { name: 'Show the next round' }).click();
  await expect(page.locator('.timeline-for')).toContainText('round 2');

  await openInterviews(page, new Date('2026-12-03T09:00:00-05:00'));
  await expect(card(page, ACME).first()).toContainText('Next round: Tue, Dec 8');
  await expect(page.getByRole('link', { name: /Add the next round/ })).toHaveCount(0);
  const results = await new AxeBuilder({ page }).withTags([...AXE_TAGS]).analyze();
  expect(results.violations).toEqual([]);
});

test('a portfolio promised by Friday: on the schedule, on Friday’s agenda, and in its message', async ({
  page,
}) => {
  // Tuesday 2026-12-01, the evening after the interview.
  await page.clock.setFixedTime(new Date('2026-12-01T17:00:00-05:00'));
  await page.goto('/timeline/');
  await expect(page.getByLabel('Company')).toBeEnabled();
  await page.getByLabel('Company').fill('Acme');
  await page.getByLabel('Role', { exact: true }).fill('Product Designer');
  await page.getByLabel('Interview date').fill('2026-12-01');
  await page.getByRole('button', { name: 'Add an interviewer' }).click();
  await page
    .getByRole('group', { name: 'Interviewer 1' })
    .getByLabel('Name')
    .fill('Dana Whitfield');

  // Half a promise is kept as typed and says, beside the field, what it still needs.
  const promisedBy = page.getByLabel('I promised it by');
  await promisedBy.fill('2026-12-04');
  await promisedBy.blur();
  await expect(
    page.getByText('Say what you promised to send — or clear the promised date.'),
  ).toBeVisible();
  await expect(page.getByLabel('I promised to send')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('I promised to send').fill('my portfolio and two references');
  await expect(page.getByLabel('I promised to send')).not.toHaveAttribute('aria-invalid');

  const promise = page.locator('ol.steps > li').filter({ hasText: 'Send what you promised' });
  await expect(promise.locator('time').first()).toHaveText('Fri, Dec 4');
  await expect(promise).toContainText(
    'You promised “my portfolio and two references” by Fri, Dec 4. Send it as soon as it is ready',
  );

  // On Friday it is on the agenda, and its link opens the note to send it with, filled in.
  await openInterviews(page, new Date('2026-12-04T09:00:00-05:00'));
  const today = agenda(page, 'To do today').filter({ hasText: 'Send what you promised' });
  await expect(today).toHaveText(/^Acme — Product DesignerSend what you promisedFri, Dec 4today/);
  await today.getByRole('link', { name: /^Write this message/ }).click();
  await expect(page).toHaveURL(/\/templates\/\?template=requested-materials&interview=/);
  await expect(page.getByLabel('What you are sending')).toHaveValue(
    'my portfolio and two references',
  );
  await expect(page.getByRole('textbox', { name: 'Message', exact: true })).toHaveValue(
    /^Dear Dana Whitfield,[\s\S]*I have attached my portfolio and two references for the Product Designer position\./,
  );
});
