import { describe, expect, it } from 'vitest';
import {
  daysOff,
  emptyForm,
  emptyInterview,
  formFromInterview,
  formToDetails,
  sameDetails,
  timelineOfStored,
  validateInterview,
  type Interview,
} from '../../../src/lib/interview';

const ENGLAND = {
  code: 'GB-ENG',
  year: 2026,
  days: ['2026-12-25', '2026-12-28'],
  working: ['2026-08-31'],
};

function interview(patch: Partial<Interview> = {}): Interview {
  return { ...emptyInterview('abc', '2026-12-18', new Date(2026, 11, 18)), ...patch };
}

describe('an interview’s holiday region', () => {
  it('is kept through the form as chosen, and left out when none is chosen', () => {
    const saved = interview({ holidayRegion: ENGLAND });
    expect(formFromInterview(saved).holidayRegion).toEqual(ENGLAND);
    expect(formToDetails({ ...emptyForm(), holidayRegion: ENGLAND })).toMatchObject({
      holidayRegion: ENGLAND,
    });
    expect(formToDetails(emptyForm())).not.toHaveProperty('holidayRegion');
  });

  it('counts as a change to the details', () => {
    expect(sameDetails(interview(), interview({ holidayRegion: ENGLAND }))).toBe(false);
    expect(
      sameDetails(interview({ holidayRegion: ENGLAND }), interview({ holidayRegion: ENGLAND })),
    ).toBe(true);
  });

  it('adds its days to the days off the person typed', () => {
    expect(daysOff(interview({ holidays: ['2026-12-31'], holidayRegion: ENGLAND }))).toEqual([
      '2026-12-25',
      '2026-12-28',
      '2026-12-31',
    ]);
    expect(daysOff(interview({ holidays: ['2026-12-31'] }))).toEqual(['2026-12-31']);
  });

  it('moves a stored interview’s check-in past its region’s days off, on every page', () => {
    const checkIn = (stored: Interview) =>
      timelineOfStored(stored)?.steps.find(({ id }) => id === 'check-in')?.date;
    expect(checkIn(interview())).toBe('2026-12-25');
    expect(checkIn(interview({ holidayRegion: ENGLAND }))).toBe('2026-12-29');
    // A holiday the company works is not skipped.
    expect(checkIn(interview({ holidayRegion: { ...ENGLAND, days: ['2026-12-25'] } }))).toBe(
      '2026-12-28',
    );
  });

  it.each([
    ['a code that is not a region code', { ...ENGLAND, code: 'england' }],
    ['a day that does not exist', { ...ENGLAND, days: ['2026-02-30'] }],
    ['a year that is not a whole number', { ...ENGLAND, year: 2026.5 }],
    ['no list where the days should be', { ...ENGLAND, days: '2026-12-25' }],
    ['no region at all', 'GB-ENG'],
  ])('refuses stored data with %s, and says how to fix it beside the list', (_, holidayRegion) => {
    expect(validateInterview({ ...interview(), holidayRegion })).toEqual({
      ok: false,
      errors: {
        holidayRegion:
          'The public holidays saved with this interview could not be read — choose the region again.',
      },
    });
  });
});
