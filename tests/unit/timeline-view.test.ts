import { describe, expect, it } from 'vitest';
import { emptyInterview, type Interview } from '../../src/lib/interview';
import { buildTimeline, type Step, type StepId, type TimelineInput } from '../../src/lib/timeline';
import {
  builderPath,
  emptyForm,
  fieldId,
  formErrors,
  formFromInterview,
  formToDraft,
  interviewLabel,
  orderedErrors,
  sameDetails,
  shiftRowKeys,
  stepTiming,
  timelineSummary,
  writeLinks,
} from '../../src/lib/timeline-view';

// Friday 2026-11-20 at 14:30, two interviewers, decision by Tuesday 2026-12-01.
const INPUT: TimelineInput = {
  interviewDate: '2026-11-20',
  interviewTime: '14:30',
  decisionDate: '2026-12-01',
  interviewers: [{ name: 'Dana Whitfield' }, { name: 'Sam Ortiz' }],
};

function stepOf(id: StepId, input: TimelineInput = INPUT): Step {
  const found = buildTimeline(input).steps.find((step) => step.id === id);
  if (!found) throw new Error(`No ${id} step.`);
  return found;
}

function interview(patch: Partial<Interview> = {}): Interview {
  return { ...emptyInterview('abc', '2026-11-20', new Date(2026, 10, 20)), ...patch };
}

describe('builder links', () => {
  it.each([
    [
      'a message for everyone',
      ['check-in', 'i-1', undefined],
      '/templates/?template=check-in&interview=i-1',
    ],
    [
      'a message for the second interviewer',
      ['thank-you-email', 'i-1', 1],
      '/templates/?template=thank-you-email&interview=i-1&interviewer=1',
    ],
    [
      'an id with characters that need escaping',
      ['check-in', 'a&b=c', undefined],
      '/templates/?template=check-in&interview=a%26b%3Dc',
    ],
  ] as const)('builderPath writes %s', (_, [template, id, index], expected) => {
    expect(builderPath(template, id, index)).toBe(expected);
  });

  it('a thank-you to two interviewers gives one link per person, in the order listed', () => {
    expect(writeLinks(stepOf('thank-you'), 'i-1')).toEqual([
      {
        path: '/templates/?template=thank-you-email&interview=i-1&interviewer=0',
        recipient: 'Dana Whitfield',
        interviewer: 0,
      },
      {
        path: '/templates/?template=thank-you-email&interview=i-1&interviewer=1',
        recipient: 'Sam Ortiz',
        interviewer: 1,
      },
    ]);
  });

  it.each([
    ['the handwritten card', 'handwritten-note', { ...INPUT, handwrittenNote: true }, 2],
    ['the LinkedIn note', 'linkedin', INPUT, 2],
    [
      'the group thank-you, which goes to the lead only',
      'thank-you',
      { ...INPUT, format: 'group' },
      1,
    ],
    ['the check-in', 'check-in', INPUT, 1],
    ['the second follow-up', 'second-follow-up', INPUT, 1],
    ['a thank-you with no interviewers named', 'thank-you', { ...INPUT, interviewers: [] }, 1],
  ] satisfies [string, StepId, TimelineInput, number][])(
    '%s gets the right number of links',
    (_, id, input, count) => {
      expect(writeLinks(stepOf(id, input), 'i-1')).toHaveLength(count);
    },
  );

  it('the group thank-you link names the lead as interviewer 0', () => {
    const [link] = writeLinks(stepOf('thank-you', { ...INPUT, format: 'group' }), 'i-1');
    expect(link?.path).toBe('/templates/?template=thank-you-group&interview=i-1&interviewer=0');
  });

  it('a check-in link names no interviewer', () => {
    expect(writeLinks(stepOf('check-in'), 'i-1')[0]).toEqual({
      path: '/templates/?template=check-in&interview=i-1',
    });
  });

  it('a step without a template gets no link', () => {
    const step = stepOf('move-on');
    delete step.template;
    expect(writeLinks(step, 'i-1')).toEqual([]);
  });
});

describe('step timing', () => {
  it.each([
    ['a step later this week', 'check-in', '2026-11-28', undefined, 'in 4 days', 'upcoming'],
    ['a step tomorrow', 'linkedin', '2026-11-20', undefined, 'tomorrow', 'upcoming'],
    ['a step today', 'thank-you', '2026-11-20', undefined, 'today', 'now'],
    [
      'a thank-you the day after, before its deadline',
      'thank-you',
      '2026-11-21',
      undefined,
      'due today',
      'now',
    ],
    [
      'a thank-you past its deadline',
      'thank-you',
      '2026-11-24',
      undefined,
      '3 days overdue',
      'overdue',
    ],
    ['a check-in with a day to spare', 'check-in', '2026-12-02', undefined, 'today', 'now'],
    ['a check-in on its last day', 'check-in', '2026-12-03', undefined, 'due today', 'now'],
    [
      'a check-in past its last day',
      'check-in',
      '2026-12-04',
      undefined,
      '1 day overdue',
      'overdue',
    ],
    ['a LinkedIn note a day late', 'linkedin', '2026-11-22', undefined, '1 day overdue', 'overdue'],
    [
      'the day to move on, once it has passed',
      'move-on',
      '2026-12-18',
      undefined,
      'since Wed, Dec 16, 2 days ago',
      'now',
    ],
    ['a ticked step', 'thank-you', '2026-11-24', '2026-11-21', 'done Sat, Nov 21', 'done'],
  ] as const)('%s reads "%s"', (_, id, today, doneOn, text, tone) => {
    expect(stepTiming(stepOf(id), today, doneOn)).toEqual({ text, tone });
  });
});

describe('the screen-reader summary', () => {
  const { steps } = buildTimeline(INPUT);

  it.each([
    ['nothing is ticked', {}, 'Timeline updated: 5 steps, next: Send your thank-you email today'],
    [
      'the first step is ticked',
      { 'thank-you': '2026-11-20' },
      'Timeline updated: 5 steps, 1 done, next: Connect on LinkedIn tomorrow',
    ],
    [
      'every step is ticked',
      Object.fromEntries(steps.map((step) => [step.id, '2026-11-20'])),
      'Timeline updated: 5 steps, all done',
    ],
  ])('when %s', (_, done, expected) => {
    expect(timelineSummary(steps, done, '2026-11-20')).toBe(expected);
  });
});

describe('the form', () => {
  it('an empty form starts with nothing typed and in-person format', () => {
    expect(emptyForm()).toMatchObject({ company: '', interviewDate: '', format: 'in-person' });
  });

  it('a saved interview fills the form and comes back out unchanged, ticks included', () => {
    const saved = interview({
      company: 'Acme',
      interviewers: [{ name: 'Dana', title: 'Lead', email: 'dana@acme.com' }],
      holidays: ['2026-11-26'],
      done: { 'thank-you': '2026-11-20' },
    });
    const draft = formToDraft(formFromInterview(saved), saved.done);
    expect(draft).toMatchObject({
      company: 'Acme',
      interviewers: [{ name: 'Dana', title: 'Lead', email: 'dana@acme.com' }],
      holidays: ['2026-11-26'],
      done: { 'thank-you': '2026-11-20' },
    });
    expect(draft.interviewers?.[0]).not.toHaveProperty('key');
  });

  it.each([
    ['only ticks differ', { done: { linkedin: '2026-11-21' } }, true],
    ['only the save time differs', { updatedAt: '2026-11-21T09:00:00.000Z' }, true],
    ['the company differs', { company: 'Acme Corp' }, false],
    ['an interviewer differs', { interviewers: [{ name: 'Sam', title: '', email: '' }] }, false],
  ] satisfies [string, Partial<Interview>, boolean][])(
    'two versions count as the same details when %s: %s',
    (_, patch, expected) => {
      expect(sameDetails(interview(), interview(patch))).toBe(expected);
    },
  );

  it.each([
    ['company', 'f-company'],
    ['interviewers.1.email', 'f-interviewers-1-email'],
    ['holidays.0', 'f-holidays-0'],
    ['format', 'f-format-in-person'],
  ])('the error for %s points at #%s', (key, id) => {
    expect(fieldId(key)).toBe(id);
  });

  it('lists errors in the order of the form', () => {
    const keys = orderedErrors({
      'holidays.0': 'h',
      decisionDate: 'd',
      'interviewers.1.name': 'n2',
      'interviewers.0.email': 'e1',
      'interviewers.0.name': 'n1',
      interviewDate: 'i',
    }).map(({ key }) => key);
    expect(keys).toEqual([
      'interviewDate',
      'interviewers.0.name',
      'interviewers.0.email',
      'interviewers.1.name',
      'decisionDate',
      'holidays.0',
    ]);
  });

  it.each([
    ['the removed row is forgotten', ['interviewers.1.name'], 1, []],
    ['rows above it stay', ['interviewers.0.name'], 1, ['interviewers.0.name']],
    ['rows below it move up', ['interviewers.2.email'], 1, ['interviewers.1.email']],
    ['other fields stay', ['company', 'holidays.3'], 0, ['company', 'holidays.3']],
  ])('renumbering after a removal: %s', (_, keys, removed, expected) => {
    expect([...shiftRowKeys(new Set(keys), 'interviewers', removed)]).toEqual(expected);
  });

  it('rewords date errors for the date pickers and for dates still being typed', () => {
    const form = { ...emptyForm(), holidays: [{ key: 1, date: '' }] };
    const errors = formErrors(
      {
        interviewDate: 'Enter the interview date as YYYY-MM-DD, for example 2026-03-14.',
        'holidays.0': 'x',
      },
      form,
      ['decisionDate'],
    );
    expect(errors).toMatchInlineSnapshot(`
      {
        "decisionDate": "The decision date is incomplete — fill in the month, day and year, or clear the field.",
        "holidays.0": "Extra day off 1 has no date yet — pick one, or remove it.",
        "interviewDate": "Enter the interview date — type it or pick it from the calendar.",
      }
    `);
  });

  it.each([
    ['company and role', { company: 'Acme', role: 'Designer' }, 'Acme — Designer, Fri, Nov 20'],
    ['company only', { company: 'Acme' }, 'Acme, Fri, Nov 20'],
    ['neither', {}, 'Interview, Fri, Nov 20'],
  ])('an interview with %s is listed as "%s"', (_, patch, expected) => {
    expect(interviewLabel(interview(patch))).toBe(expected);
  });
});
