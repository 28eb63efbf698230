import { z } from 'zod/mini';
import { isCalendarDate, isClockTime, padClockTime } from './dates';
import { MAX_INTERVIEWERS, MAX_TEXT, MESSAGES } from './messages';
import { FEEDBACK_LEVELS, INTERVIEW_FORMATS, INTERVIEW_STATUSES } from './values';

export {
  FEEDBACK_LEVELS,
  INTERVIEW_FORMATS,
  INTERVIEW_STATUSES,
  type Feedback,
  type InterviewFormat,
  type InterviewStatus,
} from './values';

// Loose on purpose: catches the usual slips (no @, no dot, spaces) without rejecting real addresses.
const DATE_FORM = /^\d{4}-\d{2}-\d{2}$/;
const LOOSE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const WHOLE_NUMBER = /^\d+$/;

const text = (message: string) => z.string().check(z.trim(), z.maxLength(MAX_TEXT, message));
const optionalText = (message: string) => z._default(text(message), '');
const calendarDate = (message: string) =>
  z.string().check(z.trim(), z.refine(isCalendarDate, message));
const optionalDate = (formMessage: string, unrealMessage: string) =>
  z._default(
    z.string().check(
      z.trim(),
      z.refine((value) => value === '' || DATE_FORM.test(value), formMessage),
      z.refine((value) => value === '' || isCalendarDate(value), unrealMessage),
    ),
    '',
  );
const timestamp = z
  .string()
  .check(z.refine((value) => !Number.isNaN(Date.parse(value)), MESSAGES.timestamp));

/** One person who interviewed you. */
export const InterviewerSchema = z.object({
  /** Their name as you would write it in a greeting; required. */
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, MESSAGES.interviewerName(1)),
      z.maxLength(MAX_TEXT, MESSAGES.interviewerNameLong(1)),
    ),
  /** Their job title, or '' when you do not know it. */
  title: optionalText(MESSAGES.interviewerTitle(1)),
  /** Their email address, or '' when you do not have it. */
  email: z._default(
    z.string().check(
      z.trim(),
      z.maxLength(MAX_TEXT, MESSAGES.interviewerEmail(1)),
      z.refine((value) => value === '' || LOOSE_EMAIL.test(value), MESSAGES.interviewerEmail(1)),
    ),
    '',
  ),
});

/** One interview: entered once in a form, then read by the timeline and the template builder. */
export const InterviewSchema = z.object({
  /** Stable id, also the first part of every saved message draft's key. */
  id: z.string().check(z.minLength(1, MESSAGES.id)),
  /** Company name, or '' when not given yet. */
  company: optionalText(MESSAGES.company),
  /** The job you interviewed for, or ''. */
  role: optionalText(MESSAGES.role),
  /** The day of the interview, `YYYY-MM-DD` in your own time zone. */
  interviewDate: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, MESSAGES.interviewDateMissing),
      z.regex(DATE_FORM, MESSAGES.interviewDate),
      z.refine(isCalendarDate, MESSAGES.interviewDateUnreal),
    ),
  /** When it started, 24-hour `HH:mm` (`9:30` is stored as `09:30`), or '' when not given. */
  interviewTime: z._default(
    z.string().check(
      z.trim(),
      z.refine((value) => value === '' || isClockTime(value), MESSAGES.interviewTime),
      z.overwrite(padClockTime),
    ),
    '',
  ),
  /** How the interview took place. */
  format: z._default(z.enum(INTERVIEW_FORMATS, MESSAGES.format), 'in-person'),
  /** Everyone who interviewed you, lead first (0–20). */
  interviewers: z._default(
    z.array(InterviewerSchema).check(z.maxLength(MAX_INTERVIEWERS, MESSAGES.interviewers)),
    () => [],
  ),
  /** The day they said they would decide, `YYYY-MM-DD`, or '' when they did not say. */
  decisionDate: optionalDate(MESSAGES.decisionDate, MESSAGES.decisionDateUnreal),
  /**
   * "Call me in N days": a whole number from 1 to 60 kept as the text the form shows ('7', not 7),
   * or '' when they did not say. Leading zeros are dropped ('07' → '7').
   */
  callBackInDays: z._default(
    z.string().check(
      z.trim(),
      z.refine(
        (value) =>
          value === '' || (WHOLE_NUMBER.test(value) && Number(value) >= 1 && Number(value) <= 60),
        MESSAGES.callBackInDays,
      ),
      z.overwrite((value) => (WHOLE_NUMBER.test(value) ? String(Number(value)) : value)),
    ),
    '',
  ),
  /** Whether you will also mail a handwritten card. */
  handwrittenNote: z._default(z.boolean(), false),
  /** Whether the second follow-up is a phone call rather than an email. */
  phoneFollowUp: z._default(z.boolean(), false),
  /** Extra days you or they do not work, `YYYY-MM-DD`; weekends are already skipped. */
  holidays: z._default(z.array(calendarDate(MESSAGES.holiday(1))), () => []),
  /** Timeline steps you have ticked: step id → the `YYYY-MM-DD` day you ticked it. */
  done: z._default(z.record(z.string(), calendarDate(MESSAGES.done)), () => ({})),
  /** Where the application stands; `waiting` until you hear how it went. */
  status: z._default(z.enum(INTERVIEW_STATUSES, MESSAGES.status), 'waiting'),
  /** Whether it is put away: hidden from today's agenda and the main list, still in your results. */
  archived: z._default(z.boolean(), false),
  /** The day they replied, `YYYY-MM-DD`, or '' when they have not (or you have not noted it). */
  repliedOn: optionalDate(MESSAGES.repliedOn, MESSAGES.repliedOnUnreal),
  /** How useful their feedback was: `none`, `some` or `useful`; '' when not recorded. */
  feedback: z._default(z.enum(['', ...FEEDBACK_LEVELS], MESSAGES.feedback), ''),
  /** When the interview was first saved, an ISO 8601 timestamp. */
  createdAt: timestamp,
  /** When it was last changed, an ISO 8601 timestamp. */
  updatedAt: timestamp,
});

/** One interviewer, checked and trimmed. */
export type Interviewer = z.output<typeof InterviewerSchema>;
/** One interviewer as typed into the form. */
export type InterviewerDraft = z.input<typeof InterviewerSchema>;
/** A checked interview, as stored. */
export type Interview = z.output<typeof InterviewSchema>;
/** An interview as typed into the form, before it is checked. */
export type InterviewDraft = z.input<typeof InterviewSchema>;
