const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether a string is a 24-hour `HH:mm` time from 00:00 to 23:59. */
export function isClockTime(value: string): boolean {
  return CLOCK_TIME.test(value);
}

/** A time typed with one hour digit padded to `HH:mm` (`9:30` → `09:30`); other text as it is. */
export function padClockTime(value: string): string {
  return /^\d:[0-5]\d$/.test(value) ? `0${value}` : value;
}

/**
 * The person's own IANA time zone, e.g. "Europe/Berlin". Asks Intl, whose first use costs a phone
 * tens of milliseconds: call it when a person acts, not while a page loads.
 */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
