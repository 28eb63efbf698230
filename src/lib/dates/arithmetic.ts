// Counting days with date-fns. Kept apart from reading and writing dates, which the template
// builder needs without any of this.
import { addDays, differenceInCalendarDays, isWeekend, lightFormat } from 'date-fns';
import { toLocalDate } from './calendar';

/** The `YYYY-MM-DD` calendar date of a `Date`, read in local time. */
export function toISODate(date: Date): string {
  return lightFormat(date, 'yyyy-MM-dd');
}

/** Today's calendar date as `YYYY-MM-DD` in the person's own time zone. */
export function todayISO(now: Date = new Date()): string {
  return toISODate(now);
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

/** How far a date is from today: "today", "tomorrow", "in 3 days", "1 day overdue", "2 days overdue". */
export function describeRelative(date: string, today: string): string {
  const days = calendarDaysBetween(today, date);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 1) return `in ${days} days`;
  return `${-days} ${days === -1 ? 'day' : 'days'} overdue`;
}
