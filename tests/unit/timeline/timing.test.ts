import { describe, expect, it } from 'vitest';
import { builderPath } from '../../../src/lib/routes';
import {
  buildTimeline,
  stepTiming,
  timelineSummary,
  writeLinks,
  type Step,
  type StepId,
  type TimelineInput,
} from '../../../src/lib/timeline';

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
  ] as const)('builderPath writes %s', (_, [template, interview, interviewer], expected) => {
    expect(
      builderPath({ template, interview, ...(interviewer === undefined ? {} : { interviewer }) }),
    ).toBe(expected);
  });

  it('a thank-you to two interviewers gives one link per person, in the order listed', () => {
    expect(writeLinks(stepOf('thank-you'), 'i-1')).toEqual([
      {
        path: '/templates/?template=thank-you-email&interview=i-1&interviewer=0',
        label: 'Write this message to Dana Whitfield',
        recipient: 'Dana Whitfield',
        interviewer: 0,
      },
      {
        path: '/templates/?template=thank-you-email&interview=i-1&interviewer=1',
        label: 'Write this message to Sam Ortiz',
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
      label: 'Write this message',
    });
  });

  it.each([
    ['a check-in call they asked for', 'check-in', { ...INPUT, callBackInDays: 5 }],
    ['a second follow-up by phone', 'second-follow-up', { ...INPUT, phoneFollowUp: true }],
  ] satisfies [string, StepId, TimelineInput][])(
    'a call is prepared, not written: %s',
    (_, id, input) => {
      const links = writeLinks(stepOf(id, input), 'i-1');
      expect(links.map((link) => link.label)).toEqual(['Prepare your call']);
    },
  );

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
