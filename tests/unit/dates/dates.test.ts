import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addBusinessDays,
  describeRelative,
  formatClockTime,
  formatDueBy,
  formatLogDate,
  formatMessageDate,
  formatStepDate,
  isBusinessDay,
  roll,
  todayISO,
} from '../../../src/lib/dates';

// 2026-11-24 is a Tuesday; Thanksgiving 2026 is Thursday 2026-11-26.
const TUESDAY = '2026-11-24';

describe('business days', () => {
  it.each([
    ['a Tuesday is a business day', '2026-11-24', [], true],
    ['a Friday is a business day', '2026-11-27', [], true],
    ['a Saturday is not', '2026-11-28', [], false],
    ['a Sunday is not', '2026-11-29', [], false],
    ['a weekday listed as a holiday is not', '2026-11-26', ['2026-11-26'], false],
    ['a holiday on another day leaves this one alone', '2026-11-27', ['2026-11-26'], true],
    ['a leap day on a Tuesday is', '2028-02-29', [], true],
  ] as const)('%s', (_, date, holidays, expected) => {
    expect(isBusinessDay(date, holidays)).toBe(expected);
  });

  it.each([
    ['keeps a business day as it is', '2026-11-24', [], '2026-11-24'],
    ['moves a Saturday to Monday', '2026-11-28', [], '2026-11-30'],
    ['moves a Sunday to Monday', '2026-11-29', [], '2026-11-30'],
    ['moves a holiday to the next day', '2026-11-26', ['2026-11-26'], '2026-11-27'],
    [
      'skips consecutive holidays and the weekend after them',
      '2026-11-26',
      ['2026-11-26', '2026-11-27'],
      '2026-11-30',
    ],
    ['skips a Monday holiday after a weekend', '2026-11-28', ['2026-11-30'], '2026-12-01'],
    ['crosses the year end', '2027-01-01', ['2027-01-01'], '2027-01-04'],
    ['crosses a month end', '2026-01-31', [], '2026-02-02'],
  ] as const)('roll %s', (_, date, holidays, expected) => {
    expect(roll(date, holidays)).toBe(expected);
  });

  it.each([
    ['one business day after a Tuesday is Wednesday', '2026-11-24', 1, [], '2026-11-25'],
    ['one business day after a Friday is Monday', '2026-11-27', 1, [], '2026-11-30'],
    ['one business day after a Saturday is Monday', '2026-11-28', 1, [], '2026-11-30'],
    ['two business days after a Thursday is Monday', '2026-11-26', 2, [], '2026-11-30'],
    [
      'one business day after a Friday skips a Monday holiday',
      '2026-11-27',
      1,
      ['2026-11-30'],
      '2026-12-01',
    ],
    [
      'two business days after a Wednesday skip two holidays and a weekend',
      '2026-12-23',
      2,
      ['2026-12-24', '2026-12-25'],
      '2026-12-29',
    ],
    ['zero business days leaves the date as it is', '2026-11-28', 0, [], '2026-11-28'],
  ] as const)('%s', (_, date, count, holidays, expected) => {
    expect(addBusinessDays(date, count, holidays)).toBe(expected);
  });

  it.each([-1, 1.5])('refuses to count %s business days', (count) => {
    expect(() => addBusinessDays(TUESDAY, count)).toThrow(RangeError);
  });
});

describe('date labels', () => {
  it.each([
    ['2026-11-24', 'Tue, Nov 24'],
    ['2027-01-01', 'Fri, Jan 1'],
    ['2028-02-29', 'Tue, Feb 29'],
  ])('formatStepDate shows %s as "%s"', (date, expected) => {
    expect(formatStepDate(date)).toBe(expected);
  });

  it.each([
    ['2026-11-24', '2026-12-02', 'Tue, Nov 24'],
    ['2027-01-04', '2026-12-28', 'Mon, Jan 4, 2027'],
    ['2025-11-24', '2026-12-02', 'Mon, Nov 24, 2025'],
  ])(
    'formatStepDate shows %s read on %s as "%s": the year only when it is not that one',
    (date, near, expected) => {
      expect(formatStepDate(date, near)).toBe(expected);
    },
  );

  it('formatDueBy shows the year of a deadline in another year', () => {
    expect(formatDueBy('2027-01-01T10:00', '2026-12-31')).toBe('Fri, Jan 1, 2027 at 10:00 AM');
    expect(formatDueBy('2026-12-31T10:00', '2026-12-30')).toBe('Thu, Dec 31 at 10:00 AM');
  });

  it.each([
    ['2026-11-25T14:30', 'Wed, Nov 25 at 2:30 PM'],
    ['2026-11-25T23:59', 'Wed, Nov 25 at 11:59 PM'],
    ['2026-11-25T00:00', 'Wed, Nov 25 at 12:00 AM'],
  ])('formatDueBy shows %s as "%s"', (dueBy, expected) => {
    expect(formatDueBy(dueBy)).toBe(expected);
  });

  it.each([
    ['2026-11-24', '2026-11-24', 'today'],
    ['2026-11-25', '2026-11-24', 'tomorrow'],
    ['2026-11-27', '2026-11-24', 'in 3 days'],
    ['2026-11-23', '2026-11-24', '1 day overdue'],
    ['2026-11-22', '2026-11-24', '2 days overdue'],
    ['2027-01-02', '2026-12-31', 'in 2 days'],
    ['2026-03-09', '2026-03-07', 'in 2 days'],
    ['2026-11-02', '2026-10-31', 'in 2 days'],
    ['2028-03-01', '2028-02-28', 'in 2 days'],
  ])('describeRelative calls %s, seen on %s, "%s"', (date, today, expected) => {
    expect(describeRelative(date, today)).toBe(expected);
  });

  it.each([
    ['the first minute of a day', new Date(2026, 10, 24, 0, 0), '2026-11-24'],
    ['the last minute of a day', new Date(2026, 10, 24, 23, 59), '2026-11-24'],
    ['the last half hour of the year', new Date(2026, 11, 31, 23, 30), '2026-12-31'],
    ['noon on a leap day', new Date(2028, 1, 29, 12, 0), '2028-02-29'],
  ])('todayISO reads %s as the local date', (_, now, expected) => {
    expect(todayISO(now)).toBe(expected);
  });

  it('todayISO defaults to the current local date', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const local = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    const before = local(new Date());
    const value = todayISO();
    // Read the clock on both sides in case the test runs across midnight.
    expect([before, local(new Date())]).toContain(value);
  });
});

describe('dates with their year and dates in messages', () => {
  it('writes a log date with its year', () => {
    expect(formatLogDate('2026-11-20')).toBe('Fri, Nov 20, 2026');
  });

  it.each([
    ['2026-11-24', 'Tuesday, November 24'],
    ['2026-12-04', 'Friday, December 4'],
    ['2027-01-01', 'Friday, January 1'],
    ['2028-02-29', 'Tuesday, February 29'],
    ['2026-03-08', 'Sunday, March 8'],
  ])('writes %j in a message as %j', (iso, written) => {
    expect(formatMessageDate(iso)).toBe(written);
  });

  it.each([['2026-02-30'], ['24/11/2026'], ['']])('refuses %j, which is not a real date', (iso) => {
    expect(() => formatMessageDate(iso)).toThrow(RangeError);
  });
});

describe('dates in the order of the person’s language', () => {
  /** A browser whose first language is `locale`. */
  const setDateLocale = (locale: string) => {
    vi.stubGlobal('document', {});
    vi.stubGlobal('navigator', { languages: [locale] });
  };
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each([
    ['en-US', 'Tue, Dec 8'],
    ['en', 'Tue, Dec 8'],
    ['en-CA', 'Tue, Dec 8'],
    ['en-GB', 'Tue 8 Dec'],
    ['en-AU', 'Tue 8 Dec'],
    ['en-IN', 'Tue 8 Dec'],
    ['en-150', 'Tue 8 Dec'],
    ['de-DE', 'Tue 8 Dec'],
    ['fr', 'Tue 8 Dec'],
  ])('in %s, a date reads %j', (locale, label) => {
    setDateLocale(locale);
    expect(formatStepDate('2026-12-08')).toBe(label);
  });

  it('writes "8 Dec" in British English, with the year after it, and the same in messages', () => {
    setDateLocale('en-GB');
    expect(formatStepDate('2026-12-08')).toBe('Tue 8 Dec');
    expect(formatStepDate('2027-01-04', '2026-12-08')).toBe('Mon 4 Jan 2027');
    expect(formatLogDate('2026-11-20')).toBe('Fri 20 Nov 2026');
    expect(formatDueBy('2026-12-09T14:00', '2026-12-08')).toBe('Wed 9 Dec at 2:00 PM');
    expect(formatMessageDate('2026-11-24')).toBe('Tuesday 24 November');
  });

  it('writes "Dec 8" in American English', () => {
    setDateLocale('en-US');
    expect(formatStepDate('2026-12-08')).toBe('Tue, Dec 8');
    expect(formatStepDate('2027-01-04', '2026-12-08')).toBe('Mon, Jan 4, 2027');
  });
});

describe('clock times for people', () => {
  it.each([
    ['00:00', '12:00 AM'],
    ['00:05', '12:05 AM'],
    ['09:30', '9:30 AM'],
    ['12:00', '12:00 PM'],
    ['14:30', '2:30 PM'],
    ['23:59', '11:59 PM'],
  ])('writes %s as %s', (time, written) => {
    expect(formatClockTime(time)).toBe(written);
  });
});
