import { describe, expect, it } from 'vitest';
import { emptyInterview, type Interview } from '../../../src/lib/interview/index';
import {
  daysText,
  firstFollowUp,
  gotReply,
  measure,
  measureRows,
  percent,
} from '../../../src/lib/measures/index';

let count = 0;

/** An interview on 2026-03-10 with the given record of what happened. */
function interview(patch: Partial<Interview> = {}): Interview {
  count += 1;
  return { ...emptyInterview(`iv-${count}`, '2026-03-10', new Date(2026, 2, 10)), ...patch };
}

/** An interview where you sent a check-in on `sentOn`. */
function followedUp(sentOn: string, patch: Partial<Interview> = {}): Interview {
  return interview({ done: { 'thank-you': '2026-03-10', 'check-in': sentOn }, ...patch });
}

describe('measure', () => {
  it('has nothing to measure without interviews', () => {
    expect(measure([])).toEqual({
      responseRate: null,
      awaitingReply: 0,
      timeToResponse: null,
      progressionRate: null,
      progressionByRound: [],
      feedbackQuality: null,
    });
  });

  it('has nothing to measure for one interview still waiting with only a thank-you sent', () => {
    // A thank-you rarely asks for an answer, so the guide leaves it out of the response rate.
    expect(measure([interview({ done: { 'thank-you': '2026-03-10' } })])).toEqual({
      responseRate: null,
      awaitingReply: 0,
      timeToResponse: null,
      progressionRate: null,
      progressionByRound: [],
      feedbackQuality: null,
    });
  });

  it('measures one interview that replied to a check-in and moved forward', () => {
    const result = measure([
      followedUp('2026-03-17', {
        repliedOn: '2026-03-19',
        status: 'next-round',
        feedback: 'useful',
      }),
    ]);
    expect(result).toEqual({
      responseRate: { count: 1, of: 1, share: 1 },
      awaitingReply: 0,
      timeToResponse: { days: 2, of: 1 },
      progressionRate: { count: 1, of: 1, share: 1 },
      // Every one a first round.
      progressionByRound: [{ count: 1, of: 1, share: 1 }],
      feedbackQuality: { count: 1, of: 1, share: 1 },
    });
  });

  it('counts interviews still waiting in the response rate but not in the progression rate', () => {
    const result = measure([
      followedUp('2026-03-17'),
      followedUp('2026-03-17', { repliedOn: '2026-03-18', status: 'rejected' }),
    ]);
    expect(result.responseRate).toEqual({ count: 1, of: 2, share: 0.5 });
    expect(result.progressionRate).toEqual({ count: 0, of: 1, share: 0 });
  });

  it('counts archived interviews: archiving hides an interview, it does not erase what happened', () => {
    const archived = followedUp('2026-03-17', {
      archived: true,
      repliedOn: '2026-03-20',
      status: 'offer',
      feedback: 'some',
    });
    expect(measure([archived])).toEqual({
      responseRate: { count: 1, of: 1, share: 1 },
      awaitingReply: 0,
      timeToResponse: { days: 3, of: 1 },
      progressionRate: { count: 1, of: 1, share: 1 },
      // Every one a first round.
      progressionByRound: [{ count: 1, of: 1, share: 1 }],
      feedbackQuality: { count: 0, of: 1, share: 0 },
    });
  });

  it('works through the worked example of the measuring guide (per process)', () => {
    const result = measure([
      // A: one check-in, a reply the next day, a second interview, specific praise.
      followedUp('2026-03-17', {
        repliedOn: '2026-03-18',
        status: 'next-round',
        feedback: 'useful',
      }),
      // B: check-in and second follow-up, a reply 3 days after the first, a form rejection.
      interview({
        done: { 'check-in': '2026-03-17', 'second-follow-up': '2026-03-24' },
        repliedOn: '2026-03-20',
        status: 'rejected',
        feedback: 'none',
      }),
      // C: a reply after 2 days, then an offer; the reply asked for references.
      followedUp('2026-03-17', { repliedOn: '2026-03-19', status: 'offer', feedback: 'none' }),
      // D: two messages, no reply, moved on.
      interview({
        done: { 'check-in': '2026-03-17', 'second-follow-up': '2026-03-24' },
        status: 'no-reply',
      }),
      // E: a reply after 5 days, a rejection with reasons.
      followedUp('2026-03-17', { repliedOn: '2026-03-22', status: 'rejected', feedback: 'useful' }),
    ]);
    expect(result).toEqual({
      responseRate: { count: 4, of: 5, share: 0.8 },
      awaitingReply: 0,
      timeToResponse: { days: 2.5, of: 4 },
      progressionRate: { count: 2, of: 5, share: 0.4 },
      // Every one a first round.
      progressionByRound: [{ count: 2, of: 5, share: 0.4 }],
      feedbackQuality: { count: 2, of: 4, share: 0.5 },
    });
  });

  it('leaves withdrawals out of the progression rate, and rates only the feedback you recorded', () => {
    const result = measure([
      interview({ status: 'withdrawn' }),
      interview({ status: 'offer', feedback: 'useful' }),
      interview({ status: 'no-reply' }),
    ]);
    expect(result.progressionRate).toEqual({ count: 1, of: 2, share: 0.5 });
    expect(result.feedbackQuality).toEqual({ count: 1, of: 1, share: 1 });
  });

  it('counts an outcome only a reply could give as a reply, but times only replies with a date', () => {
    const result = measure([followedUp('2026-03-17', { status: 'offer' })]);
    expect(result.responseRate).toEqual({ count: 1, of: 1, share: 1 });
    expect(result.timeToResponse).toBeNull();
  });

  it('does not time a reply that came before your first follow-up', () => {
    const result = measure([
      followedUp('2026-03-17', { repliedOn: '2026-03-12' }),
      followedUp('2026-03-17', { repliedOn: '2026-03-24' }),
    ]);
    expect(result.responseRate).toEqual({ count: 2, of: 2, share: 1 });
    expect(result.timeToResponse).toEqual({ days: 7, of: 1 });
  });
});

describe('progression by round', () => {
  // Northwind: a screen, a panel and a final that gave an offer. Contoso: a screen, then a "no".
  const final = interview({ id: 'final', company: 'Northwind', status: 'offer' });
  const panel = interview({
    id: 'panel',
    company: 'Northwind',
    status: 'next-round',
    nextRound: 'final',
  });
  const screen = interview({
    id: 'screen',
    company: 'Northwind',
    status: 'next-round',
    nextRound: 'panel',
  });
  const contoso = interview({ id: 'contoso', company: 'Contoso', status: 'rejected' });
  const all = [screen, contoso, panel, final];

  it('counts each round of an application on its own: screen, then panel, then final', () => {
    const { progressionRate, progressionByRound } = measure(all);
    expect(progressionRate).toEqual({ count: 3, of: 4, share: 0.75 });
    expect(progressionByRound).toEqual([
      { count: 1, of: 2, share: 0.5 },
      { count: 1, of: 1, share: 1 },
      { count: 1, of: 1, share: 1 },
    ]);
    const row = measureRows(measure(all)).find(({ key }) => key === 'progressionRate');
    expect(row?.basis).toBe(
      '3 of 4 interviews with a known outcome moved forward. By round: round 1, 1 of 2; round 2, 1 of 1; round 3, 1 of 1',
    );
  });

  it('leaves out a round still waiting, and says nothing by round when no application went past its first', () => {
    const waiting = { ...final, status: 'waiting' as const };
    expect(measure([screen, contoso, panel, waiting]).progressionByRound).toEqual([
      { count: 1, of: 2, share: 0.5 },
      { count: 1, of: 1, share: 1 },
    ]);
    const row = measureRows(measure([contoso])).find(({ key }) => key === 'progressionRate');
    expect(row?.basis).toBe('0 of 1 interview with a known outcome moved forward');
  });
});

describe('helpers', () => {
  it('finds the first follow-up among the check-in and the second follow-up', () => {
    expect(firstFollowUp(interview({ done: { 'thank-you': '2026-03-10' } }))).toBeNull();
    expect(
      firstFollowUp(
        interview({ done: { 'second-follow-up': '2026-03-24', 'check-in': '2026-03-23' } }),
      ),
    ).toBe('2026-03-23');
  });

  it.each([
    [{}, false],
    [{ repliedOn: '2026-03-12' }, true],
    [{ status: 'rejected' as const }, true],
    [{ status: 'no-reply' as const }, false],
    [{ status: 'withdrawn' as const }, false],
  ])('says whether they replied for %o: %s', (patch, replied) => {
    expect(gotReply(interview(patch))).toBe(replied);
  });

  it.each([
    ['the day the check-in is ticked', '2026-03-17', null, 1],
    ['six days later', '2026-03-23', null, 1],
    ['a week later', '2026-03-24', { count: 0, of: 1, share: 0 }, 0],
  ])(
    'counts a follow-up with no reply only once they have had a week: %s',
    (_, today, rate, awaiting) => {
      const result = measure([followedUp('2026-03-17')], today);
      expect(result.responseRate).toEqual(rate);
      expect(result.awaitingReply).toBe(awaiting);
    },
  );

  it('counts a follow-up that got a reply at once, however recent', () => {
    const result = measure([followedUp('2026-03-17', { repliedOn: '2026-03-18' })], '2026-03-18');
    expect(result.responseRate).toEqual({ count: 1, of: 1, share: 1 });
  });

  it('says a rate has not enough data yet, not 0%, the day a check-in is ticked', () => {
    const [response] = measureRows(measure([followedUp('2026-03-17')], '2026-03-17'));
    expect([response?.value, response?.basis]).toEqual([
      'Not enough data yet',
      'One follow-up is still in the week they have to reply, so not counted yet',
    ]);
  });

  it('writes shares and days for people', () => {
    expect(percent(4 / 7)).toBe('57%');
    expect(daysText(1)).toBe('1 day');
    expect(daysText(2.5)).toBe('2.5 days');
  });

  it('gives each measure a line with its figure and its basis, or says there is not enough data', () => {
    const rows = measureRows(
      measure([followedUp('2026-03-17', { repliedOn: '2026-03-19' }), followedUp('2026-03-17')]),
    );
    expect(rows.map(({ name, value, basis }) => [name, value, basis])).toEqual([
      ['Response rate', '50%', '1 of 2 interviews where you sent a follow-up got a reply'],
      ['Time to response', '2 days', 'Median of 1 reply with a date'],
      ['Progression rate', 'Not enough data yet', 'No outcome recorded yet'],
      ['Feedback quality', 'Not enough data yet', 'No feedback rated yet'],
    ]);
  });
});
