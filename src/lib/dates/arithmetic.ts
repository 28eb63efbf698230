// Counting days. Kept apart from reading and writing dates, which the template builder needs
// without any of this. Days are counted on the calendar itself, at UTC midnight, so no time zone
// or daylight-saving change can shift one: plain arithmetic, which costs every tool page less
// than the date-fns functions it replaced.
import { toLocalDate } from './calendar';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC midnight of a `YYYY-MM-DD` date; throws a RangeError for one that does not exist. */
function utcDay(isoDate: string, plusDays = 0): Date {
  const local = toLocalDate(isoDate);
  const day = new Date(0);
  // setUTCFullYear rather than Date.UTC, which maps years 0–99 to 1900–1999.
  day.setUTCFullYear(local.getFullYear(), local.getMonth(), local.getDate() + plusDays);
  return day;
}

/** The `YYYY-MM-DD` calendar date of a `Date`, read in local time. */
export function toISODate(date: Date): string {
  // Written out: date-fns's lightFormat brings its whole formatter (half a kilobyte) for this.
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today's calendar date as `YYYY-MM-DD` in the person's own time zone. */
export function todayISO(now: Date = new Date()): string {
  return toISODate(now);
}

/** The calendar date `days` days after (or, when negative, before) a `YYYY-MM-DD` date. */
export function addCalendarDays(isoDate: string, days: number): string {
  return utcDay(isoDate, days).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((utcDay(to).getTime() - utcDay(from).getTime()) / DAY_MS);
}

/** Whether a `YYYY-MM-DD` date falls on a Saturday or Sunday. */
export function isWeekendDate(isoDate: string): boolean {
  const day = utcDay(isoDate).getUTCDay();
  return day === 0 || day === 6;
}

/** How far a date is from today: "today", "tomorrow", "in 3 days", "1 day overdue", "2 days overdue". */
export function describeRelative(date: string, today: string): string {
  const days = calendarDaysBetween(today, date);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 1) return `in ${days} days`;
  return `${-days} ${days === -1 ? 'day' : 'days'} overdue`;
}
