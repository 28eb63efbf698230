import { expect, test, type Page } from '@playwright/test';

import SAVED from '../fixtures/saved-state.json' with { type: 'json' };

// One saved interview, shared with the unit tests and the audit.
const STATE = SAVED;
const [INTERVIEW] = STATE.interviews;
if (!INTERVIEW) throw new Error('tests/fixtures/saved-state.json holds no interview.');

/** Saves the interview before the page loads, once per tab, so a reload keeps what the page saved. */
async function seed(page: Page) {
  await page.addInitScript((state) => {
    if (sessionStorage.getItem('seeded')) return;
    localStorage.setItem('follow-up', state);
    sessionStorage.setItem('seeded', 'yes');
  }, JSON.stringify(STATE));
}

/** The builder's link from a timeline step. */
const link = (template: string, interviewer?: number) =>
  `/templates/?template=${template}&interview=${INTERVIEW.id}${
    interviewer === undefined ? '' : `&interviewer=${interviewer}`
  }`;

const finalBody = (page: Page) => page.getByRole('textbox', { name: 'Message', exact: true });
const finalSubject = (page: Page) => page.getByRole('textbox', { name: 'Subject', exact: true });
const blanks = (page: Page) => page.locator('.builder-blanks .blank');
const checker = (page: Page) => page.getByRole('region', { name: 'Etiquette check' });

test('a timeline step’s link opens its template with the interview filled in', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) refused.push(message.text());
  });
  await seed(page);
  await page.goto(link('check-in', 1));

  await expect(page.getByLabel('Template', { exact: true })).toHaveValue('check-in');
  await expect(page.getByLabel('Who is this message for?')).toHaveValue('1');
  await expect(page.getByLabel("Your main contact's name")).toHaveValue('Sam Ortiz');
  await expect(page.getByLabel('Interview date')).toHaveValue('Tuesday, November 24');
  await expect(page.getByLabel('Decision date they gave')).toHaveValue('Friday, December 4');
  await expect(page.getByLabel('Company')).toHaveValue('Northwind Health');
  await expect(page.getByLabel('Your name')).toHaveValue('Alex Kim');

  await expect(finalBody(page)).toHaveValue(/Dear Sam Ortiz,/);
  await expect(finalSubject(page)).toHaveValue('Product Designer interview: next steps');
  // A blank reads as what to write there, never as a {{placeholder}}.
  await expect(finalBody(page)).toHaveValue(/\[Something you discussed\]/);
  await expect(finalBody(page)).not.toHaveValue(/\{\{/);
  await expect(blanks(page)).toHaveText(['[Something you discussed]']);

  await page.getByLabel('Something you discussed').fill('the plan to move scheduling online');
  await expect(blanks(page)).toHaveCount(0);
  await expect(finalBody(page)).toHaveValue(/especially the plan to move scheduling online\./);
  await expect(finalBody(page)).toHaveValue(/around Friday, December 4/);
  expect(refused).toEqual([]);
});

test('the etiquette check flags casual words with a link to the guide, and clears once fixed', async ({
  page,
}) => {
  await seed(page);
  await page.goto(link('thank-you-email', 0));
  await page.getByLabel('Why you fit').fill('my four years running usability studies');
  await page.getByLabel('Something you discussed with Dana Rivera').fill('the research roadmap');
  await page.getByRole('tab', { name: 'Sam Ortiz' }).click();
  await page
    .getByLabel('Something you discussed with Sam Ortiz')
    .fill('how studies reach designers');
  await page.getByRole('tab', { name: 'Dana Rivera' }).click();
  await expect(checker(page)).toContainText('No problems found.');

  const body = finalBody(page);
  const written = await body.inputValue();
  await body.fill(written.replace('next steps.', 'next steps. We are gonna do great things!!'));
  const finding = page.locator('.builder-finding', { hasText: 'gonna' });
  await expect(finding).toContainText('write “going to” instead of “gonna”');
  const why = finding.getByRole('link', { name: 'Why: Keep it professional' });
  await expect(why).toHaveAttribute('href', '/guides/the-donts/#keep-it-professional');
  await expect(page.locator('.builder-finding', { hasText: 'exclamation marks' })).toBeVisible();

  await body.fill(written);
  await expect(checker(page)).toContainText('No problems found.');
  await expect(page.locator('.builder-finding')).toHaveCount(0);
});

test('on a first visit the check shows at once, and what is typed straight away is kept', async ({
  page,
}) => {
  await page.goto('/templates/?template=thank-you-email');
  // The check of the untouched template is there before anything is typed or focused.
  await expect(checker(page)).toContainText("still contains “[Role]”, “[Interviewer's name]”");
  await expect(checker(page)).toContainText('and 4 more');

  // Typed the moment the page is up: your name goes to your details, the rest to the draft.
  await page.getByLabel('Your name').fill('Alex Kim');
  await page.getByLabel('Why you fit').fill('my four years running usability studies');
  await expect(checker(page)).toContainText('and 2 more');
  await expect(finalBody(page)).toHaveValue(/Best regards,\nAlex Kim\n/);

  await page.reload();
  await expect(page.getByLabel('Your name')).toHaveValue('Alex Kim');
  await expect(page.getByLabel('Why you fit')).toHaveValue(
    'my four years running usability studies',
  );
  await page.goto('/templates/?template=check-in');
  await expect(page.getByLabel('Your name')).toHaveValue('Alex Kim');
});

test('copying puts the message on the clipboard, and the mail link carries it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seed(page);
  await page.goto(link('check-in', 0));
  await page.getByLabel('Something you discussed').fill('the research roadmap');
  const body = await finalBody(page).inputValue();

  await page.getByRole('button', { name: 'Copy message', exact: true }).click();
  await expect(page.locator('.builder-copied')).toHaveText('Copied the message to your clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body);

  await page.getByRole('button', { name: 'Copy subject and message' }).click();
  await expect(page.locator('.builder-copied')).toHaveText(
    'Copied the subject and message to your clipboard.',
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `Subject: Product Designer interview: next steps\n\n${body}`,
  );

  const mail = page.getByRole('link', { name: 'Open in your mail app' });
  const plain = new URL((await mail.getAttribute('href')) ?? '');
  expect(plain.protocol).toBe('mailto:');
  expect(decodeURIComponent(plain.pathname)).toBe('dana.rivera@northwind.example');
  expect(plain.search).not.toContain('cc=');

  await page.getByLabel('CC (optional)').fill('recruiting@northwind.example');
  const withCc = new URL((await mail.getAttribute('href')) ?? '');
  const query = Object.fromEntries(
    withCc.search
      .slice(1)
      .split('&')
      .map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]),
  );
  expect(query['cc']).toBe('recruiting@northwind.example');
  expect(query['subject']).toBe('Product Designer interview: next steps');
  expect(query['body']).toBe(body.replace(/\n/g, '\r\n'));

  for (const name of ['Open in Gmail', 'Open in Outlook on the web']) {
    const web = page.getByRole('link', { name: new RegExp(name) });
    await expect(web).toHaveAttribute('target', '_blank');
    await expect(web).toHaveAttribute('rel', 'noopener');
  }
});

test('copying or opening a message with blanks left asks first', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seed(page);
  await page.goto(link('check-in', 0));
  await expect(finalBody(page)).toHaveValue(/Dear Dana Rivera,/);
  await page.evaluate(() => navigator.clipboard.writeText('before'));
  await page.getByRole('button', { name: 'Copy message', exact: true }).click();
  const ask = page.getByRole('group', { name: /1 blank left: \[Something you discussed\]/ });
  await expect(ask.getByRole('button', { name: 'Copy it anyway' })).toBeFocused();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');

  await ask.getByRole('button', { name: 'Fill them in' }).click();
  await expect(finalBody(page)).toBeFocused();
  await expect(ask).toBeHidden();

  await page.getByRole('link', { name: 'Open in your mail app' }).click();
  await expect(ask.getByRole('link', { name: 'Open it in your mail app anyway' })).toHaveAttribute(
    'href',
    /^mailto:dana\.rivera@northwind\.example\?/,
  );
  await page.getByRole('button', { name: 'Copy message', exact: true }).click();
  await ask.getByRole('button', { name: 'Copy it anyway' }).click();
  await expect(page.locator('.builder-copied')).toHaveText('Copied the message to your clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    '[Something you discussed]',
  );

  await page.getByLabel('Something you discussed').fill('the research roadmap');
  await page.getByRole('button', { name: 'Copy message', exact: true }).click();
  await expect(ask).toBeHidden();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('research roadmap');
});

test('a draft survives a reload, and Reset to template brings the template back', async ({
  page,
}) => {
  await seed(page);
  await page.goto(link('check-in', 0));
  await page.getByLabel('Something you discussed').fill('the research roadmap');
  const body = finalBody(page);
  const fromTemplate = await body.inputValue();
  await body.fill(`${fromTemplate}\n\nP.S. The case study we discussed is attached.`);
  await page.getByLabel('Subject', { exact: true }).fill('Checking in on the designer role');

  await page.reload();
  await expect(page.getByLabel('Something you discussed')).toHaveValue('the research roadmap');
  await expect(body).toHaveValue(/P\.S\. The case study we discussed is attached\.$/);
  await expect(page.getByLabel('Subject', { exact: true })).toHaveValue(
    'Checking in on the designer role',
  );
  await expect(page.getByText('You have edited this text')).toBeVisible();

  await page.getByRole('button', { name: 'Reset to template' }).click();
  await expect(body).toHaveValue(fromTemplate);
  await expect(page.getByLabel('Subject', { exact: true })).toHaveValue(
    'Product Designer interview: next steps',
  );

  await page.reload();
  await expect(body).toHaveValue(fromTemplate);
  await expect(page.getByLabel('Something you discussed')).toHaveValue('the research roadmap');
});

test('the spelling check loads on the first edit, lists a misspelling with a suggestion, and remembers an added word', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await seed(page);
  await page.goto(link('check-in', 0));
  const body = finalBody(page);
  await expect(body).toHaveAttribute('spellcheck', 'true');
  await expect(body).toHaveAttribute('lang', 'en-US');
  await expect(checker(page)).toContainText('still contains');
  // Nothing of the spelling check, nor the wording rules, comes with the page.
  const spellingFiles = () => requested.filter((path) => /worker|\/spelling\//.test(path));
  expect(spellingFiles()).toEqual([]);

  const written = await body.inputValue();
  await body.fill(
    written.replace('The role still appeals', 'I hope to recieve news. The role still appeals'),
  );
  const row = checker(page).locator('.builder-finding', { hasText: '“recieve”' });
  await expect(row).toContainText('did you mean “receive”');
  expect(spellingFiles()).toContainEqual('/spelling/en-US.json');
  // The interview's names, the company and the role are known words.
  await expect(checker(page)).not.toContainText('“Northwind”');
  await expect(checker(page)).not.toContainText('“Ortiz”');

  await row.getByRole('button', { name: 'Add “recieve” to my words' }).click();
  await expect(row).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Etiquette check' })).toBeFocused();

  await page.reload();
  const again = await body.inputValue();
  await body.fill(
    again.replace('I hope to recieve news.', 'I hope to recieve news about the intervew.'),
  );
  await expect(checker(page).locator('.builder-finding', { hasText: '“intervew”' })).toContainText(
    'did you mean “interview”',
  );
  await expect(checker(page)).not.toContainText('“recieve”');
});

test('the check knows whom the message is for and the other interviews saved', async ({ page }) => {
  await page.addInitScript(
    (state) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem('follow-up', state);
      sessionStorage.setItem('seeded', 'yes');
    },
    JSON.stringify({
      ...STATE,
      interviews: [
        ...STATE.interviews,
        {
          ...INTERVIEW,
          id: 'contoso-1',
          company: 'Contoso',
          interviewers: [{ name: 'Priya Shah', title: '', email: '' }],
        },
      ],
    }),
  );
  await page.goto(link('check-in', 0));
  const body = finalBody(page);
  const written = await body.inputValue();
  await body.fill(
    written
      .replace('Dear Dana Rivera,', 'Dear Sam,')
      .replace('The role still appeals', 'I enjoyed my visit to Contoso. The role still appeals'),
  );
  await expect(checker(page)).toContainText(
    'The greeting names “Sam”, but this message is for Dana Rivera (Sam Ortiz is someone else in this process).',
  );
  await expect(checker(page)).toContainText(
    '“Contoso” is the company of another of your interviews',
  );
  await body.fill(written.replace('Dear Dana Rivera,', 'Dear Ms. Rivera,'));
  await expect(checker(page)).not.toContainText('The greeting names');
  await expect(checker(page)).not.toContainText('Contoso');
});

test('several interviewers get a message each, and near-identical ones are flagged', async ({
  page,
}) => {
  await seed(page);
  await page.goto(link('thank-you-email'));
  const tabs = page.getByRole('tab');
  await expect(tabs).toHaveText(['Dana Rivera', 'Sam Ortiz']);
  await page.getByLabel('Why you fit').fill('my four years running usability studies');
  const warning = page.locator('.builder-duplicates');

  await page.getByLabel('Something you discussed with Dana Rivera').fill('the research roadmap');
  await expect(finalBody(page)).toHaveValue(/Dear Dana Rivera,/);
  await tabs.filter({ hasText: 'Dana Rivera' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.filter({ hasText: 'Sam Ortiz' })).toBeFocused();
  await expect(tabs.filter({ hasText: 'Sam Ortiz' })).toHaveAttribute('aria-selected', 'true');
  await expect(finalBody(page)).toHaveValue(/Dear Sam Ortiz,/);
  await expect(warning).toBeEmpty();

  await page.getByLabel('Something you discussed with Sam Ortiz').fill('the research roadmap');
  await expect(warning).toContainText(
    'Your messages to Dana Rivera and Sam Ortiz read almost the same.',
  );

  await page
    .getByLabel('Something you discussed with Sam Ortiz')
    .fill('how the research team shares findings with designers every week');
  await expect(warning).toBeEmpty();
  await expect(finalBody(page)).toHaveValue(/how the research team shares findings/);
  await expect(page.getByText('no email address saved for Sam Ortiz')).toBeVisible();

  await tabs.filter({ hasText: 'Dana Rivera' }).click();
  await expect(finalBody(page)).toHaveValue(/our conversation about the research roadmap/);
  await expect(finalBody(page)).not.toHaveValue(/shares findings/);
});

test('what you type is shown as text and never runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto('/templates/?template=thank-you-email');
  // Nothing saved yet: every field is typed by hand, and the timeline is one link away.
  await expect(
    page.getByRole('link', { name: 'enter your interview once on your timeline' }),
  ).toHaveAttribute('href', '/timeline/');

  const attack = '<img src=x onerror=alert(1)>';
  await page.getByLabel('Company').fill(attack);
  await page.getByLabel('Something you discussed').fill('<script>alert(2)</script>');
  await expect(finalBody(page)).toHaveValue(/about <script>alert\(2\)<\/script>\./);
  await expect(page.locator('.builder img, .builder-result script')).toHaveCount(0);
  await expect(finalBody(page)).toHaveValue(new RegExp(attack.replace(/[()]/g, '\\$&')));
  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
});

test('the LinkedIn note counts its characters and says when it goes over the limit', async ({
  page,
}) => {
  await seed(page);
  await page.goto(link('linkedin-note'));
  await expect(page.getByRole('link', { name: /Open in your mail app/ })).toHaveCount(0);
  await expect(page.getByText('Paste it into your connection request')).toBeVisible();
  const count = page.locator('.builder-count');
  await expect(count).toHaveText(/^\d+ of 200 characters$/);

  const body = finalBody(page);
  await body.fill(`${await body.inputValue()} ${'I enjoyed every part of the day. '.repeat(3)}`);
  await expect(count).toHaveText(/of 200 characters: \d+ too many/);
  await expect(
    page.getByRole('status').filter({ hasText: 'now over the 200-character limit' }),
  ).toHaveCount(1);
  await expect(page.locator('.builder-finding', { hasText: 'LinkedIn allows 200' })).toBeVisible();
});

test('a blocked storage is said plainly, and the builder keeps working', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/templates/?template=phone-script');
  await expect(page.locator('.builder-notices')).toContainText(
    'Your browser is not letting this site save anything',
  );
  await page.getByLabel('Your name').fill('Alex Kim');
  await expect(page.getByRole('textbox', { name: 'Script' })).toHaveValue(/this is Alex Kim\./);
  await expect(page.getByRole('button', { name: 'Copy script' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Open in/ })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the template page shows the text with its placeholders', async ({ page }) => {
    await page.goto('/templates/thank-you-email/');
    await expect(page.getByRole('heading', { level: 1, name: 'Thank-you email' })).toBeVisible();
    const text = page.locator('.template-text');
    await expect(text).toContainText('Dear {{interviewerName}},');
    await expect(text.locator('.ph', { hasText: '{{discussed}}' })).toBeVisible();
  });

  test('the builder page says it needs JavaScript and lists every template', async ({ page }) => {
    await page.goto('/templates/');
    // Playwright's text search skips <noscript>, so the note is found by its place in the page.
    await expect(page.locator('main .notice')).toContainText(
      'The message builder needs JavaScript',
    );
    await expect(page.locator('main .notice')).toBeVisible();
    await expect(page.locator('.builder-island')).toBeHidden();
    const list = page.locator('.template-index');
    for (const stage of ['Just interviewed', 'Waiting to hear back', 'Heard back']) {
      await expect(list.getByRole('heading', { name: stage })).toBeVisible();
    }
    await expect(list.getByRole('link')).toHaveCount(15);
    await expect(list.getByRole('link', { name: 'Voicemail script' })).toHaveAttribute(
      'href',
      '/templates/voicemail-script/',
    );
  });
});

test('a message can be chosen, filled in and copied with the keyboard alone', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/templates/');
  const template = page.getByLabel('Template', { exact: true });
  await expect(template).toBeEnabled();
  const tabTo = async (label: string | RegExp, role?: 'button', key = 'Tab') => {
    const target = role
      ? page.getByRole(role, { name: label, exact: true })
      : page.getByLabel(label, { exact: true });
    for (let i = 0; i < 80; i += 1) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await page.keyboard.press(key);
    }
    throw new Error(`Tab never reached ${String(label)}.`);
  };

  await page.getByRole('link', { name: 'Skip to content' }).focus();
  await page.keyboard.press('Enter');
  await tabTo('Template');
  // Arrow keys change a focused select's value in place, as a keyboard user would.
  for (let i = 0; i < 20 && (await template.inputValue()) !== 'check-in'; i += 1) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(template).toHaveValue('check-in');

  const fill = async (label: string, text: string) => {
    await tabTo(label);
    await page.keyboard.type(text);
  };
  await fill("Your main contact's name", 'Ms. Rivera');
  await fill('Interview date', 'Tuesday, November 24');
  await fill('Role', 'Product Designer');
  await fill('Decision date they gave', 'Friday, December 4');
  await fill('Company', 'Northwind Health');
  await fill('Something you discussed', 'the plan to move patient scheduling online');
  await fill('Your name', 'Alex Kim');
  await fill('Your email', 'alex.kim@example.com');
  await fill('Your phone number', '555-0142');

  const body = page.getByRole('textbox', { name: 'Message', exact: true });
  await expect(body).toHaveValue(/Dear Ms\. Rivera,/);
  await expect(checker(page)).toContainText('No problems found.');
  // The message sits above the fields, so a phone shows it near the top: back up to its buttons.
  await tabTo('Copy message', 'button', 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('.builder-copied')).toHaveText('Copied the message to your clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await body.inputValue());
});

test('a panel of three, each debriefed, gets three thank-yous that each name their own topic', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-12-02T09:00:00'));
  await page.goto('/timeline/');
  await expect(page.getByLabel('Company')).toBeEnabled();
  await page.getByLabel('Company').fill('Northwind Health');
  await page.getByLabel('Role').fill('Product Designer');
  await page.getByLabel('Interview date').fill('2026-12-01');
  await page.getByLabel('Panel').check();
  const panel = [
    ['Dana Rivera', 'the plan to move patient scheduling online', ''],
    [
      'Sam Ortiz',
      'how the team shares research findings with nurses',
      'my lack of healthcare work',
    ],
    ['Priya Shah', 'the design system the clinics will share next year', ''],
  ] as const;
  for (const [index, [name, discussed, concern]] of panel.entries()) {
    await page.getByRole('button', { name: 'Add an interviewer' }).click();
    const row = page.getByRole('group', { name: `Interviewer ${index + 1}` });
    await row.getByLabel('Name', { exact: true }).fill(name);
    await row.getByText(`Debrief on interviewer ${index + 1}`).click();
    // Clearing the only note never closes the debrief under the person's typing.
    await row.getByLabel('One thing you discussed').fill('x');
    await row.getByLabel('One thing you discussed').fill('');
    await expect(row.getByLabel('One thing you discussed')).toBeVisible();
    await row.getByLabel('One thing you discussed').fill(discussed);
    if (concern) await row.getByLabel('A concern they raised').fill(concern);
  }
  // What was noted stays through a reload, and the debrief with it shows open.
  await page.reload();
  await page.getByRole('button', { name: 'Edit details' }).click();
  const sam = page.getByRole('group', { name: 'Interviewer 2' });
  await expect(sam.getByLabel('A concern they raised')).toHaveValue('my lack of healthcare work');
  await page.getByRole('link', { name: 'Write this message to Dana Rivera' }).first().click();

  await expect(page.getByLabel('Template', { exact: true })).toHaveValue('thank-you-email');
  const bodies: string[] = [];
  for (const [name, discussed] of panel) {
    await page.getByRole('tab', { name }).click();
    await expect(page.getByLabel(`Something you discussed with ${name}`)).toHaveValue(discussed);
    await expect(finalBody(page)).toHaveValue(new RegExp(`^Dear ${name},[\\s\\S]*${discussed}`));
    bodies.push(await finalBody(page).inputValue());
  }
  expect(new Set(bodies).size).toBe(3);
  await expect(page.locator('.builder-duplicates')).toBeEmpty();
  // What no field takes is shown beside that person's message.
  await page.getByRole('tab', { name: 'Sam Ortiz' }).click();
  await expect(page.locator('.builder-debrief')).toHaveText(
    'From your debrief on Sam Ortiz: Their concern: my lack of healthcare work. One sentence in your message can answer it.',
  );
});

test('each thank-you greets its person the way the timeline was told to greet them', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-12-02T09:00:00'));
  await page.goto('/timeline/');
  await expect(page.getByLabel('Company')).toBeEnabled();
  await page.getByLabel('Company').fill('Acme');
  await page.getByLabel('Interview date').fill('2026-12-01');
  await page.getByRole('button', { name: 'Add an interviewer' }).click();
  const row = page.getByRole('group', { name: 'Interviewer 1' });
  await row.getByLabel('Name', { exact: true }).fill('Dana Rivera');
  await row.getByLabel('How you greet them').fill('Ms. Rivera');
  await page.getByRole('link', { name: 'Write this message to Dana Rivera' }).first().click();

  await expect(finalBody(page)).toHaveValue(/^Dear Ms\. Rivera,/);
  await expect(checker(page)).not.toContainText('The greeting names');
});

test('the check-in greets the main contact the way the timeline was told to greet them', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-12-02T09:00:00'));
  await page.goto('/timeline/');
  await expect(page.getByLabel('Company')).toBeEnabled();
  await page.getByLabel('Interview date').fill('2026-12-01');
  await page.getByRole('button', { name: 'Add an interviewer' }).click();
  await page
    .getByRole('group', { name: 'Interviewer 1' })
    .getByLabel('Name', { exact: true })
    .fill('Dana Rivera');
  const contact = page.getByRole('group', { name: /Who runs the process/ });
  await contact.getByLabel('Name', { exact: true }).fill('Priya Shah');
  await contact.getByLabel('How you greet them').fill('Ms. Shah');
  await contact.getByLabel('Email').fill('priya@northwind.example');
  await page.getByRole('link', { name: 'Write this message (Check in by email)' }).click();

  await expect(page.getByLabel('Template', { exact: true })).toHaveValue('check-in');
  await expect(finalBody(page)).toHaveValue(/^Dear Ms\. Shah,/);
  await expect(checker(page)).not.toContainText('The greeting names');
  // Written to her, there is nobody to copy in.
  await expect(page.getByRole('button', { name: /^Copy in/ })).toHaveCount(0);

  // Written to the interviewer instead, it suggests copying in the one who runs the process.
  await page.getByLabel('Who is this message for?').selectOption({ label: 'Dana Rivera' });
  await expect(finalBody(page)).toHaveValue(/^Dear Dana Rivera,/);
  const cc = page.getByLabel('CC (optional)');
  await expect(cc).toHaveAccessibleDescription(
    'Priya Shah runs the process: copy them in so they see it too.',
  );
  await page.getByRole('button', { name: 'Copy in Priya Shah' }).click();
  await expect(cc).toHaveValue('priya@northwind.example');
  await expect(cc).toBeFocused();
  await expect(page.getByRole('button', { name: /^Copy in/ })).toHaveCount(0);
  const mail = new URL(
    (await page.getByRole('link', { name: 'Open in your mail app' }).getAttribute('href')) ?? '',
  );
  expect(mail.searchParams.get('cc')).toBe('priya@northwind.example');
});
