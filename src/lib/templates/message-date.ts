import { format, isValid, parseISO } from 'date-fns';

/** A calendar date (YYYY-MM-DD) written the way templates use it, e.g. "Tuesday, November 24"; "" when the date is not valid. */
export function formatMessageDate(isoDate: string): string {
  // parseISO reads a bare date as local midnight, so the weekday is the person's own.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? parseISO(isoDate) : new Date(Number.NaN);
  return isValid(date) ? format(date, 'EEEE, MMMM d') : '';
}
