import { addCalendarDays, formatDueBy, formatStepDate } from '../dates/index';
import type { Step } from '../timeline/index';
import type { ZonedLine } from '../timeline/send-times';

/**
 * A step's times for recipients in other time zones: each one in words, and the moment to send it
 * when every recipient shares one (null otherwise, and for a deadline).
 */
export interface ZonedStep {
  lines: readonly ZonedLine[];
  at: number | null;
}

/** The times of a step whose recipients all share your time zone: none. */
export const NOT_ZONED: ZonedStep = { lines: [], at: null };

// A timed event lasts this long: enough to write and send one message.
const EVENT_MINUTES = 15;

/** The interview a set of calendar events belongs to. */
export interface CalendarInterview {
  /** The stored interview's id; it makes each event's UID stable across downloads. */
  id: string;
  /** The company, e.g. "Acme". */
  company: string;
  /** The role, e.g. "Product Designer". */
  role: string;
}

/** Keeps text calendar-safe: one kind of line break and no control characters. */
export function cleanText(value: string): string {
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

/** The event notes: why the step falls on its day, when it is due (on each clock), and who it goes to. */
export function eventDescription(step: Step, zoned: ZonedStep = NOT_ZONED): string {
  const lines = [step.why];
  if (step.dueBy !== undefined) lines.push(`Due by ${formatDueBy(step.dueBy)}`);
  const several = step.recipients.length > 1;
  for (const { kind, recipient, text } of zoned.lines) {
    const verb = kind === 'due' ? 'Due' : step.channel === 'phone' ? 'Call' : 'Send';
    const to = several ? ` to ${recipient}` : '';
    lines.push(`${verb}${to} ${kind === 'due' ? 'by' : 'at'} ${text}`);
  }
  if (step.latest !== undefined) lines.push(`No later than ${formatStepDate(step.latest)}`);
  if (step.recipients.length > 0) lines.push(`For: ${step.recipients.join(', ')}`);
  return cleanText(lines.join('\n'));
}

const compactDate = (date: string): string => date.replaceAll('-', '');

// URLSearchParams writes spaces as "+", which some calendar apps show literally; %20 reads the same everywhere.
const query = (params: Record<string, string>): string =>
  new URLSearchParams(params).toString().replaceAll('+', '%20');

/** When a step's timed event starts and ends: at its one send time; null for an all-day event. */
export function eventSpan({ at }: ZonedStep): { start: Date; end: Date } | null {
  return at === null ? null : { start: new Date(at), end: new Date(at + EVENT_MINUTES * 60_000) };
}

/** `2026-12-08T14:30:00Z` → `20261208T143000Z`, as Google Calendar writes a UTC time. */
const compactMoment = (date: Date): string =>
  date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');

/** A Google Calendar link that opens a new event for the step, filled in: all-day, or at its send time. */
export function googleCalendarUrl(
  step: Step,
  interview: CalendarInterview,
  zoned: ZonedStep = NOT_ZONED,
): string {
  const span = eventSpan(zoned);
  return `https://calendar.google.com/calendar/render?${query({
    action: 'TEMPLATE',
    text: eventSummary(step, interview),
    dates: span
      ? `${compactMoment(span.start)}/${compactMoment(span.end)}`
      : `${compactDate(step.date)}/${compactDate(addCalendarDays(step.date, 1))}`,
    details: eventDescription(step, zoned),
  })}`;
}

/** An Outlook.com link that opens a new event for the step, filled in: all-day, or at its send time. */
export function outlookCalendarUrl(
  step: Step,
  interview: CalendarInterview,
  zoned: ZonedStep = NOT_ZONED,
): string {
  const span = eventSpan(zoned);
  return `https://outlook.live.com/calendar/0/deeplink/compose?${query({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: eventSummary(step, interview),
    ...(span
      ? { startdt: span.start.toISOString(), enddt: span.end.toISOString(), allday: 'false' }
      : { startdt: step.date, enddt: addCalendarDays(step.date, 1), allday: 'true' }),
    body: eventDescription(step, zoned),
  })}`;
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
