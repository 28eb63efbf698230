import { z } from 'zod/mini';
// The file itself: the module's entry loads data on demand, and the list of regions is not needed here.
import { REGION_CODE } from '../holidays/code';
import {
  TIMING_MESSAGES,
  calendarDate,
  fieldsAgree,
  timingShape,
  describeIssues,
  optionalText,
} from '../timeline/index';
import { RECORD_MESSAGES as M } from './messages';

/** Where an application stands: still waiting, or how it ended (or moved on). */
export const INTERVIEW_STATUSES = [
  'waiting',
  'next-round',
  'offer',
  'rejected',
  'no-reply',
  'withdrawn',
] as const;

/** How useful the feedback in their reply was. */
export const FEEDBACK_LEVELS = ['none', 'some', 'useful'] as const;

const timestamp = z
  .string(M.timestamp)
  .check(z.refine((value) => !Number.isNaN(Date.parse(value)), M.timestamp));

const regionDays = z._default(
  z.array(calendarDate(dateMessage(M.holidayRegion)), M.holidayRegion),
  () => [],
);

/**
 * The region whose public holidays the follow-ups skip (where your main contact works), with its
 * days off worked out for the interview's year and the next, so every page builds the same
 * timeline without loading the region's data.
 */
export const HolidayRegionSchema = z.object(
  {
    /** The region's code, e.g. `GB-ENG` (see lib/holidays). */
    code: z
      .string(M.holidayRegion)
      .check(z.refine((code) => REGION_CODE.test(code), M.holidayRegion)),
    /** The interview year the days were worked out for; they cover it and the next. */
    year: z.int(M.holidayRegion),
    /** Its public holidays in those years that the follow-ups skip, `YYYY-MM-DD`. */
    days: regionDays,
    /** Its public holidays your company works: left out of `days`, in a later year's list too. */
    working: regionDays,
  },
  M.holidayRegion,
);

// The fields the interview form edits: the timing fields `buildTimeline` reads, the company and the role.
const detailsShape = {
  ...timingShape,
  /** Company name, or '' when not given yet. */
  company: optionalText(M.company),
  /** The job you interviewed for, or ''. */
  role: optionalText(M.role),
  /** Whose public holidays the follow-ups skip; none when left out. */
  holidayRegion: z.optional(HolidayRegionSchema),
};

/** What the interview form edits: the timing fields `buildTimeline` reads, the company and the role. */
export const InterviewDetailsSchema = z
  .object(detailsShape, TIMING_MESSAGES.input)
  .check(fieldsAgree);

/**
 * One interview as stored: its details, plus what the record keeps. A stored interview is itself
 * valid timeline input.
 */
export const InterviewSchema = z
  .object(
    {
      ...detailsShape,
      /** Stable id, also the first part of every saved message draft's key. */
      id: z.string(M.id).check(
        z.minLength(1, M.id),
        // A draft's key is `id:template:index`, so an id with a colon could never keep a draft.
        z.refine((id) => !id.includes(':'), M.idColon),
      ),
      /** Timeline steps you have ticked: step id → the `YYYY-MM-DD` day you ticked it. */
      done: z._default(z.record(z.string(), calendarDate(dateMessage(M.done))), () => ({})),
      /** Where the application stands; `waiting` until you hear how it went. */
      status: z._default(z.enum(INTERVIEW_STATUSES, M.status), 'waiting'),
      /** Whether it is put away: hidden from today's agenda and the main list, still in your results. */
      archived: z._default(z.boolean(M.archived), false),
      /** The day they replied, `YYYY-MM-DD`; absent while they have not (or you have not noted it). */
      repliedOn: z.optional(calendarDate(M.repliedOn)),
      /** How useful their feedback was; absent when not recorded. */
      feedback: z.optional(z.enum(FEEDBACK_LEVELS, M.feedback)),
      /**
       * The id of the next round of the same application (the panel after this phone screen), set
       * when you add it; its check-ins then take over from this round's.
       */
      nextRound: z.optional(z.string(M.id)),
      /** When the interview was first saved, an ISO 8601 timestamp. */
      createdAt: timestamp,
      /** When it was last changed, an ISO 8601 timestamp. */
      updatedAt: timestamp,
    },
    TIMING_MESSAGES.input,
  )
  .check(fieldsAgree);

/** One message for every way a date can be wrong. */
function dateMessage(message: string) {
  return { missing: message, notText: message, form: () => message, unreal: () => message };
}

/** A holiday region as stored with an interview. */
export type StoredHolidayRegion = z.output<typeof HolidayRegionSchema>;
/** The details the form edits, checked. */
export type InterviewDetails = z.output<typeof InterviewDetailsSchema>;
/** The details before they are checked. */
export type InterviewDetailsInput = z.input<typeof InterviewDetailsSchema>;
/** A checked interview, as stored. */
export type Interview = z.output<typeof InterviewSchema>;
/** An interview before it is checked (optional fields may be left out). */
export type InterviewInput = z.input<typeof InterviewSchema>;
/** Where an application stands. */
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];
/** How useful their feedback was. */
export type Feedback = (typeof FEEDBACK_LEVELS)[number];

/** Field path (`decisionDate`, `interviewers.1.name`) → what is wrong and how to fix it. */
export type InterviewErrors = Record<string, string>;

/** The outcome of checking an interview: the clean interview, or a message per field. */
export type InterviewValidation =
  { ok: true; interview: Interview } | { ok: false; errors: InterviewErrors };

/** Every day off an interview's follow-ups skip: its region's public holidays and the days you added. */
export function daysOff(interview: Pick<Interview, 'holidays' | 'holidayRegion'>): string[] {
  const region = interview.holidayRegion?.days ?? [];
  return region.length === 0 ? interview.holidays : [...region, ...interview.holidays];
}

/** The problems of a failed parse by field path; `form` for the whole. */
function errorsOf(error: z.core.$ZodError): InterviewErrors {
  const errors: InterviewErrors = {};
  for (const { path, message } of describeIssues(error)) {
    // The region is chosen from a list, as a whole: any of its problems belongs to that list.
    errors[path.startsWith('holidayRegion') ? 'holidayRegion' : path || 'form'] ??= message;
  }
  return errors;
}

/** Checks an interview; never throws and never changes `input`. */
export function validateInterview(input: unknown): InterviewValidation {
  const result = InterviewSchema.safeParse(input);
  return result.success
    ? { ok: true, interview: result.data }
    : { ok: false, errors: errorsOf(result.error) };
}

/** Checks the details the form edits; never throws. */
export function validateDetails(
  input: unknown,
): { ok: true; details: InterviewDetails } | { ok: false; errors: InterviewErrors } {
  const result = InterviewDetailsSchema.safeParse(input);
  return result.success
    ? { ok: true, details: result.data }
    : { ok: false, errors: errorsOf(result.error) };
}

/** The details a person enters (everything but ticks, the record and time stamps), in the form's order. */
export const DETAIL_FIELDS = [
  'company',
  'role',
  'interviewDate',
  'interviewTime',
  'format',
  'interviewers',
  'contact',
  'decisionDate',
  'callBackInDays',
  'promised',
  'promisedBy',
  'handwrittenNote',
  'phoneFollowUp',
  'holidayRegion',
  'holidays',
] as const satisfies readonly (keyof Interview)[];
