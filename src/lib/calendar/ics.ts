// The .ics file of a timeline; ts-ics writes the calendar. Loaded only when someone downloads it.
import { generateIcsCalendar, type IcsEvent } from 'ts-ics';
import { addCalendarDays } from '../dates/index';
import type { Step, StepId } from '../timeline/index';
import {
  cleanText,
  eventDescription,
  eventSpan,
  eventSummary,
  NOT_ZONED,
  type CalendarInterview,
  type ZonedStep,
} from './index';

const PRODUCT_ID = '-//Follow-up//Follow-up timeline//EN';

// RFC 5545 §3.1: content lines longer than 75 octets (not characters) must be folded.
const MAX_LINE_OCTETS = 75;

const encoder = new TextEncoder();

/** An all-day date for ts-ics, which writes a DATE value from the UTC calendar day. */
function allDay(date: string): { date: Date; type: 'DATE' } {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return { date: utc, type: 'DATE' };
}

/** Escapes a TEXT value (RFC 5545 §3.3.11), for the calendar name and the alarm text, which ts-ics writes as they are. */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n|\r/g, '\\n');
}

/** Folds one content line into physical lines of at most 75 octets, never inside a character. */
function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      // A continuation line starts with one space, which counts towards its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** Re-folds a whole calendar by octets, so non-ASCII text never overruns a line. */
function refold(calendar: string): string {
  const unfolded = calendar.replace(/\r?\n[ \t]/g, '');
  return `${unfolded
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .map(foldLine)
    .join('\r\n')}\r\n`;
}

// A timed event's reminder comes this many minutes before it.
const ALARM_MINUTES_BEFORE = 10;

/**
 * An .ics calendar with one event per step: all-day with a 9:00 reminder on the day, or, for a
 * step with one send time in the recipients' zone (`zoned`), at that moment in UTC, with a
 * reminder 10 minutes before.
 */
export function buildIcs(
  interview: CalendarInterview,
  steps: readonly Step[],
  now = new Date(),
  zoned: Partial<Record<StepId, ZonedStep>> = {},
): string {
  const events = steps.map((step): IcsEvent => {
    const times = zoned[step.id] ?? NOT_ZONED;
    const span = eventSpan(times);
    return {
      uid: `${interview.id}-${step.id}@follow-up.app`,
      summary: eventSummary(step, interview),
      description: eventDescription(step, times),
      stamp: { date: now },
      ...(span
        ? {
            start: { date: span.start, type: 'DATE-TIME' },
            end: { date: span.end, type: 'DATE-TIME' },
          }
        : { start: allDay(step.date), end: allDay(addCalendarDays(step.date, 1)) }),
      timeTransparent: 'TRANSPARENT',
      alarms: [
        {
          action: 'DISPLAY',
          description: escapeText(eventSummary(step, interview)),
          // An all-day event's starts at midnight in the person's own zone: 9:00 on the day.
          trigger: span
            ? { type: 'relative', value: { before: true, minutes: ALARM_MINUTES_BEFORE } }
            : { type: 'relative', value: { hours: 9 } },
        },
      ],
    };
  });
  const company = interview.company.trim();
  const calendar = generateIcsCalendar({
    version: '2.0',
    prodId: PRODUCT_ID,
    name: escapeText(cleanText(company ? `Follow-up: ${company}` : 'Follow-up')),
    events,
  });
  return refold(calendar);
}
