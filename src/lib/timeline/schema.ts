import { z } from 'zod/mini';
import { isCalendarDate, isClockTime, isInYearRange } from '../dates/index';
import {
  INTERVIEW_FORMATS,
  MAX_CALL_BACK_DAYS,
  MAX_INTERVIEWERS,
  MAX_TEXT,
  TIMING_MESSAGES as M,
} from './messages';

/** A `YYYY-MM-DD` string that names a real day from 1900 to 2100, with the messages of one date field. */
export function calendarDate(messages: {
  missing: string;
  notText: string;
  form: (value: unknown) => string;
  unreal: (value: string) => string;
  farOff?: (value: string) => string;
}) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? messages.missing : messages.notText) })
    .check(
      z.superRefine((value, ctx) => {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
          ctx.addIssue({ code: 'custom', message: messages.form(value) });
        } else if (!isCalendarDate(value)) {
          ctx.addIssue({ code: 'custom', message: messages.unreal(value) });
        } else if (!isInYearRange(value)) {
          // A calendar can count far-off days, but a year like 9999 is a slip and breaks calendar files.
          ctx.addIssue({ code: 'custom', message: (messages.farOff ?? messages.unreal)(value) });
        }
      }),
    );
}

/** Text of at most 200 characters; `''` when left out. */
export function optionalText(message: string) {
  return z._default(z.string(message).check(z.maxLength(MAX_TEXT, message)), '');
}

/** Whether a name has a letter or a digit in it: zero-width and other invisible characters alone are no name. */
function isVisibleName(value: string): boolean {
  return /[\p{L}\p{N}]/u.test(value);
}

// Loose on purpose: catches the usual slips (no @, no dot, spaces) without rejecting real addresses.
const LOOSE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An email address, or '' when you do not have it. */
function optionalEmail(message: string) {
  return z._default(
    z.string(message).check(
      z.maxLength(MAX_TEXT, message),
      z.refine((value) => value === '' || LOOSE_EMAIL.test(value), message),
    ),
    '',
  );
}

/** One person who interviewed you. */
export const InterviewerSchema = z.object(
  {
    /** Their name as you will write it in a greeting, e.g. "Dana Whitfield"; required. */
    name: z
      .string(M.interviewerName(1))
      .check(
        z.trim(),
        z.refine(isVisibleName, M.interviewerName(1)),
        z.maxLength(MAX_TEXT, M.interviewerNameLong(1)),
      ),
    /** Their job title, or '' when you do not know it. */
    title: optionalText(M.interviewerTitle(1)),
    /** How you greet them ("Ms. Rivera", "Dana"), or '' to greet them by `name`. */
    greeting: optionalText(M.interviewerGreeting(1)),
    /** Their email address, or '' when you do not have it. */
    email: optionalEmail(M.interviewerEmail(1)),
    /**
     * The IANA time zone they work in ("America/New_York"), or '' when it is yours. The form
     * checks it is a zone, and says so in its own words; one a browser does not know just gets
     * no send times.
     */
    timeZone: optionalText(M.interviewerRow(1)),
    // The debrief, noted right after the interview: what fills this person's own messages.
    /** What mattered most to them ("how fast new hires get up to speed"), or ''. */
    caredAbout: optionalText(M.interviewerNote(1)),
    /** One thing you talked about with them; it fills "something you discussed" in their messages. */
    discussed: optionalText(M.interviewerNote(1)),
    /** A doubt they raised about you, to answer in your follow-up, or ''. */
    concern: optionalText(M.interviewerNote(1)),
  },
  M.interviewerRow(1),
);

/** The person who runs the process for the employer: a recruiter or the hiring manager. */
export const ContactSchema = z.object(
  {
    /** Their name as you will write it in a greeting; required. */
    name: z
      .string(M.contactName)
      .check(
        z.trim(),
        z.refine(isVisibleName, M.contactName),
        z.maxLength(MAX_TEXT, M.contactNameLong),
      ),
    /** How you greet them ("Mr. Chen", "Priya"), or '' to greet them by `name`. */
    greeting: optionalText(M.contactGreeting),
    /** Their email address, or '' when you do not have it. */
    email: optionalEmail(M.contactEmail),
    /** The IANA time zone they work in, or '' when it is yours (as for an interviewer). */
    timeZone: optionalText(M.contact),
  },
  M.contact,
);

/** The fields `buildTimeline` reads; the stored interview has these and more (see interview/schema). */
export const timingShape = {
  /** The day of the interview, `YYYY-MM-DD` in your own time zone. */
  interviewDate: calendarDate(M.interviewDate),
  /** When the interview started, `HH:mm` on the 24-hour clock; sets the thank-you due-by time. */
  interviewTime: z.optional(
    z
      .string(M.interviewTime(''))
      .check(z.refine(isClockTime, { error: (issue) => M.interviewTime(issue.input) })),
  ),
  /** The day they said they would decide by, `YYYY-MM-DD`; not before the interview. */
  decisionDate: z.optional(calendarDate(M.decisionDate)),
  /** "Call me in N days": a whole number from 1 to 60; their instruction sets the check-in. */
  callBackInDays: z.optional(
    z
      .int({
        error: (issue) =>
          issue.code === 'too_big'
            ? M.callBackMax
            : issue.code === 'too_small'
              ? M.callBackMin
              : M.callBackWhole,
      })
      .check(z.minimum(1, M.callBackMin), z.maximum(MAX_CALL_BACK_DAYS, M.callBackMax)),
  ),
  /** What you promised to send them ("my portfolio and two references"); needs `promisedBy`. */
  promised: z.optional(z.string(M.promised).check(z.maxLength(MAX_TEXT, M.promised))),
  /** The day you promised to send it by, `YYYY-MM-DD`; not before the interview; needs `promised`. */
  promisedBy: z.optional(calendarDate(M.promisedBy)),
  /** Who runs the process and gets the check-ins; without one, the first interviewer does. */
  contact: z.optional(ContactSchema),
  /** The people who interviewed you, lead first; at most 20. */
  interviewers: z._default(
    z.array(InterviewerSchema, M.interviewersList).check(
      z.maxLength(MAX_INTERVIEWERS, {
        error: (issue) =>
          M.tooManyInterviewers(Array.isArray(issue.input) ? issue.input.length : 'too many'),
      }),
    ),
    () => [],
  ),
  /** How the interview took place; `group` sends the thank-you to the lead only. */
  format: z._default(
    z.enum(INTERVIEW_FORMATS, { error: (issue) => M.format(issue.input) }),
    'in-person',
  ),
  /** Whether you also want to mail a handwritten thank-you card. */
  handwrittenNote: z._default(z.boolean(M.choice('The handwritten-note choice')), false),
  /** Whether the second follow-up should be a phone call rather than an email. */
  phoneFollowUp: z._default(z.boolean(M.choice('The phone follow-up choice')), false),
  /** Extra days off (public holidays, company closures) as `YYYY-MM-DD`; follow-ups skip them. */
  holidays: z._default(
    z.array(
      calendarDate({
        missing: M.holiday(1),
        notText: M.holiday(1),
        form: () => M.holiday(1),
        unreal: () => M.holiday(1),
      }),
      M.holidaysList,
    ),
    () => [],
  ),
};

/**
 * The dates that may not come before the interview (the decision, what you promised), and a
 * promise needs both what and by when; checked even when other fields are wrong.
 */
export const fieldsAgree = z.superRefine(
  (
    input: {
      interviewDate?: unknown;
      decisionDate?: unknown;
      promised?: unknown;
      promisedBy?: unknown;
    },
    ctx,
  ) => {
    const { interviewDate, decisionDate, promised, promisedBy } = input;
    // Only compare dates that are themselves valid; their own messages cover the rest.
    const before = (date: unknown) =>
      typeof interviewDate === 'string' &&
      typeof date === 'string' &&
      isCalendarDate(interviewDate) &&
      isCalendarDate(date) &&
      date < interviewDate;
    if (before(decisionDate)) {
      ctx.addIssue({ code: 'custom', path: ['decisionDate'], message: M.decisionBeforeInterview });
    }
    if (before(promisedBy)) {
      ctx.addIssue({ code: 'custom', path: ['promisedBy'], message: M.promisedBeforeInterview });
    }
    const said = typeof promised === 'string' && promised.trim() !== '';
    if (said && promisedBy === undefined) {
      ctx.addIssue({ code: 'custom', path: ['promisedBy'], message: M.promisedByMissing });
    } else if (!said && promisedBy !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['promised'], message: M.promisedMissing });
    }
  },
  // Run even when another field is broken, so every problem shows at once.
  { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
);

/** Everything `buildTimeline` needs to know about one interview. */
export const TimelineInputSchema = z.object(timingShape, M.input).check(fieldsAgree);

/** What a caller may pass to `buildTimeline` (optional fields may be left out). */
export type TimelineInput = z.input<typeof TimelineInputSchema>;
/** The input after validation, with every default filled in. */
export type ParsedTimelineInput = z.output<typeof TimelineInputSchema>;
/** The main contact, checked. */
export type Contact = z.output<typeof ContactSchema>;
/** One interviewer, checked. */
export type Interviewer = z.output<typeof InterviewerSchema>;
/** One interview format, e.g. `group`. */
export type InterviewFormat = (typeof INTERVIEW_FORMATS)[number];

/** One problem with the input: the field it concerns (a dot path, e.g. `interviewers.2.name`) and what to do. */
export interface InputIssue {
  path: string;
  message: string;
}

/** The numbered message for a problem inside a list row; null for any other field. */
function rowMessage(issue: z.core.$ZodIssue): string | null {
  const [field, index, property] = issue.path;
  if (typeof index !== 'number') return null;
  const n = index + 1;
  if (field === 'holidays') return M.holiday(n);
  if (field !== 'interviewers') return null;
  if (property === 'name') {
    return issue.code === 'too_big' ? M.interviewerNameLong(n) : M.interviewerName(n);
  }
  const message = typeof property === 'string' ? ROW_PROPERTY_MESSAGES[property] : undefined;
  return (message ?? M.interviewerRow)(n);
}

// The message of each interviewer property that has its own (the name's depends on the problem).
const ROW_PROPERTY_MESSAGES: Partial<Record<string, (n: number) => string>> = {
  title: M.interviewerTitle,
  greeting: M.interviewerGreeting,
  email: M.interviewerEmail,
  caredAbout: M.interviewerNote,
  discussed: M.interviewerNote,
  concern: M.interviewerNote,
};

/** The issues of a failed parse as field paths and messages, each field's first problem once. */
export function describeIssues(error: z.core.$ZodError): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (issues.some((known) => known.path === path)) continue;
    issues.push({ path, message: rowMessage(issue) ?? issue.message });
  }
  return issues;
}
