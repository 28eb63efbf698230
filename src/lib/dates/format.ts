import { toLocalDate } from './calendar';

// Names written out rather than asked of Intl.DateTimeFormat: the first formatter a page makes
// loads the browser's locale data, which blocks a mid-range phone for about 65 ms, and a tool page
// with saved details formats dates while it renders.
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const short = (name: string | undefined): string => (name ?? '').slice(0, 3);

// US-style English writes the month first ("Tue, Dec 8"); other English, and every other
// language, the day ("Tue 8 Dec").
const MONTH_FIRST = /^en(?:$|-(?:US|CA|PH|PR|GU|VI|AS|MP|UM)\b)/i;

/** Whether dates put the day first: by the browser's first language; off a browser, never. */
function dayFirst(): boolean {
  return typeof document !== 'undefined' && !MONTH_FIRST.test(navigator.languages[0] ?? 'en');
}

/** A day and month with an optional year: "Tue, Nov 24, 2026", or "Tue 24 Nov 2026" day first. */
function dateLabel(weekday: string, month: string, day: number, year?: number): string {
  const first = dayFirst();
  const label = first ? `${weekday} ${day} ${month}` : `${weekday}, ${month} ${day}`;
  return year === undefined ? label : `${label}${first ? '' : ','} ${year}`;
}

/** "Tue, Nov 24" (or "Tue 24 Nov") for a local `Date`, with `year` when given. */
function shortDate(date: Date, year?: number): string {
  return dateLabel(
    short(WEEKDAYS[date.getDay()]),
    short(MONTHS[date.getMonth()]),
    date.getDate(),
    year,
  );
}

/**
 * A short label for a step date, e.g. "Tue, Nov 24" ("Tue 24 Nov" where the day comes first);
 * with its year ("Mon, Jan 4, 2027") when that is not the year of `near` (`YYYY-MM-DD`: today
 * for what a person reads, or the interview's date).
 */
export function formatStepDate(date: string, near?: string): string {
  const local = toLocalDate(date);
  const otherYear = near !== undefined && near.slice(0, 4) !== date.slice(0, 4);
  return shortDate(local, otherYear ? local.getFullYear() : undefined);
}

/** A date with its year, for records kept over time: "Fri, Nov 20, 2026". */
export function formatLogDate(date: string): string {
  const local = toLocalDate(date);
  return shortDate(local, local.getFullYear());
}

/** A date the way a message writes it, e.g. "Tuesday, November 24" ("Tuesday 24 November"). */
export function formatMessageDate(date: string): string {
  const local = toLocalDate(date);
  return dateLabel(WEEKDAYS[local.getDay()] ?? '', MONTHS[local.getMonth()] ?? '', local.getDate());
}

/** A clock time `HH:mm` for people: "2:30 PM", "12:05 AM". */
export function formatClockTime(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const hour = hours % 12 === 0 ? 12 : hours % 12;
  return `${hour}:${String(minutes).padStart(2, '0')} ${hours < 12 ? 'AM' : 'PM'}`;
}

/** A due-by moment `YYYY-MM-DDTHH:mm` for people, e.g. "Wed, Nov 25 at 2:30 PM" (`near` as above). */
export function formatDueBy(dueBy: string, near?: string): string {
  const [date = '', time = ''] = dueBy.split('T');
  return `${formatStepDate(date, near)} at ${formatClockTime(time)}`;
}
