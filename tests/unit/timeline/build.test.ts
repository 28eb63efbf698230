import { describe, expect, it } from 'vitest';
import {
  buildTimeline,
  safeBuildTimeline,
  STEP_IDS,
  type Step,
  type StepId,
  type Timeline,
  type TimelineInput,
} from '../../../src/lib/timeline';

// 2026-11-24 is a Tuesday; Thanksgiving 2026 is Thursday 2026-11-26.
const TUESDAY = '2026-11-24';

function step(timeline: Timeline, id: StepId): Step | undefined {
  return timeline.steps.find((candidate) => candidate.id === id);
}

function stepOf(input: TimelineInput, id: StepId): Step {
  const found = step(buildTimeline(input), id);
  if (!found) throw new Error(`The timeline has no ${id} step.`);
  return found;
}

function errorsOf(input: unknown) {
  const result = safeBuildTimeline(input);
  if (result.success) throw new Error('Expected the input to be rejected.');
  return result.errors;
}

describe('buildTimeline with only an interview date', () => {
  const timeline = buildTimeline({ interviewDate: TUESDAY });

  it('lists the five default steps on their days, in order', () => {
    expect(timeline.steps.map(({ id, date, channel }) => [id, date, channel])).toEqual([
      ['thank-you', '2026-11-24', 'email'],
      ['linkedin', '2026-11-25', 'linkedin'],
      ['check-in', '2026-12-01', 'email'],
      ['second-follow-up', '2026-12-08', 'email'],
      ['move-on', '2026-12-15', 'none'],
    ]);
  });

  it('has no warnings', () => {
    expect(timeline.warnings).toEqual([]);
  });

  it('gives every step a title, a reason and a guide link, and every message a template', () => {
    for (const item of timeline.steps) {
      expect(item.title.length).toBeGreaterThan(5);
      expect(item.why).toMatch(/^[A-Z].*\.$/);
      expect(item.guide).toMatch(/^\/guides\/[a-z-]+\/(#[a-z-]+)?$/);
      if (item.id === 'move-on') expect(item).not.toHaveProperty('template');
      else expect(item.template).toMatch(/^[a-z-]+$/);
    }
  });

  it('leaves optional keys out instead of setting them to undefined', () => {
    for (const item of timeline.steps) {
      for (const [key, value] of Object.entries(item)) {
        expect(value, `${item.id}.${key}`).not.toBeUndefined();
      }
    }
    expect(Object.keys(stepOf({ interviewDate: TUESDAY }, 'check-in'))).not.toContain('latest');
    expect(Object.keys(stepOf({ interviewDate: TUESDAY }, 'linkedin'))).not.toContain('dueBy');
  });

  it('links each step to its guide section', () => {
    expect(Object.fromEntries(timeline.steps.map((item) => [item.id, item.guide]))).toEqual({
      'thank-you': '/guides/thank-you-note/',
      linkedin: '/guides/linkedin-and-social-media/#connect-the-day-after',
      'check-in': '/guides/checking-in/',
      'second-follow-up': '/guides/checking-in/',
      'move-on': '/guides/when-to-move-on/',
    });
  });
});

describe('the thank-you email', () => {
  it.each([
    ['is due the next day at the interview time', TUESDAY, '14:30', '2026-11-25T14:30'],
    ['is due at 23:59 the next day when no time was given', TUESDAY, undefined, '2026-11-25T23:59'],
    ['keeps a midnight interview time', TUESDAY, '00:00', '2026-11-25T00:00'],
    ['crosses a month end', '2026-11-30', '09:00', '2026-12-01T09:00'],
    ['crosses the year end', '2026-12-31', undefined, '2027-01-01T23:59'],
    ['lands on a leap day', '2028-02-28', '10:15', '2028-02-29T10:15'],
    ['moves from a leap day to March 1', '2028-02-29', undefined, '2028-03-01T23:59'],
    [
      'moves from February 28 to March 1 in a common year',
      '2027-02-28',
      '16:45',
      '2027-03-01T16:45',
    ],
    ['is due on a Sunday after a Saturday interview', '2026-11-28', undefined, '2026-11-29T23:59'],
  ])('%s', (_, interviewDate, interviewTime, dueBy) => {
    const input: TimelineInput =
      interviewTime === undefined ? { interviewDate } : { interviewDate, interviewTime };
    const thanks = stepOf(input, 'thank-you');
    expect(thanks.date).toBe(interviewDate);
    expect(thanks.dueBy).toBe(dueBy);
  });

  it.each([
    ['in-person', ['Ana Ruiz', 'Ben Okafor', 'Chen Wei'], 'thank-you-email'],
    ['phone', ['Ana Ruiz', 'Ben Okafor', 'Chen Wei'], 'thank-you-email'],
    ['panel', ['Ana Ruiz', 'Ben Okafor', 'Chen Wei'], 'thank-you-email'],
    ['video', ['Ana Ruiz', 'Ben Okafor', 'Chen Wei'], 'thank-you-virtual'],
    ['group', ['Ana Ruiz'], 'thank-you-group'],
  ] as const)(
    'after a %s interview goes to %j with the matching template',
    (format, recipients, template) => {
      const thanks = stepOf(
        {
          interviewDate: TUESDAY,
          format,
          interviewers: [{ name: 'Ana Ruiz' }, { name: 'Ben Okafor' }, { name: 'Chen Wei' }],
        },
        'thank-you',
      );
      expect(thanks.recipients).toEqual(recipients);
      expect(thanks.template).toBe(template);
    },
  );

  it('has no recipients after a group interview with nobody listed', () => {
    expect(stepOf({ interviewDate: TUESDAY, format: 'group' }, 'thank-you').recipients).toEqual([]);
  });

  it('uses trimmed names and ignores extra interviewer details', () => {
    const thanks = stepOf(
      {
        interviewDate: TUESDAY,
        interviewers: [
          {
            name: '  Dana Whitfield ',
            title: 'Head of Design',
            greeting: '',
            email: 'd@acme.test',
          },
        ],
      },
      'thank-you',
    );
    expect(thanks.recipients).toEqual(['Dana Whitfield']);
  });
});

describe('the handwritten note', () => {
  it('is left out unless you ask for it', () => {
    expect(step(buildTimeline({ interviewDate: TUESDAY }), 'handwritten-note')).toBeUndefined();
  });

  it.each([
    ['with an interview time', TUESDAY, '14:30', '2026-11-26T14:30'],
    ['without an interview time', TUESDAY, undefined, '2026-11-26T23:59'],
    ['over a month end', '2026-11-30', '08:00', '2026-12-02T08:00'],
    ['over a leap day', '2028-02-28', undefined, '2028-03-01T23:59'],
    ['over the year end', '2026-12-31', '11:00', '2027-01-02T11:00'],
  ])('is due 48 hours after the interview %s', (_, interviewDate, interviewTime, dueBy) => {
    const input: TimelineInput = { interviewDate, handwrittenNote: true };
    if (interviewTime !== undefined) input.interviewTime = interviewTime;
    const note = stepOf(input, 'handwritten-note');
    expect(note).toMatchObject({
      date: interviewDate,
      channel: 'letter',
      dueBy,
      template: 'handwritten-card',
      guide: '/guides/thank-you-note/#email-or-handwritten',
    });
  });

  it.each([
    ['on the interview day', '2026-11-24'],
    ['one day after', '2026-11-25'],
    ['two days after', '2026-11-26'],
    ['six days after', '2026-11-30'],
  ])('is dropped with a warning when the decision is due %s', (_, decisionDate) => {
    const timeline = buildTimeline({ interviewDate: TUESDAY, decisionDate, handwrittenNote: true });
    expect(step(timeline, 'handwritten-note')).toBeUndefined();
    expect(timeline.warnings.map((warning) => warning.code)).toEqual(['note-too-slow']);
  });

  it('explains why it was dropped and what to do instead', () => {
    const { warnings } = buildTimeline({
      interviewDate: TUESDAY,
      decisionDate: TUESDAY,
      handwrittenNote: true,
    });
    expect(warnings).toMatchInlineSnapshot(`
      [
        {
          "code": "note-too-slow",
          "message": "A card in the mail would likely arrive after their decision on Tue, Nov 24, so it is not on your timeline: a card joins it only when the decision is at least 7 days after the interview. Put that care into your thank-you email and send it within 24 hours.",
        },
      ]
    `);
  });

  it.each([
    ['exactly seven days after the interview', { decisionDate: '2026-12-01' }],
    ['two weeks after the interview', { decisionDate: '2026-12-08' }],
    ['not given', {}],
  ])('stays, with no warning, when the decision date is %s', (_, extra) => {
    const timeline = buildTimeline({ interviewDate: TUESDAY, handwrittenNote: true, ...extra });
    expect(step(timeline, 'handwritten-note')?.date).toBe(TUESDAY);
    expect(timeline.warnings).toEqual([]);
  });

  it('gives no warning for a close decision when no note was asked for', () => {
    expect(buildTimeline({ interviewDate: TUESDAY, decisionDate: TUESDAY }).warnings).toEqual([]);
  });

  it('goes only to the lead after a group interview', () => {
    const note = stepOf(
      {
        interviewDate: TUESDAY,
        format: 'group',
        handwrittenNote: true,
        interviewers: [{ name: 'Ana Ruiz' }, { name: 'Ben Okafor' }],
      },
      'handwritten-note',
    );
    expect(note.recipients).toEqual(['Ana Ruiz']);
  });
});

describe('the LinkedIn invitation', () => {
  it.each([
    ['a Tuesday interview', TUESDAY, '2026-11-25'],
    ['a Friday interview, even though that is a Saturday', '2026-11-27', '2026-11-28'],
    ['an interview on the last day of the year', '2026-12-31', '2027-01-01'],
    ['an interview on February 28 of a leap year', '2028-02-28', '2028-02-29'],
  ])('is the day after %s', (_, interviewDate, expected) => {
    expect(stepOf({ interviewDate }, 'linkedin').date).toBe(expected);
  });

  it('goes to every interviewer, even after a group interview', () => {
    const linkedin = stepOf(
      {
        interviewDate: TUESDAY,
        format: 'group',
        interviewers: [{ name: 'Ana Ruiz' }, { name: 'Ben Okafor' }],
      },
      'linkedin',
    );
    expect(linkedin).toMatchObject({
      channel: 'linkedin',
      template: 'linkedin-note',
      recipients: ['Ana Ruiz', 'Ben Okafor'],
    });
  });
});

describe('the check-in when they said "call me in N days"', () => {
  it.each([
    ['on a weekday, on that day', 3, [], '2026-11-27'],
    ['the next day', 1, [], '2026-11-25'],
    ['on a Saturday, on the Monday after', 4, [], '2026-11-30'],
    ['on a Sunday, on the Monday after', 5, [], '2026-11-30'],
    ['on a holiday, on the next business day', 2, ['2026-11-26'], '2026-11-27'],
    [
      'on two holidays before a weekend, on the Monday after',
      2,
      ['2026-11-26', '2026-11-27'],
      '2026-11-30',
    ],
    ['on a Saturday whose Monday is a holiday, on the Tuesday', 4, ['2026-11-30'], '2026-12-01'],
    ['60 days out on a Saturday, on the Monday after', 60, [], '2027-01-25'],
  ] as const)('falls %s', (_, callBackInDays, holidays, expected) => {
    const checkIn = stepOf(
      { interviewDate: TUESDAY, callBackInDays, holidays: [...holidays] },
      'check-in',
    );
    expect(checkIn.date).toBe(expected);
    expect(checkIn.channel).toBe('phone');
    expect(checkIn.template).toBe('phone-script');
    expect(checkIn.guide).toBe('/guides/phone-and-voicemail/');
    expect(checkIn).not.toHaveProperty('latest');
  });

  it('wins over a decision date', () => {
    const checkIn = stepOf(
      { interviewDate: TUESDAY, callBackInDays: 3, decisionDate: '2026-12-10' },
      'check-in',
    );
    expect(checkIn.date).toBe('2026-11-27');
    expect(checkIn.channel).toBe('phone');
  });

  it('says in its reason how many days they named', () => {
    expect(stepOf({ interviewDate: TUESDAY, callBackInDays: 3 }, 'check-in').why).toContain(
      'call in 3 days',
    );
    expect(stepOf({ interviewDate: TUESDAY, callBackInDays: 1 }, 'check-in').why).toContain(
      'call in 1 day',
    );
  });
});

describe('the check-in after a decision date', () => {
  it.each([
    ['a Wednesday', TUESDAY, '2026-11-25', [], '2026-11-26', '2026-11-27'],
    ['a Friday', TUESDAY, '2026-11-27', [], '2026-11-30', '2026-12-01'],
    ['a Saturday', TUESDAY, '2026-11-28', [], '2026-11-30', '2026-12-01'],
    ['the interview day itself', TUESDAY, TUESDAY, [], '2026-11-25', '2026-11-26'],
    [
      'a Wednesday before a holiday',
      TUESDAY,
      '2026-11-25',
      ['2026-11-26'],
      '2026-11-27',
      '2026-11-30',
    ],
    ['a holiday', TUESDAY, '2026-11-26', ['2026-11-26'], '2026-11-27', '2026-11-30'],
    [
      'the day before two holidays',
      '2026-12-15',
      '2026-12-23',
      ['2026-12-24', '2026-12-25'],
      '2026-12-28',
      '2026-12-29',
    ],
    [
      'the last day of the year',
      '2026-12-15',
      '2026-12-31',
      ['2027-01-01'],
      '2027-01-04',
      '2027-01-05',
    ],
    ['the Monday before a leap day', '2028-02-24', '2028-02-28', [], '2028-02-29', '2028-03-01'],
  ] as const)(
    'on %s is one business day later, at the latest two',
    (_, interviewDate, decisionDate, holidays, date, latest) => {
      const checkIn = stepOf({ interviewDate, decisionDate, holidays: [...holidays] }, 'check-in');
      expect(checkIn).toMatchObject({ date, latest, channel: 'email', template: 'check-in' });
    },
  );
});

describe('the check-in with no decision date', () => {
  it.each([
    ['a Tuesday interview is the next Tuesday', TUESDAY, [], '2026-12-01'],
    ['a Saturday interview is the Monday a week later', '2026-11-21', [], '2026-11-30'],
    [
      'a Saturday interview skips a holiday on the rolled-to Monday',
      '2026-11-21',
      ['2026-11-30'],
      '2026-12-01',
    ],
    ['a week that ends on a holiday moves a day', '2026-11-19', ['2026-11-26'], '2026-11-27'],
    ['a week that ends on the last day of the year stays', '2026-12-24', [], '2026-12-31'],
    [
      'a week that ends on New Year’s Day moves to Monday',
      '2026-12-25',
      ['2027-01-01'],
      '2027-01-04',
    ],
    ['a week that ends on a leap day stays', '2028-02-22', [], '2028-02-29'],
    ['a week that ends on February 28, a Sunday, moves to March 1', '2027-02-21', [], '2027-03-01'],
  ] as const)('after %s', (_, interviewDate, holidays, expected) => {
    const checkIn = stepOf({ interviewDate, holidays: [...holidays] }, 'check-in');
    expect(checkIn.date).toBe(expected);
    expect(checkIn.channel).toBe('email');
    expect(checkIn).not.toHaveProperty('latest');
  });
});

describe('the second follow-up and moving on', () => {
  it.each([
    ['an ordinary week', { interviewDate: TUESDAY }, '2026-12-08', '2026-12-15'],
    ['a check-in rolled to Monday', { interviewDate: '2026-11-21' }, '2026-12-07', '2026-12-14'],
    [
      'holidays over Christmas and New Year',
      { interviewDate: '2026-12-10', holidays: ['2026-12-24', '2026-12-25', '2027-01-04'] },
      '2026-12-28',
      '2027-01-05',
    ],
    [
      'a check-in after a decision date',
      { interviewDate: TUESDAY, decisionDate: '2026-11-27' },
      '2026-12-07',
      '2026-12-14',
    ],
    [
      'a call-back that lands on a leap day',
      { interviewDate: '2028-02-15', callBackInDays: 7 },
      '2028-02-29',
      '2028-03-07',
    ],
  ])(
    'each come a week apart, rolled to business days, after %s',
    (_, input: TimelineInput, second, moveOn) => {
      const timeline = buildTimeline(input);
      expect(step(timeline, 'second-follow-up')?.date).toBe(second);
      expect(step(timeline, 'move-on')?.date).toBe(moveOn);
    },
  );

  it.each([
    [false, 'email', 'second-follow-up', '/guides/checking-in/'],
    [true, 'phone', 'phone-script', '/guides/phone-and-voicemail/'],
  ] as const)(
    'with phoneFollowUp %s, the second follow-up is by %s',
    (phoneFollowUp, channel, template, guide) => {
      expect(stepOf({ interviewDate: TUESDAY, phoneFollowUp }, 'second-follow-up')).toMatchObject({
        channel,
        template,
        guide,
      });
    },
  );

  it('sends both follow-ups to the first interviewer when no main contact is given', () => {
    const timeline = buildTimeline({
      interviewDate: TUESDAY,
      format: 'group',
      interviewers: [{ name: 'Ana Ruiz' }, { name: 'Ben Okafor' }],
    });
    expect(step(timeline, 'check-in')?.recipients).toEqual(['Ana Ruiz']);
    expect(step(timeline, 'second-follow-up')?.recipients).toEqual(['Ana Ruiz']);
  });

  it('sends both follow-ups to the main contact, who may not have interviewed you', () => {
    const timeline = buildTimeline({
      interviewDate: TUESDAY,
      contact: { name: 'Priya Shah', email: 'priya@acme.example' },
      interviewers: [{ name: 'Ana Ruiz' }, { name: 'Ben Okafor' }],
      phoneFollowUp: true,
    });
    expect(step(timeline, 'thank-you')?.recipients).toEqual(['Ana Ruiz', 'Ben Okafor']);
    expect(step(timeline, 'linkedin')?.recipients).toEqual(['Ana Ruiz', 'Ben Okafor']);
    expect(step(timeline, 'check-in')?.recipients).toEqual(['Priya Shah']);
    expect(step(timeline, 'second-follow-up')).toMatchObject({
      recipients: ['Priya Shah'],
      channel: 'phone',
    });
  });

  it('sends follow-ups to nobody by name when nobody is listed', () => {
    expect(step(buildTimeline({ interviewDate: TUESDAY }), 'check-in')?.recipients).toEqual([]);
  });

  it('moves on with no message: nothing to send and no template', () => {
    const moveOn = step(buildTimeline({ interviewDate: TUESDAY }), 'move-on');
    expect(moveOn).toMatchObject({ channel: 'none', recipients: [] });
    expect(moveOn).not.toHaveProperty('template');
  });

  it('never schedules a third follow-up', () => {
    const ids = buildTimeline({ interviewDate: TUESDAY, handwrittenNote: true }).steps.map(
      (item) => item.id,
    );
    expect(ids.filter((id) => id === 'check-in' || id === 'second-follow-up')).toHaveLength(2);
    expect(ids.at(-1)).toBe('move-on');
  });

  it.each([
    ['a contact with no name', { name: ' ' }, 'contact.name'],
    ['a contact email without an @', { name: 'Priya', email: 'priya at acme' }, 'contact.email'],
  ])('rejects %s', (_, contact, path) => {
    const result = safeBuildTimeline({ interviewDate: TUESDAY, contact });
    expect(result.success ? [] : result.errors.map((issue) => issue.path)).toEqual([path]);
  });
});

describe('what you promised to send', () => {
  const promising = {
    interviewDate: TUESDAY,
    interviewers: [{ name: 'Dana Rivera' }],
    contact: { name: 'Priya Shah' },
    promised: 'my portfolio and two references',
    promisedBy: '2026-11-27',
  };

  it('is not on a timeline without a promise', () => {
    expect(step(buildTimeline({ interviewDate: TUESDAY }), 'materials')).toBeUndefined();
  });

  it('falls on the day you promised, by email to your main contact, with the materials template', () => {
    expect(stepOf(promising, 'materials')).toMatchObject({
      date: '2026-11-27',
      channel: 'email',
      recipients: ['Priya Shah'],
      title: 'Send what you promised',
      template: 'requested-materials',
      guide: '/guides/adding-value/#send-what-they-asked-for-fast',
    });
  });

  it('names what you promised and the day in its reason', () => {
    expect(stepOf(promising, 'materials').why).toMatch(
      /^You promised “my portfolio and two references” by Fri, Nov 27\. Send it as soon as it is ready/,
    );
  });

  it('keeps the day you named even when it is a day off: it is your own promise', () => {
    expect(
      stepOf({ ...promising, promisedBy: '2026-11-26', holidays: ['2026-11-26'] }, 'materials')
        .date,
    ).toBe('2026-11-26');
  });

  it('changes no other step', () => {
    const { promised, promisedBy, ...without } = promising;
    const others = buildTimeline(promising).steps.filter(({ id }) => id !== 'materials');
    expect(others).toEqual(buildTimeline(without).steps);
  });

  it('comes after the LinkedIn invitation and before a check-in on the same day', () => {
    const sameDay = buildTimeline({ ...promising, promisedBy: '2026-11-25', callBackInDays: 1 });
    expect(sameDay.steps.map(({ id, date }) => `${date} ${id}`).slice(0, 4)).toEqual([
      '2026-11-24 thank-you',
      '2026-11-25 linkedin',
      '2026-11-25 materials',
      '2026-11-25 check-in',
    ]);
  });

  it('says what is missing when only half a promise is given, and what else is wrong', () => {
    expect({
      noDay: errorsOf({ interviewDate: TUESDAY, promised: 'my portfolio' }),
      nothingSaid: errorsOf({ interviewDate: TUESDAY, promised: ' ', promisedBy: '2026-11-27' }),
      before: errorsOf({ ...promising, promisedBy: '2026-11-20' }),
      unreal: errorsOf({ ...promising, promisedBy: '2026-11-31' }),
      long: errorsOf({ ...promising, promised: 'x'.repeat(201) }),
    }).toMatchInlineSnapshot(`
      {
        "before": [
          {
            "message": "The promised date is before the interview date — check both dates.",
            "path": "promisedBy",
          },
        ],
        "long": [
          {
            "message": "What you promised to send is longer than 200 characters — shorten it.",
            "path": "promised",
          },
        ],
        "noDay": [
          {
            "message": "Enter the date you promised it by — or clear what you promised to send.",
            "path": "promisedBy",
          },
        ],
        "nothingSaid": [
          {
            "message": "Say what you promised to send — or clear the promised date.",
            "path": "promised",
          },
        ],
        "unreal": [
          {
            "message": "The promised date 2026-11-31 does not exist — check the day and the month, or leave it empty.",
            "path": "promisedBy",
          },
        ],
      }
    `);
  });
});

describe('dates around daylight-saving changes', () => {
  it.each([
    ['the autumn change', '2026-10-27', ['2026-10-28', '2026-11-03', '2026-11-10', '2026-11-17']],
    ['the spring change', '2026-03-06', ['2026-03-07', '2026-03-13', '2026-03-20', '2026-03-27']],
  ])('stay whole calendar days across %s', (_, interviewDate, expected) => {
    const timeline = buildTimeline({ interviewDate });
    expect(timeline.steps.slice(1).map((item) => item.date)).toEqual(expected);
  });
});

describe('step order', () => {
  it.each([
    ['with every step', { interviewDate: TUESDAY, handwrittenNote: true, phoneFollowUp: true }],
    ['with a call-back the next day', { interviewDate: TUESDAY, callBackInDays: 1 }],
    ['with a decision on the interview day', { interviewDate: TUESDAY, decisionDate: TUESDAY }],
    ['after a Friday interview', { interviewDate: '2026-11-27', handwrittenNote: true }],
  ])('is by date, ties in the order of the rules, %s', (_, input: TimelineInput) => {
    const { steps } = buildTimeline(input);
    const sorted = [...steps].sort(
      (a, b) => a.date.localeCompare(b.date) || STEP_IDS.indexOf(a.id) - STEP_IDS.indexOf(b.id),
    );
    expect(steps).toEqual(sorted);
  });

  it('puts the thank-you before the note on the interview day, and LinkedIn before a same-day call', () => {
    const timeline = buildTimeline({
      interviewDate: TUESDAY,
      handwrittenNote: true,
      callBackInDays: 1,
    });
    expect(timeline.steps.map((item) => `${item.date} ${item.id}`)).toEqual([
      '2026-11-24 thank-you',
      '2026-11-24 handwritten-note',
      '2026-11-25 linkedin',
      '2026-11-25 check-in',
      '2026-12-02 second-follow-up',
      '2026-12-09 move-on',
    ]);
  });
});

describe('ordinary input', () => {
  it.each<[string, TimelineInput]>([
    ['a bare interview date', { interviewDate: TUESDAY }],
    [
      'a full panel interview',
      {
        interviewDate: TUESDAY,
        interviewTime: '10:00',
        decisionDate: '2026-12-04',
        interviewers: [{ name: 'Ana Ruiz' }, { name: 'Ben Okafor' }],
        format: 'panel',
        handwrittenNote: true,
        phoneFollowUp: true,
        holidays: ['2026-11-26', '2026-11-27'],
      },
    ],
    ['a call-back request', { interviewDate: TUESDAY, callBackInDays: 4, format: 'phone' }],
  ])('gives no warnings for %s', (_, input) => {
    expect(buildTimeline(input).warnings).toEqual([]);
  });
});

describe('input validation', () => {
  it.each([
    ['a leap day in a leap year', { interviewDate: '2028-02-29' }],
    ['the earliest time of day', { interviewDate: TUESDAY, interviewTime: '00:00' }],
    ['the latest time of day', { interviewDate: TUESDAY, interviewTime: '23:59' }],
    ['a call-back after 1 day', { interviewDate: TUESDAY, callBackInDays: 1 }],
    ['a call-back after 60 days', { interviewDate: TUESDAY, callBackInDays: 60 }],
    ['a decision on the interview day', { interviewDate: TUESDAY, decisionDate: TUESDAY }],
    [
      '20 interviewers',
      {
        interviewDate: TUESDAY,
        interviewers: Array.from({ length: 20 }, (_, i) => ({ name: `Person ${i + 1}` })),
      },
    ],
    ['extra fields from the stored interview', { interviewDate: TUESDAY, company: 'Acme' }],
  ])('accepts %s', (_, input) => {
    expect(safeBuildTimeline(input).success).toBe(true);
  });

  it.each([
    ['a missing interview date', {}, 'interviewDate'],
    ['February 30', { interviewDate: '2026-02-30' }, 'interviewDate'],
    ['February 29 in a common year', { interviewDate: '2025-02-29' }, 'interviewDate'],
    ['month 13', { interviewDate: '2026-13-01' }, 'interviewDate'],
    ['day 0', { interviewDate: '2026-11-00' }, 'interviewDate'],
    ['a date without leading zeros', { interviewDate: '2026-1-5' }, 'interviewDate'],
    ['a date with a time attached', { interviewDate: '2026-11-24T10:00' }, 'interviewDate'],
    ['hour 24', { interviewDate: TUESDAY, interviewTime: '24:00' }, 'interviewTime'],
    ['minute 60', { interviewDate: TUESDAY, interviewTime: '12:60' }, 'interviewTime'],
    [
      'a time without a leading zero',
      { interviewDate: TUESDAY, interviewTime: '9:30' },
      'interviewTime',
    ],
    ['a 12-hour time', { interviewDate: TUESDAY, interviewTime: '2:30 PM' }, 'interviewTime'],
    [
      'an impossible decision date',
      { interviewDate: TUESDAY, decisionDate: '2026-11-31' },
      'decisionDate',
    ],
    [
      'a decision before the interview',
      { interviewDate: TUESDAY, decisionDate: '2026-11-23' },
      'decisionDate',
    ],
    ['a call-back after 0 days', { interviewDate: TUESDAY, callBackInDays: 0 }, 'callBackInDays'],
    ['a call-back after 61 days', { interviewDate: TUESDAY, callBackInDays: 61 }, 'callBackInDays'],
    [
      'a call-back after 1.5 days',
      { interviewDate: TUESDAY, callBackInDays: 1.5 },
      'callBackInDays',
    ],
    [
      'a call-back given as text',
      { interviewDate: TUESDAY, callBackInDays: '4' },
      'callBackInDays',
    ],
    [
      '21 interviewers',
      {
        interviewDate: TUESDAY,
        interviewers: Array.from({ length: 21 }, (_, i) => ({ name: `Person ${i + 1}` })),
      },
      'interviewers',
    ],
    [
      'an interviewer with a blank name',
      { interviewDate: TUESDAY, interviewers: [{ name: 'Ana' }, { name: '   ' }] },
      'interviewers.1.name',
    ],
    ['an unknown format', { interviewDate: TUESDAY, format: 'zoom' }, 'format'],
    ['an impossible holiday', { interviewDate: TUESDAY, holidays: ['2026-02-30'] }, 'holidays.0'],
    [
      'a handwritten-note choice given as text',
      { interviewDate: TUESDAY, handwrittenNote: 'yes' },
      'handwrittenNote',
    ],
  ])('rejects %s', (_, input, path) => {
    expect(errorsOf(input).map((issue) => issue.path)).toEqual([path]);
  });

  it.each([null, undefined, 42, 'interview', [], { interviewDate: {} }])(
    'never throws from safeBuildTimeline, even for %j',
    (input) => {
      expect(safeBuildTimeline(input).success).toBe(false);
    },
  );

  it('says what is wrong with each date and how to fix it', () => {
    expect({
      missing: errorsOf({}),
      notReal: errorsOf({ interviewDate: '2026-02-30' }),
      notLeap: errorsOf({ interviewDate: '2025-02-29' }),
      wrongForm: errorsOf({ interviewDate: '24/11/2026' }),
      notText: errorsOf({ interviewDate: 20261124 }),
      decisionBefore: errorsOf({ interviewDate: TUESDAY, decisionDate: '2026-11-20' }),
      holiday: errorsOf({ interviewDate: TUESDAY, holidays: ['Dec 25'] }),
    }).toMatchInlineSnapshot(`
      {
        "decisionBefore": [
          {
            "message": "The decision date is before the interview date — check both dates.",
            "path": "decisionDate",
          },
        ],
        "holiday": [
          {
            "message": "Extra day off 1 is not a real date — enter it as YYYY-MM-DD, or remove it.",
            "path": "holidays.0",
          },
        ],
        "missing": [
          {
            "message": "The interview date is missing — enter it as YYYY-MM-DD, for example 2026-11-24.",
            "path": "interviewDate",
          },
        ],
        "notLeap": [
          {
            "message": "The interview date 2025-02-29 does not exist — check the day and the month.",
            "path": "interviewDate",
          },
        ],
        "notReal": [
          {
            "message": "The interview date 2026-02-30 does not exist — check the day and the month.",
            "path": "interviewDate",
          },
        ],
        "notText": [
          {
            "message": "The interview date must be written as YYYY-MM-DD — enter it like 2026-11-24.",
            "path": "interviewDate",
          },
        ],
        "wrongForm": [
          {
            "message": "The interview date "24/11/2026" is not in YYYY-MM-DD form — enter it like 2026-11-24.",
            "path": "interviewDate",
          },
        ],
      }
    `);
  });

  it('says what is wrong with times, numbers and lists and how to fix it', () => {
    expect({
      time: errorsOf({ interviewDate: TUESDAY, interviewTime: '24:00' }),
      tooFew: errorsOf({ interviewDate: TUESDAY, callBackInDays: 0 }),
      tooMany: errorsOf({ interviewDate: TUESDAY, callBackInDays: 90 }),
      notWhole: errorsOf({ interviewDate: TUESDAY, callBackInDays: 2.5 }),
      interviewers: errorsOf({
        interviewDate: TUESDAY,
        interviewers: Array.from({ length: 21 }, () => ({ name: 'Sam' })),
      }),
      blankName: errorsOf({ interviewDate: TUESDAY, interviewers: [{ name: '' }] }),
      format: errorsOf({ interviewDate: TUESDAY, format: 'zoom' }),
      choice: errorsOf({ interviewDate: TUESDAY, phoneFollowUp: 'no' }),
      notAnObject: errorsOf(null),
    }).toMatchInlineSnapshot(`
      {
        "blankName": [
          {
            "message": "Interviewer 1 needs a name — type it, or remove the row.",
            "path": "interviewers.0.name",
          },
        ],
        "choice": [
          {
            "message": "The phone follow-up choice must be true or false — tick or clear the box.",
            "path": "phoneFollowUp",
          },
        ],
        "format": [
          {
            "message": "The interview format "zoom" is not one we know — choose in-person, phone, video, group or panel.",
            "path": "format",
          },
        ],
        "interviewers": [
          {
            "message": "You listed 21 interviewers, but the limit is 20 — keep the people you spoke with most.",
            "path": "interviewers",
          },
        ],
        "notAnObject": [
          {
            "message": "The interview details are missing — enter at least the interview date.",
            "path": "",
          },
        ],
        "notWhole": [
          {
            "message": "The number of days before you call must be a whole number — enter the number they gave you, e.g. 4.",
            "path": "callBackInDays",
          },
        ],
        "time": [
          {
            "message": "The interview time "24:00" is not a time of day — use the 24-hour clock from 00:00 to 23:59, e.g. 14:30, or leave it empty.",
            "path": "interviewTime",
          },
        ],
        "tooFew": [
          {
            "message": "The number of days before you call must be at least 1 — enter the number they gave you, e.g. 4.",
            "path": "callBackInDays",
          },
        ],
        "tooMany": [
          {
            "message": "The number of days before you call can be at most 60 — for a longer wait, enter their decision date instead.",
            "path": "callBackInDays",
          },
        ],
      }
    `);
  });

  it('reports every problem at once', () => {
    expect(
      errorsOf({
        interviewDate: TUESDAY,
        decisionDate: '2026-11-01',
        interviewTime: '7pm',
        format: 'zoom',
      }).map((issue) => issue.path),
    ).toEqual(['interviewTime', 'format', 'decisionDate']);
  });

  it('throws from buildTimeline with every message', () => {
    expect(() =>
      buildTimeline({ interviewDate: '2026-02-30', interviewTime: '25:00', callBackInDays: 0 }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [Error: The interview date 2026-02-30 does not exist — check the day and the month.
      The interview time "25:00" is not a time of day — use the 24-hour clock from 00:00 to 23:59, e.g. 14:30, or leave it empty.
      The number of days before you call must be at least 1 — enter the number they gave you, e.g. 4.]
    `);
  });

  it('throws from buildTimeline when the decision comes before the interview', () => {
    expect(() => buildTimeline({ interviewDate: TUESDAY, decisionDate: '2026-11-23' })).toThrow(
      'The decision date is before the interview date — check both dates.',
    );
  });
});
