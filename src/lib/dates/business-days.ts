import { addCalendarDays, isWeekendDate } from './arithmetic';

/** Whether a `YYYY-MM-DD` date is a business day: Monday–Friday and not one of `holidays`. */
export function isBusinessDay(date: string, holidays: readonly string[] = []): boolean {
  return !isWeekendDate(date) && !holidays.includes(date);
}

/** `date` itself when it is a business day, otherwise the next business day after it. */
export function roll(date: string, holidays: readonly string[] = []): string {
  let day = date;
  while (!isBusinessDay(day, holidays)) day = addCalendarDays(day, 1);
  return day;
}

/** The `count`th business day strictly after `date` (1 = the first one after it; 0 = `date`). */
export function addBusinessDays(
  date: string,
  count: number,
  holidays: readonly string[] = [],
): string {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`Cannot count ${count} business days — pass a whole number of 0 or more.`);
  }
  let day = date;
  for (let i = 0; i < count; i += 1) day = roll(addCalendarDays(day, 1), holidays);
  return day;
}
