import { lazy } from '../lazy';
import { calendarDaysBetween, toLocalDate } from './calendar';

// Intl rather than date-fns `format` for words: the same text without shipping a locale.
const format = (options: Intl.DateTimeFormatOptions) =>
  lazy(() => new Intl.DateTimeFormat('en-US', options));
const SHORT = format({ weekday: 'short', month: 'short', day: 'numeric' });
const SHORT_WITH_YEAR = format({
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
});
const WRITTEN = format({ weekday: 'long', month: 'long', day: 'numeric' });
const CLOCK = format({ hour: 'numeric', minute: '2-digit', hour12: true });

/** A short label for a step date, e.g. "Tue, Nov 24". */
export function formatStepDate(date: string): string {
  return SHORT().format(toLocalDate(date));
}

/** A date with its year, for records kept over time: "Fri, Nov 20, 2026". */
export function formatLogDate(date: string): string {
  return SHORT_WITH_YEAR().format(toLocalDate(date));
}

/** A date the way a message writes it, e.g. "Tuesday, November 24". */
export function formatMessageDate(date: string): string {
  return WRITTEN().format(toLocalDate(date));
}

/** A due-by moment `YYYY-MM-DDTHH:mm` for people, e.g. "Wed, Nov 25 at 2:30 PM". */
export function formatDueBy(dueBy: string): string {
  const [date = '', time = ''] = dueBy.split('T');
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const moment = toLocalDate(date);
  moment.setHours(hours, minutes);
  // Newer ICU puts a narrow no-break space before AM/PM; a plain space reads and copies the same everywhere.
  return `${SHORT().format(moment)} at ${CLOCK().format(moment).replace(/\s/gu, ' ')}`;
}

/** How far a date is from today: "today", "tomorrow", "in 3 days", "1 day overdue", "2 days overdue". */
export function describeRelative(date: string, today: string): string {
  const days = calendarDaysBetween(today, date);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 1) return `in ${days} days`;
  return `${-days} ${days === -1 ? 'day' : 'days'} overdue`;
}
