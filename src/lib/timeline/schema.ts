import { z } from 'zod/mini';
import { isRealDate, isTime } from './dates';

/** The interview formats the timeline knows; `group` changes who receives the thank-you. */
export const INTERVIEW_FORMATS = ['in-person', 'phone', 'video', 'group', 'panel'] as const;

/** The most interviewers one interview can list. */
export const MAX_INTERVIEWERS = 20;

/** The longest "call me in N days" wait the timeline accepts. */
export const MAX_CALL_BACK_DAYS = 60;

const CALL_BACK_MIN =
  'The number of days before you call must be at least 1 — enter the number they gave you, e.g. 4.';
const CALL_BACK_MAX = `The number of days before you call can be at most ${MAX_CALL_BACK_DAYS} — for a longer wait, enter their decision date instead.`;

/** Shows a rejected value in a message without letting a long one swamp it. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 30 ? `${text.slice(0, 29)}…` : text;
}

/** A `YYYY-MM-DD` string that names a real day; `subject` starts each message ("The interview date"). */
function calendarDate(subject: string, example: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `${subject} is missing — enter it as YYYY-MM-DD, e.g. ${example}.`
          : `${subject} must be written as YYYY-MM-DD — enter it like ${example}.`,
    })
    .check(
      z.superRefine((value, ctx) => {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
          ctx.addIssue({
            code: 'custom',
            message: `${subject} "${shown(value)}" is not in YYYY-MM-DD form — enter it like ${example}.`,
          });
        } else if (!isRealDate(value)) {
          ctx.addIssue({
            code: 'custom',
            message: `${subject} ${value} does not exist — check the day and the month.`,
          });
        }
      }),
    );
}

/** A yes/no choice from a checkbox. */
function choice(subject: string) {
  return z.boolean(`${subject} must be true or false — tick or clear the box.`);
}

/** One person who interviewed you. Other details (title, email) may ride along and are ignored. */
export const InterviewerSchema = z.looseObject(
  {
    /** Their name as you will write it in a greeting, e.g. "Dana Whitfield". */
    name: z
      .string('An interviewer has no name — type their name or remove the empty row.')
      .check(
        z.trim(),
        z.minLength(1, 'An interviewer has no name — type their name or remove the empty row.'),
      ),
  },
  'Each interviewer must have a name — type their name or remove the row.',
);

/** Everything `buildTimeline` needs to know about one interview. */
export const TimelineInputSchema = z
  .object(
    {
      /** The day of the interview, `YYYY-MM-DD` in your own time zone. */
      interviewDate: calendarDate('The interview date', '2026-11-24'),
      /** When the interview started, `HH:mm` on the 24-hour clock; sets the thank-you due-by time. */
      interviewTime: z.optional(
        z
          .string(
            'The interview time must be written as HH:mm — enter it like 14:30, or leave it empty.',
          )
          .check(
            z.refine(isTime, {
              error: (issue) =>
                `The interview time "${shown(issue.input)}" is not a time of day — use the 24-hour clock from 00:00 to 23:59, e.g. 14:30.`,
            }),
          ),
      ),
      /** The day they said they would decide by, `YYYY-MM-DD`; not before the interview. */
      decisionDate: z.optional(calendarDate('The decision date', '2026-12-04')),
      /** "Call me in N days": a whole number from 1 to 60; their instruction sets the check-in. */
      callBackInDays: z.optional(
        z
          .int({
            error: (issue) =>
              issue.code === 'too_big'
                ? CALL_BACK_MAX
                : issue.code === 'too_small'
                  ? CALL_BACK_MIN
                  : 'The number of days before you call must be a whole number — enter the number they gave you, e.g. 4.',
          })
          .check(z.minimum(1, CALL_BACK_MIN), z.maximum(MAX_CALL_BACK_DAYS, CALL_BACK_MAX)),
      ),
      /** The people who interviewed you, lead first; at most 20. */
      interviewers: z._default(
        z
          .array(
            InterviewerSchema,
            'The interviewers must be a list of people — add each one with their name.',
          )
          .check(
            z.maxLength(MAX_INTERVIEWERS, {
              error: (issue) =>
                `You listed ${Array.isArray(issue.input) ? issue.input.length : 'too many'} interviewers, but the limit is ${MAX_INTERVIEWERS} — keep the people you spoke with most.`,
            }),
          ),
        [],
      ),
      /** How the interview took place; `group` sends the thank-you to the lead only. */
      format: z._default(
        z.enum(INTERVIEW_FORMATS, {
          error: (issue) =>
            `The interview format "${shown(issue.input)}" is not one we know — choose ${INTERVIEW_FORMATS.slice(0, -1).join(', ')} or ${INTERVIEW_FORMATS.at(-1)}.`,
        }),
        'in-person',
      ),
      /** Whether you also want to mail a handwritten thank-you card. */
      handwrittenNote: z._default(choice('The handwritten-note choice'), false),
      /** Whether the second follow-up should be a phone call rather than an email. */
      phoneFollowUp: z._default(choice('The phone follow-up choice'), false),
      /** Extra days off (public holidays, company closures) as `YYYY-MM-DD`; follow-ups skip them. */
      holidays: z._default(
        z.array(
          calendarDate('The holiday', '2026-12-25'),
          'The holidays must be a list of dates — add each one as YYYY-MM-DD.',
        ),
        [],
      ),
    },
    'The interview details are missing — enter at least the interview date.',
  )
  .check(
    z.superRefine(
      (input, ctx) => {
        const { interviewDate, decisionDate }: { interviewDate: unknown; decisionDate?: unknown } =
          input;
        // Only compare dates that are themselves valid; their own messages cover the rest.
        if (
          typeof interviewDate === 'string' &&
          typeof decisionDate === 'string' &&
          isRealDate(interviewDate) &&
          isRealDate(decisionDate) &&
          decisionDate < interviewDate
        ) {
          ctx.addIssue({
            code: 'custom',
            path: ['decisionDate'],
            message: 'The decision date is before the interview date — check both dates.',
          });
        }
      },
      // Run even when another field is broken, so every problem shows at once.
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
    ),
  );

/** What a caller may pass to `buildTimeline` (optional fields may be left out). */
export type TimelineInput = z.input<typeof TimelineInputSchema>;

/** The input after validation, with every default filled in. */
export type ParsedTimelineInput = z.output<typeof TimelineInputSchema>;

/** One interview format, e.g. `group`. */
export type InterviewFormat = (typeof INTERVIEW_FORMATS)[number];

/** One problem with the input: the field it concerns (dot path, e.g. `interviewers.2.name`) and what to do. */
export interface InputIssue {
  path: string;
  message: string;
}

/** Validates timeline input; never throws. */
export function parseTimelineInput(
  input: unknown,
): { success: true; data: ParsedTimelineInput } | { success: false; errors: InputIssue[] } {
  const result = TimelineInputSchema.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    errors: result.error.issues
      .map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))
      // An out-of-range number can trip both the type's own limit and ours; say it once.
      .filter(
        (issue, index, all) =>
          all.findIndex((other) => other.path === issue.path && other.message === issue.message) ===
          index,
      ),
  };
}
