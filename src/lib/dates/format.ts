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

/** "Tue, Nov 24" for a local `Date`. */
function shortDate(date: Date): string {
  return `${short(WEEKDAYS[date.getDay()])}, ${short(MONTHS[date.getMonth()])} ${date.getDate()}`;
}

/**
 * A short label for a step date, e.g. "Tue, Nov 24"; with its year ("Mon, Jan 4, 2027") when that
 * is not the year of `near` (`YYYY-MM-DD`: today for what a person reads, or the interview's date).
 */
export function formatStepDate(date: string, near?: string): string {
  const label = shortDate(toLocalDate(date));
  return near !== undefined && near.slice(0, 4) !== date.slice(0, 4)
    ? `${label}, ${date.slice(0, 4)}`
    : label;
}

/** A date with its year, for records kept over time: "Fri, Nov 20, 2026". */
export function formatLogDate(date: string): string {
  const local = toLocalDate(date);
  return `${shortDate(local)}, ${local.getFullYear()}`;
}

/** A date the way a message writes it, e.g. "Tuesday, November 24". */
export function formatMessageDate(date: string): string {
  const local = toLocalDate(date);
  return `${WEEKDAYS[local.getDay()] ?? ''}, ${MONTHS[local.getMonth()] ?? ''} ${local.getDate()}`;
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
