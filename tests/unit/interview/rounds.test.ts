import { describe, expect, it } from 'vitest';
import {
  emptyInterview,
  laterRound,
  ownSteps,
  roundNumbers,
  roundsUpTo,
  timelineOfStored,
  type Interview,
} from '../../../src/lib/interview';
import { interviewer } from '../people';

/** A round of the Northwind application, saved at `savedAt`. */
function round(id: string, date: string, patch: Partial<Interview> = {}): Interview {
  return {
    ...emptyInterview(id, date, new Date(`${date}T18:00:00Z`)),
    company: 'Northwind Health',
    role: 'Product Designer',
    interviewers: [interviewer('Dana Rivera')],
    ...patch,
  };
}

const screen = round('screen', '2026-12-01', {
  format: 'phone',
  status: 'next-round',
  nextRound: 'panel',
  done: { 'thank-you': '2026-12-01' },
});
const panel = round('panel', '2026-12-08', { format: 'panel', nextRound: 'final' });
const final = round('final', '2026-12-15');
const other = round('other', '2026-12-02', { company: 'Contoso' });
const all = [screen, other, panel, final];

describe('the rounds of one application', () => {
  it('follows each round to the next it links to, and none from the last', () => {
    expect(laterRound(screen, all)).toBe(panel);
    expect(laterRound(panel, all)).toBe(final);
    expect(laterRound(final, all)).toBeUndefined();
    expect(laterRound(other, all)).toBeUndefined();
  });

  it('lists the rounds up to one, first round first', () => {
    expect(roundsUpTo(final, all).map(({ id }) => id)).toEqual(['screen', 'panel', 'final']);
    expect(roundsUpTo(panel, all).map(({ id }) => id)).toEqual(['screen', 'panel']);
    expect(roundsUpTo(other, all)).toEqual([other]);
  });

  it('has no later round while the next one is only a form not saved yet, or once it is deleted', () => {
    expect(laterRound(screen, [screen, other])).toBeUndefined();
    expect(roundsUpTo(screen, [screen])).toEqual([screen]);
  });

  it('numbers every round of every application in one pass', () => {
    const numbers = roundNumbers(all);
    expect(all.map((entry) => numbers.get(entry))).toEqual([1, 1, 2, 3]);
  });

  it('never loops on rounds that link to each other', () => {
    const a = round('a', '2026-12-01', { nextRound: 'b' });
    const b = round('b', '2026-12-08', { nextRound: 'a' });
    expect(roundsUpTo(b, [a, b]).map(({ id }) => id)).toEqual(['a', 'b']);
    expect([...roundNumbers([a, b]).values()].sort()).toEqual([1, 2]);
  });

  it('finds the next round of data saved before rounds were linked: same company and role, later', () => {
    const { nextRound, ...unlinked } = screen;
    expect(nextRound).toBe('panel');
    const older = [unlinked, other, { ...panel, company: ' northwind health ' }];
    expect(laterRound(unlinked, older)?.id).toBe('panel');
    // Only once the person said they were invited to the next round.
    expect(laterRound({ ...unlinked, status: 'waiting' }, older)).toBeUndefined();
    // Another role at the same company is another application.
    expect(laterRound(unlinked, [unlinked, { ...panel, role: 'Researcher' }])).toBeUndefined();
  });

  it('keeps the thank-yous of an earlier round and hands its check-ins to the later one', () => {
    const steps = timelineOfStored(screen)?.steps ?? [];
    expect(steps.map(({ id }) => id)).toEqual([
      'thank-you',
      'linkedin',
      'check-in',
      'second-follow-up',
      'move-on',
    ]);
    expect(ownSteps(steps).map(({ id }) => id)).toEqual(['thank-you', 'linkedin']);
    // The check-in follows the panel: a week after it, not after the screen.
    const check = timelineOfStored(panel)?.steps.find(({ id }) => id === 'check-in');
    expect(check?.date).toBe('2026-12-15');
  });

  it('keeps what a round promised to send as its own, after a later round takes over the check-ins', () => {
    const promising = { ...screen, promised: 'two references', promisedBy: '2026-12-04' };
    const steps = timelineOfStored(promising)?.steps ?? [];
    expect(ownSteps(steps).map(({ id }) => id)).toEqual(['thank-you', 'linkedin', 'materials']);
  });
});
