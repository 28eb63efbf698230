import type { EventAttributes } from 'ics';
import { addCalendarDays, formatDueBy, formatStepDate } from '../timeline/dates';
import type { Step } from '../timeline';

/** The interview a set of calendar events belongs to. */
export interface CalendarInterview {
  /** The stored interview's id; it makes each event's UID stable across downloads. */
  id: string;
  /** The company, e.g. "Acme". */
  company: string;
  /** The role, e.g. "Product Designer". */
  role: string;
}

const PRODUCT_ID = '-//Follow-up//Follow-up timeline//EN';

// RFC 5545 §3.1: content lines longer than 75 octets (not characters) must be folded.
const MAX_LINE_OCTETS = 75;

const encoder = new TextEncoder();

/** Keeps text calendar-safe: one kind of line break and no control characters. */
function cleanText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- stripping control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
  );
}

/** The event title, e.g. "Follow-up: Send your thank-you email — Acme (Product Designer)". */
export function eventSummary(step: Step, interview: CalendarInterview): string {
  const company = interview.company.trim();
  const role = interview.role.trim();
  const where = [company, role && (company ? `(${role})` : role)].filter(Boolean).join(' ');
  return cleanText(`Follow-up: ${step.title}${where ? ` — ${where}` : ''}`);
}

/** The event notes: why the step falls on its day, when it is due, and who it goes to. */
export function eventDescription(step: Step): string {
  const lines = [step.why];
  if (step.dueBy !== undefined) lines.push(`Due by ${formatDueBy(step.dueBy)}`);
  if (step.latest !== undefined) lines.push(`No later than ${formatStepDate(step.latest)}`);
  if (step.recipients.length > 0) lines.push(`For: ${step.recipients.join(', ')}`);
  return cleanText(lines.join('\n'));
}

/** Escapes a TEXT value (RFC 5545 §3.3.11) for the properties ics writes without escaping. */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n|\r/g, '\\n');
}

function dateArray(date: string): [number, number, number] {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  return [year, month, day];
}

/** Folds one unfolded content line into physical lines of at most 75 octets, never inside a character. */
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

/** Re-folds a whole calendar by octets; ics folds by characters, which overruns with non-ASCII text. */
function refold(calendar: string): string {
  const unfolded = calendar.replace(/\r\n[ \t]/g, '');
  return (
    unfolded
      .split('\r\n')
      .filter((line) => line !== '')
      .map(foldLine)
      .join('\r\n') + '\r\n'
  );
}

/** An .ics calendar with one all-day event per step and a 9:00 reminder on the day. */
export async function buildIcs(interview: CalendarInterview, steps: Step[]): Promise<string> {
  // Loaded on demand: the ics package is large and only needed when someone downloads the file.
  const { createEvents } = await import('ics');
  const events: EventAttributes[] = steps.map((step) => {
    const summary = eventSummary(step, interview);
    return {
      uid: escapeText(`${interview.id}-${step.id}@follow-up.app`),
      title: summary,
      description: eventDescription(step),
      start: dateArray(step.date),
      end: dateArray(addCalendarDays(step.date, 1)),
      transp: 'TRANSPARENT',
      busyStatus: 'FREE',
      alarms: [
        {
          action: 'display',
          description: escapeText(summary),
          // Relative to the start of an all-day event, i.e. 9:00 on the day in the person's own zone.
          trigger: { hours: 9, before: false },
        },
      ],
    };
  });
  const company = interview.company.trim();
  const { error, value } = createEvents(events, {
    productId: PRODUCT_ID,
    calName: escapeText(cleanText(company ? `Follow-up: ${company}` : 'Follow-up')),
  });
  if (error || value === null) {
    throw new Error(
      `The calendar file could not be made (${error?.message ?? 'no output'}) — check the step dates and try again.`,
    );
  }
  return refold(value);
}

function compactDate(date: string): string {
  return date.replaceAll('-', '');
}

// URLSearchParams writes spaces as "+", which some calendar apps show literally; %20 reads the same everywhere.
function query(params: Record<string, string>): string {
  return new URLSearchParams(params).toString().replaceAll('+', '%20');
}

/** A Google Calendar link that opens a new all-day event for the step, filled in. */
export function googleCalendarUrl(step: Step, interview: CalendarInterview): string {
  const url = new URL('https://calendar.google.com/calendar/render');
  url.search = query({
    action: 'TEMPLATE',
    text: eventSummary(step, interview),
    dates: `${compactDate(step.date)}/${compactDate(addCalendarDays(step.date, 1))}`,
    details: eventDescription(step),
  });
  return url.toString();
}

/** An Outlook.com link that opens a new all-day event for the step, filled in. */
export function outlookCalendarUrl(step: Step, interview: CalendarInterview): string {
  const url = new URL('https://outlook.live.com/calendar/0/deeplink/compose');
  url.search = query({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: eventSummary(step, interview),
    startdt: step.date,
    enddt: addCalendarDays(step.date, 1),
    allday: 'true',
    body: eventDescription(step),
  });
  return url.toString();
}

/** A safe file name for the interview's calendar, e.g. "follow-up-acme-product-designer.ics". */
export function icsFileName(interview: CalendarInterview): string {
  const slug = `${interview.company} ${interview.role}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug ? `follow-up-${slug}.ics` : 'follow-up.ics';
}
