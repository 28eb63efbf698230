import { addDays, differenceInCalendarDays, isWeekend, lightFormat } from 'date-fns';
import { lazyDateFormat } from '../site/lazy';

// Intl rather than date-fns `format` for words: the same text without shipping a locale to the browser.
const STEP_DATE = lazyDateFormat({ weekday: 'short', month: 'short', day: 'numeric' });
const CLOCK = lazyDateFormat({ hour: 'numeric', minute: '2-digit', hour12: true });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether a string is `YYYY-MM-DD` and names a day that exists (2028-02-29 yes, 2026-02-30 no). */
export function isRealDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one, leap years included.
  const lastDay = new Date(2000, 0, 1);
  lastDay.setFullYear(year, month, 0);
  return day <= lastDay.getDate();
}

/** Whether a string is a 24-hour `HH:mm` time from 00:00 to 23:59. */
export function isTime(value: string): boolean {
  return TIME.test(value);
}

/** The local-midnight `Date` of a `YYYY-MM-DD` calendar date (never parsed as UTC). */
export function toLocalDate(isoDate: string): Date {
  const match = ISO_DATE.exec(isoDate);
  if (!match || !isRealDate(isoDate)) {
    throw new RangeError(`"${isoDate}" is not a real date — pass a calendar date as YYYY-MM-DD.`);
  }
  const date = new Date(2000, 0, 1);
  // setFullYear rather than the constructor, which maps years 0–99 to 1900–1999.
  date.setFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date;
}

/** The `YYYY-MM-DD` calendar date of a `Date`, read in local time. */
export function toISODate(date: Date): string {
  return lightFormat(date, 'yyyy-MM-dd');
}

/** The calendar date `days` days after (or, when negative, before) a `YYYY-MM-DD` date. */
export function addCalendarDays(isoDate: string, days: number): string {
  return toISODate(addDays(toLocalDate(isoDate), days));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return differenceInCalendarDays(toLocalDate(to), toLocalDate(from));
}

/** Whether a `YYYY-MM-DD` date falls on a Saturday or Sunday. */
export function isWeekendDate(isoDate: string): boolean {
  return isWeekend(toLocalDate(isoDate));
}

/** A short label for a step date, e.g. "Tue, Nov 24". */
export function formatStepDate(date: string): string {
  return STEP_DATE().format(toLocalDate(date));
}

/** A due-by moment `YYYY-MM-DDTHH:mm` for people, e.g. "Wed, Nov 25 at 2:30 PM". */
export function formatDueBy(dueBy: string): string {
  const [date = '', time = ''] = dueBy.split('T');
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const moment = toLocalDate(date);
  moment.setHours(hours, minutes);
  // Newer ICU puts a narrow no-break space before AM/PM; a plain space reads and copies the same everywhere.
  return `${STEP_DATE().format(moment)} at ${CLOCK().format(moment).replace(/\s/gu, ' ')}`;
}

/** How far a step date is from today: "today", "tomorrow", "in 3 days", "1 day overdue", "2 days overdue". */
export function describeRelative(date: string, today: string): string {
  const days = calendarDaysBetween(today, date);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 1) return `in ${days} days`;
  return `${-days} ${days === -1 ? 'day' : 'days'} overdue`;
}

/** Today's calendar date as `YYYY-MM-DD` in the person's own time zone. */
export function todayISO(now: Date = new Date()): string {
  return toISODate(now);
}
