import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findTimeZone } from '../../../src/lib/dates';
import { buildTimeline, type StepId, type TimelineInput } from '../../../src/lib/timeline';
import {
  holidaysByZone,
  momentOf,
  sharedSendTime,
  stepTimes,
  suggestedSendTime,
  wallClock,
  zonesOf,
  zoneCity,
} from '../../../src/lib/timeline/send-times';
import { fetchFromSite } from '../holidays/site-fetch';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
const AUCKLAND = 'Pacific/Auckland';
const LOS_ANGELES = 'America/Los_Angeles';

/** The step of a timeline, which must be on it. */
function stepOf(input: TimelineInput, id: StepId) {
  const found = buildTimeline(input).steps.find((step) => step.id === id);
  if (!found) throw new Error(`The timeline has no ${id} step.`);
  return found;
}

describe('a zone as a person names it', () => {
  it('finds the zone from its name in any case, or from its city alone', () => {
    expect(findTimeZone('America/New_York')).toBe(NEW_YORK);
    expect(findTimeZone('europe/london')).toBe('Europe/London');
    expect(findTimeZone('  new york ')).toBe(NEW_YORK);
    expect(findTimeZone('Sao_Paulo')).toBe('America/Sao_Paulo');
    expect(findTimeZone('UTC')).toBe('UTC');
  });

  it('names no zone for text that is not one, and none for nothing typed', () => {
    expect(findTimeZone('Mars/Olympus')).toBeNull();
    expect(findTimeZone('Springfield')).toBeNull();
    expect(findTimeZone('')).toBe('');
  });

  it('shows a zone by its city', () => {
    expect(zoneCity(NEW_YORK)).toBe('New York');
    expect(zoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(zoneCity('UTC')).toBe('UTC');
  });
});

describe('wall clocks and moments', () => {
  it('reads one moment on two clocks', () => {
    const at = Date.UTC(2026, 11, 8, 14, 30);
    expect(wallClock(at, NEW_YORK)).toBe('2026-12-08T09:30');
    expect(wallClock(at, BERLIN)).toBe('2026-12-08T15:30');
    expect(momentOf('2026-12-08T09:30', NEW_YORK)).toBe(at);
  });

  it('moves a time that a clock change skips on by the hour the clock skips', () => {
    // New York's clocks went from 2:00 to 3:00 on Sunday, March 8, 2026.
    expect(wallClock(momentOf('2026-03-08T02:30', NEW_YORK), NEW_YORK)).toBe('2026-03-08T03:30');
  });

  it('refuses a zone it does not know instead of inventing a time', () => {
    expect(() => momentOf('2026-12-08T09:30', 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('when to send to someone in another zone', () => {
  it('suggests 9:30 their time and says what that is in yours', () => {
    // You are in Berlin, they are in New York: six hours behind in December.
    expect(suggestedSendTime('2026-12-08', BERLIN, NEW_YORK)).toMatchObject({
      theirs: '2026-12-08T09:30',
      yours: '2026-12-08T15:30',
    });
  });

  it('follows each side of a daylight-saving change', () => {
    // From March 8 to 28, 2026, New York keeps summer time and Berlin does not: five hours apart.
    expect(suggestedSendTime('2026-03-10', BERLIN, NEW_YORK).yours).toBe('2026-03-10T14:30');
    // From March 29, both do, and it is six hours again.
    expect(suggestedSendTime('2026-03-31', BERLIN, NEW_YORK).yours).toBe('2026-03-31T15:30');
    // In late October Berlin has left summer time a week before New York: five hours again.
    expect(suggestedSendTime('2026-10-27', BERLIN, NEW_YORK).yours).toBe('2026-10-27T14:30');
  });

  it('crosses the date line: Auckland is already on the next day when Los Angeles is at work', () => {
    // You are in Los Angeles: Wednesday 9:30 in Auckland is Tuesday lunchtime for you, before the
    // step's day, so the suggestion is Thursday 9:30 in Auckland, Wednesday 12:30 for you.
    expect(suggestedSendTime('2026-12-09', LOS_ANGELES, AUCKLAND)).toMatchObject({
      theirs: '2026-12-10T09:30',
      yours: '2026-12-09T12:30',
    });
    // You are in Auckland: Tuesday 9:30 in Los Angeles is Wednesday 6:30 in the morning for you.
    expect(suggestedSendTime('2026-12-09', AUCKLAND, LOS_ANGELES)).toMatchObject({
      theirs: '2026-12-08T09:30',
      yours: '2026-12-09T06:30',
    });
  });

  it('waits for their working day: their weekend is skipped even when it is your Monday', () => {
    // Monday, December 7 in Auckland; Sunday the 6th in Los Angeles is not a working day.
    expect(suggestedSendTime('2026-12-07', AUCKLAND, LOS_ANGELES)).toMatchObject({
      theirs: '2026-12-07T09:30',
      yours: '2026-12-08T06:30',
    });
  });

  it('skips their holidays', () => {
    // Thanksgiving, Thursday, November 26, 2026, is a day off in New York, not in Berlin.
    expect(suggestedSendTime('2026-11-26', BERLIN, NEW_YORK, ['2026-11-26']).theirs).toBe(
      '2026-11-27T09:30',
    );
  });
});

describe('the times of each step', () => {
  const input: TimelineInput = {
    interviewDate: '2026-12-08',
    interviewTime: '14:00',
    decisionDate: '2026-12-14',
    interviewers: [
      { name: 'Dana Rivera', timeZone: NEW_YORK },
      { name: 'Sam Ortiz' },
      { name: 'Lea Martin', timeZone: 'Europe/Paris' },
    ],
  };
  const people = {
    interviewers: [
      { name: 'Dana Rivera', timeZone: NEW_YORK },
      { name: 'Sam Ortiz', timeZone: '' },
      { name: 'Lea Martin', timeZone: 'Europe/Paris' },
    ],
  };

  it('shows the thank-you deadline, 24 hours after the interview, on their clock', () => {
    const times = stepTimes(stepOf(input, 'thank-you'), people, BERLIN);
    // Sam is in your zone and Paris keeps Berlin's clock: only Dana has a second time.
    expect(times).toEqual([
      expect.objectContaining({
        recipient: 'Dana Rivera',
        kind: 'due',
        yours: '2026-12-09T14:00',
        theirs: '2026-12-09T08:00',
        at: Date.UTC(2026, 11, 9, 13, 0),
      }),
    ]);
  });

  it('suggests a send time for the LinkedIn note, and for check-ins to the main contact', () => {
    expect(stepTimes(stepOf(input, 'linkedin'), people, BERLIN)).toEqual([
      expect.objectContaining({
        recipient: 'Dana Rivera',
        kind: 'send',
        theirs: '2026-12-09T09:30',
      }),
    ]);
    // With no main contact named, check-ins go to the first interviewer, Dana, in New York.
    const checkIn = stepOf(input, 'check-in');
    expect(stepTimes(checkIn, people, BERLIN)).toEqual([
      expect.objectContaining({ recipient: 'Dana Rivera', theirs: '2026-12-15T09:30' }),
    ]);
    // A named main contact in Auckland gets the check-in on their clock, and it is night for you.
    const withContact = { ...people, contact: { name: 'Priya Shah', timeZone: AUCKLAND } };
    const named = stepOf({ ...input, contact: { name: 'Priya Shah' } }, 'check-in');
    expect(stepTimes(named, withContact, BERLIN)).toEqual([
      expect.objectContaining({
        recipient: 'Priya Shah',
        theirs: '2026-12-16T09:30',
        yours: '2026-12-15T21:30',
        schedule: false,
      }),
    ]);
    expect(stepTimes(named, withContact, LOS_ANGELES)[0]).toMatchObject({
      yours: '2026-12-15T12:30',
    });
  });

  it('says when the time for you is one to schedule the message for', () => {
    const times = stepTimes(stepOf(input, 'linkedin'), people, AUCKLAND);
    expect(times.find((time) => time.recipient === 'Dana Rivera')).toMatchObject({
      yours: '2026-12-09T03:30',
      schedule: true,
    });
  });

  it('gives a card in the mail, moving on and everyone in your zone no time', () => {
    const withCard = { ...input, handwrittenNote: true, decisionDate: '2026-12-28' };
    expect(stepTimes(stepOf(withCard, 'handwritten-note'), people, BERLIN)).toEqual([]);
    expect(stepTimes(stepOf(input, 'move-on'), people, BERLIN)).toEqual([]);
    expect(stepTimes(stepOf(input, 'linkedin'), people, NEW_YORK)).toEqual([
      expect.objectContaining({ recipient: 'Lea Martin' }),
    ]);
  });

  it('leaves out a recipient whose zone this browser does not know', () => {
    const unknown = { interviewers: [{ name: 'Dana Rivera', timeZone: 'Mars/Olympus' }] };
    expect(stepTimes(stepOf(input, 'linkedin'), unknown, BERLIN)).toEqual([]);
  });

  it('gives one moment for a step only when every recipient shares it', () => {
    const checkIn = stepOf(input, 'check-in');
    const times = stepTimes(checkIn, people, BERLIN);
    expect(sharedSendTime(times, checkIn)).toBe(Date.UTC(2026, 11, 15, 14, 30));
    const linkedin = stepOf(input, 'linkedin');
    expect(sharedSendTime(stepTimes(linkedin, people, BERLIN), linkedin)).toBeNull();
    const thanks = stepOf(input, 'thank-you');
    expect(sharedSendTime(stepTimes(thanks, people, BERLIN), thanks)).toBeNull();
  });
});

describe('the holidays where they work', () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', fetchFromSite);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('lists each zone once, without yours', () => {
    expect(
      zonesOf({
        interviewers: [
          { name: 'Dana', timeZone: NEW_YORK },
          { name: 'Sam', timeZone: '' },
          { name: 'Lea', timeZone: NEW_YORK },
        ],
        contact: { name: 'Priya', timeZone: AUCKLAND },
      }),
    ).toEqual([NEW_YORK, AUCKLAND]);
  });

  it('takes the public holidays of the country or state their zone is in', async () => {
    const days = await holidaysByZone([NEW_YORK, 'America/Toronto', 'Asia/Kathmandu'], 2026);
    // Thanksgiving in New York, and Canada Day in Ontario; no region we know for Nepal.
    expect(days[NEW_YORK]).toContain('2026-11-26');
    expect(days['America/Toronto']).toContain('2026-07-01');
    expect(days['America/Toronto']).not.toContain('2026-11-26');
    expect(days).not.toHaveProperty('Asia/Kathmandu');
    // Their days off move the check-in's send time: the Friday after Thanksgiving, in New York.
    const checkIn = stepOf(
      { interviewDate: '2026-11-19', interviewers: [{ name: 'Dana' }] },
      'check-in',
    );
    expect(checkIn.date).toBe('2026-11-26');
    const people = { interviewers: [{ name: 'Dana', timeZone: NEW_YORK }] };
    expect(stepTimes(checkIn, people, BERLIN, days)[0]?.theirs).toBe('2026-11-27T09:30');
  });

  it('gives none when their data cannot be fetched', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 503 })));
    expect(await holidaysByZone(['Europe/Paris'], 2026)).toEqual({});
  });
});
