const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The years a date in an interview may fall in: outside them it is a typing slip, not a plan. */
export const YEAR_RANGE = { from: 1900, to: 2100 } as const;

/** Whether a `YYYY-MM-DD` date's year is within `YEAR_RANGE`. */
export function isInYearRange(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= YEAR_RANGE.from && year <= YEAR_RANGE.to;
}

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

/** The local-midnight `Date` of a `YYYY-MM-DD` calendar date (never parsed as UTC). */
export function toLocalDate(isoDate: string): Date {
  const match = ISO_DATE.exec(isoDate);
  if (!match || !isCalendarDate(isoDate)) {
    throw new RangeError(`"${isoDate}" is not a real date — pass a calendar date as YYYY-MM-DD.`);
  }
  const date = new Date(2000, 0, 1);
  // setFullYear rather than the constructor, which maps years 0–99 to 1900–1999.
  date.setFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date;
}
