import { describe, expect, it } from 'vitest';
import {
  emptyInterview,
  isCalendarDate,
  toTimelineInput,
  validateInterview,
  type InterviewDraft,
} from '../../src/lib/interview/index';
import { safeBuildTimeline } from '../../src/lib/timeline/index';

const CREATED = new Date(2026, 2, 10, 15, 0);

/** A complete, valid form as a person might fill it in after a Tuesday interview. */
function draft(overrides: Partial<InterviewDraft> = {}): InterviewDraft {
  return {
    ...emptyInterview('interview-1', '2026-03-10', CREATED),
    company: 'Northwind Traders',
    role: 'Product designer',
    interviewTime: '14:00',
    interviewers: [
      { name: 'Dana Whitfield', title: 'Design lead', email: 'dana@northwind.example' },
      { name: 'Sam Ortiz', title: '', email: '' },
    ],
    ...overrides,
  };
}

/** Freezes a value and everything inside it, so any change to it would throw. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function errorsOf(input: unknown): Record<string, string> {
  const result = validateInterview(input as InterviewDraft);
  if (result.ok) throw new Error('expected the draft to be rejected');
  return result.errors;
}

describe('validateInterview', () => {
  it('accepts a complete form and gives the timeline what it needs', () => {
    const result = validateInterview(draft({ decisionDate: '2026-03-20' }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.timelineInput).toEqual({
      interviewDate: '2026-03-10',
      interviewTime: '14:00',
      decisionDate: '2026-03-20',
      interviewers: [{ name: 'Dana Whitfield' }, { name: 'Sam Ortiz' }],
      format: 'in-person',
      handwrittenNote: false,
      phoneFollowUp: false,
      holidays: [],
    });
  });

  it('tidies what was typed: spaces, a one-digit hour and a leading zero in the day count', () => {
    const result = validateInterview(
      draft({
        company: '  Northwind Traders ',
        interviewTime: '9:30',
        callBackInDays: ' 04 ',
        interviewers: [{ name: ' Dana Whitfield ', email: ' dana@northwind.example ' }],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.interview).toMatchObject({
      company: 'Northwind Traders',
      interviewTime: '09:30',
      callBackInDays: '4',
      interviewers: [{ name: 'Dana Whitfield', title: '', email: 'dana@northwind.example' }],
    });
    expect(result.timelineInput.callBackInDays).toBe(4);
  });

  it('gives the interviewer name message with the row number a person sees', () => {
    expect(errorsOf(draft({ interviewers: [{ name: 'Dana Whitfield' }, { name: '   ' }] })))
      .toMatchInlineSnapshot(`
      {
        "interviewers.1.name": "Interviewer 2 needs a name — type it, or remove the row.",
      }
    `);
  });

  it('says the decision date is before the interview date, even while another field is wrong', () => {
    expect(errorsOf(draft({ decisionDate: '2026-03-09', interviewTime: 'noon' })))
      .toMatchInlineSnapshot(`
        {
          "decisionDate": "The decision date is before the interview date — check both dates.",
          "interviewTime": "The interview time is not a time of day — enter it as HH:mm on a 24-hour clock, for example 14:30, or leave it empty.",
        }
      `);
  });

  it.each([['0'], ['61'], ['4.5'], ['four'], ['-3']])(
    'rejects %j as the number of days before you call',
    (callBackInDays) => {
      expect(errorsOf(draft({ callBackInDays }))).toMatchInlineSnapshot(`
      {
        "callBackInDays": "Enter a whole number of days from 1 to 60, or leave it empty.",
      }
    `);
    },
  );

  it.each([['1'], ['60'], ['']])('accepts %j as the number of days before you call', (days) => {
    expect(validateInterview(draft({ callBackInDays: days })).ok).toBe(true);
  });

  it('explains each kind of bad date text', () => {
    expect(
      errorsOf(
        draft({
          interviewDate: '03/10/2026',
          decisionDate: '2026-02-30',
          holidays: ['2026-12-25', 'Christmas'],
        }),
      ),
    ).toMatchInlineSnapshot(`
      {
        "decisionDate": "The decision date does not exist — check the day and the month, or leave it empty.",
        "holidays.1": "Extra day off 2 is not a real date — enter it as YYYY-MM-DD, or remove it.",
        "interviewDate": "The interview date is not in YYYY-MM-DD form — enter it like 2026-03-14.",
      }
    `);
  });

  it('asks for the interview date when it is empty', () => {
    expect(errorsOf(draft({ interviewDate: '' }))).toMatchInlineSnapshot(`
      {
        "interviewDate": "Enter the interview date as YYYY-MM-DD, for example 2026-03-14.",
      }
    `);
  });

  it('explains problems with the format, the interviewers and long text', () => {
    expect(
      errorsOf(
        draft({
          format: 'zoom' as InterviewDraft['format'],
          company: 'N'.repeat(201),
          interviewers: [
            { name: 'Dana Whitfield', email: 'dana at northwind' },
            { name: 'Sam Ortiz', title: 'T'.repeat(201) },
          ],
        }),
      ),
    ).toMatchInlineSnapshot(`
      {
        "company": "The company name is longer than 200 characters — shorten it.",
        "format": "Choose how the interview took place: in person, phone, video, group or panel.",
        "interviewers.0.email": "Interviewer 1's email address does not look right — write it like name@company.com, or leave it empty.",
        "interviewers.1.title": "Interviewer 2's job title is longer than 200 characters — shorten it.",
      }
    `);
  });

  it('allows at most 20 interviewers', () => {
    const people = Array.from({ length: 21 }, (_, index) => ({ name: `Person ${index + 1}` }));
    expect(errorsOf(draft({ interviewers: people }))).toMatchInlineSnapshot(`
      {
        "interviewers": "You can list up to 20 interviewers — remove the extra rows.",
      }
    `);
    expect(validateInterview(draft({ interviewers: people.slice(0, 20) })).ok).toBe(true);
  });

  it('says so when the data is not an interview form at all', () => {
    expect(errorsOf(null)).toMatchInlineSnapshot(`
      {
        "form": "The interview details could not be read — fill in the form again.",
      }
    `);
  });

  it('leaves everything that was typed exactly as it was when there are errors', () => {
    const typed = deepFreeze(
      draft({
        company: '  Northwind  ',
        interviewTime: '9:30',
        callBackInDays: '007',
        decisionDate: '2026-03-01',
        interviewers: [{ name: '  ', title: ' Lead ', email: 'dana@' }],
      }),
    );
    const before = structuredClone(typed);
    const result = validateInterview(typed);
    expect(result.ok).toBe(false);
    expect(typed).toEqual(before);
  });
});

describe('emptyInterview', () => {
  it('starts on the given day with nothing else filled in, and already validates', () => {
    const interview = emptyInterview('new-id', '2026-03-10', CREATED);
    expect(interview).toMatchObject({ id: 'new-id', interviewDate: '2026-03-10', company: '' });
    expect(validateInterview(interview)).toMatchObject({ ok: true, interview });
  });
});

describe('toTimelineInput', () => {
  it.each<[string, Partial<InterviewDraft>]>([
    ['nothing optional', {}],
    ['a decision date and a card', { decisionDate: '2026-03-20', handwrittenNote: true }],
    ['"call me in 4 days" and a day off', { callBackInDays: '4', holidays: ['2026-03-13'] }],
    ['a group interview with a phone follow-up', { format: 'group', phoneFollowUp: true }],
  ])('gives a timeline for an interview with %s', (_, overrides) => {
    const result = validateInterview(draft(overrides));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const timeline = safeBuildTimeline(toTimelineInput(result.interview));
    expect(timeline.success).toBe(true);
    if (!timeline.success) return;
    expect(timeline.data.steps.map((step) => step.id)).toContain('check-in');
  });

  it('uses their "call me in N days" as the day of the call', () => {
    const result = validateInterview(draft({ callBackInDays: '3' }));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const timeline = safeBuildTimeline(result.timelineInput);
    if (!timeline.success) throw new Error('expected a timeline');
    expect(timeline.data.steps.find((step) => step.id === 'check-in')).toMatchObject({
      date: '2026-03-13',
      channel: 'phone',
    });
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-3-1', false],
    ['', false],
  ])('treats %j as a real date: %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});
