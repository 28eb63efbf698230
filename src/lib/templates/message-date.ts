import { lazyDateFormat } from '../site/lazy';

// Intl rather than date-fns `format`: the same words, without shipping a locale to the browser.
const WRITTEN = lazyDateFormat({ weekday: 'long', month: 'long', day: 'numeric' });

/** A calendar date (YYYY-MM-DD) written the way messages use it, e.g. "Tuesday, November 24"; "" when the date is not real. */
export function formatMessageDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return '';
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  // Local midnight of that calendar day, so the weekday is the person's own; setFullYear keeps years below 100.
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month, day);
  if (date.getFullYear() !== year || date.getMonth() !== month || date.getDate() !== day) return '';
  return WRITTEN().format(date);
}
