import { describe, expect, it } from 'vitest';
import { emptyInterview, validateInterview, type Interview } from '../../../src/lib/interview';
import { buildTimeline } from '../../../src/lib/timeline';

const CREATED = new Date(2026, 2, 10, 15, 0);

/** A stored interview as the form saves it after a Tuesday interview. */
function stored(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...emptyInterview('interview-1', '2026-03-10', CREATED),
    company: 'Northwind Traders',
    role: 'Product designer',
    interviewTime: '14:00',
    interviewers: [
      {
        name: 'Dana Whitfield',
        title: 'Design lead',
        greeting: '',
        email: 'dana@northwind.example',
      },
      { name: 'Sam Ortiz', title: '', greeting: '', email: '' },
    ],
    ...patch,
  };
}

function errorsOf(input: unknown): Record<string, string> {
  const result = validateInterview(input);
  if (result.ok) throw new Error('expected the interview to be rejected');
  return result.errors;
}

describe('a stored interview', () => {
  it('is valid timeline input as it stands: one model for the form, the store and the timeline', () => {
    const result = validateInterview(stored({ decisionDate: '2026-03-20', callBackInDays: 3 }));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const interview: Interview = result.interview;
    const checkIn = buildTimeline(interview).steps.find((step) => step.id === 'check-in');
    expect(checkIn).toMatchObject({ date: '2026-03-13', channel: 'phone' });
  });

  it('fills in what a record leaves out: no title or email, nothing ticked, still waiting', () => {
    const result = validateInterview({
      id: 'x',
      interviewDate: '2026-03-10',
      interviewers: [{ name: 'Dana' }],
      createdAt: CREATED.toISOString(),
      updatedAt: CREATED.toISOString(),
    });
    expect(result).toMatchObject({
      ok: true,
      interview: {
        company: '',
        format: 'in-person',
        interviewers: [{ name: 'Dana', title: '', greeting: '', email: '' }],
        done: {},
        status: 'waiting',
        archived: false,
      },
    });
  });

  it('says what is wrong with the record fields as well as the timing ones', () => {
    expect(
      errorsOf(
        stored({
          id: '',
          status: 'hired',
          feedback: 'great',
          repliedOn: '2026-02-30',
          done: { 'thank-you': 'yesterday' },
          decisionDate: '2026-03-09',
          updatedAt: 'not a time',
        }),
      ),
    ).toMatchInlineSnapshot(`
      {
        "decisionDate": "The decision date is before the interview date — check both dates.",
        "done.thank-you": "A finished step has a date that is not real — untick the step and tick it again.",
        "feedback": "Choose how useful their feedback was: none, some or useful, or leave it not recorded.",
        "id": "This interview has no id — start a new interview and enter the details again.",
        "repliedOn": "The reply date does not exist — check the day and the month, or leave it empty.",
        "status": "Choose where this application stands: waiting, next round, offer, not selected, no reply or withdrawn.",
        "updatedAt": "This interview has a damaged time stamp — save the form again to repair it.",
      }
    `);
  });

  it('says so when the data is not an interview at all', () => {
    expect(errorsOf(null)).toMatchInlineSnapshot(`
      {
        "form": "The interview details are missing — enter at least the interview date.",
      }
    `);
  });

  it('allows at most 20 interviewers', () => {
    const people = Array.from({ length: 21 }, (_, index) => ({ name: `Person ${index + 1}` }));
    expect(errorsOf(stored({ interviewers: people }))).toMatchInlineSnapshot(`
      {
        "interviewers": "You listed 21 interviewers, but the limit is 20 — keep the people you spoke with most.",
      }
    `);
    expect(validateInterview(stored({ interviewers: people.slice(0, 20) })).ok).toBe(true);
  });

  it('may not have an id with a colon, which would stop its drafts from saving', () => {
    expect(errorsOf(stored({ id: 'a:b' }))).toEqual({
      id: 'This interview has an id with a colon in it, which its message drafts cannot use — enter the interview again, or import a backup made by this site.',
    });
  });
});

describe('emptyInterview', () => {
  it('starts on the given day with nothing else filled in, and already validates', () => {
    const interview = emptyInterview('new-id', '2026-03-10', CREATED);
    expect(interview).toMatchObject({ id: 'new-id', interviewDate: '2026-03-10', company: '' });
    expect(validateInterview(interview)).toMatchObject({ ok: true, interview });
  });
});
