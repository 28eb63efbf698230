const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** Whether a string is `YYYY-MM-DD` and names a day that exists (2028-02-29 yes, 2026-02-30 no). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  // Plain arithmetic rather than Date: no time zone can shift a calendar date here.
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lastDay = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= lastDay;
}

/** Whether a string is a 24-hour time `HH:mm`, also accepting one hour digit (`9:30`). */
export function isClockTime(value: string): boolean {
  return TIME.test(value);
}

/** A clock time padded to `HH:mm` (`9:30` → `09:30`); other text is returned as it is. */
export function padClockTime(value: string): string {
  return isClockTime(value) ? value.padStart(5, '0') : value;
}

/** The local calendar date of `now` as `YYYY-MM-DD` (never converted to UTC). */
export function localDate(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${String(now.getFullYear()).padStart(4, '0')}-${month}-${day}`;
}
