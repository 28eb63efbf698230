import { addBusinessDaysSkipping, roll } from './business-days';
import { addCalendarDays, calendarDaysBetween, formatStepDate } from './dates';
import { parseTimelineInput, type InputIssue, type TimelineInput } from './schema';

export { addBusinessDaysSkipping, isBusinessDay, roll } from './business-days';
export {
  describeRelative,
  formatDueBy,
  formatStepDate,
  isRealDate,
  isTime,
  todayISO,
} from './dates';
export {
  INTERVIEW_FORMATS,
  InterviewerSchema,
  MAX_CALL_BACK_DAYS,
  MAX_INTERVIEWERS,
  TimelineInputSchema,
  type InputIssue,
  type InterviewFormat,
  type ParsedTimelineInput,
  type TimelineInput,
} from './schema';

/** The steps of a follow-up timeline, in the order the rules list them. */
export const STEP_IDS = [
  'thank-you',
  'handwritten-note',
  'linkedin',
  'check-in',
  'second-follow-up',
  'move-on',
] as const;

/** One step of the timeline, e.g. `check-in`. */
export type StepId = (typeof STEP_IDS)[number];

/** How a step is carried out; `none` for the step where you stop following up. */
export type Channel = 'email' | 'letter' | 'linkedin' | 'phone' | 'none';

/** The message templates a timeline step can open in the builder. */
export type StepTemplateId =
  | 'thank-you-email'
  | 'thank-you-group'
  | 'thank-you-virtual'
  | 'handwritten-card'
  | 'linkedin-note'
  | 'check-in'
  | 'second-follow-up'
  | 'phone-script'
  | 'closing-the-loop';

/** One thing to do on one day. */
export interface Step {
  /** Which step this is. */
  id: StepId;
  /** The day to do it, `YYYY-MM-DD`. */
  date: string;
  /** How to do it. */
  channel: Channel;
  /** The moment it should be done by, `YYYY-MM-DDTHH:mm` (thank-you and handwritten note). */
  dueBy?: string;
  /** The last sensible day for it, `YYYY-MM-DD` (check-in after a decision date). */
  latest?: string;
  /** Who it goes to, by name, in the order you listed them. */
  recipients: string[];
  /** A short instruction, e.g. "Send your thank-you email". */
  title: string;
  /** One sentence on why this step falls on this day. */
  why: string;
  /** Root-absolute link to the guide section that explains the step. */
  guide: string;
  /** The template to write the message with. */
  template?: StepTemplateId;
}

/** Something the person should know about their timeline, e.g. a step that was left out. */
export interface TimelineWarning {
  /** A stable code for the warning, e.g. `note-too-slow`. */
  code: 'note-too-slow';
  /** What happened and what to do instead. */
  message: string;
}

/** The result of `buildTimeline`. */
export interface Timeline {
  /** The steps, earliest first; steps on the same day keep the order of `STEP_IDS`. */
  steps: Step[];
  /** Notes about the timeline; empty for ordinary input. */
  warnings: TimelineWarning[];
}

/** The result of `safeBuildTimeline`. */
export type SafeTimelineResult =
  { success: true; data: Timeline } | { success: false; errors: InputIssue[] };

// A card mailed after the interview needs about this many days to arrive, so a decision this soon beats it.
const NOTE_TRANSIT_DAYS = 2;

const DAYS_BETWEEN_FOLLOW_UPS = 7;

function days(count: number): string {
  return `${count} ${count === 1 ? 'day' : 'days'}`;
}

/** Builds the follow-up timeline for one interview; throws an Error listing every input problem. */
export function buildTimeline(input: TimelineInput): Timeline {
  const result = safeBuildTimeline(input);
  if (!result.success) throw new Error(result.errors.map((issue) => issue.message).join('\n'));
  return result.data;
}

/** Builds the follow-up timeline, returning the input problems instead of throwing. */
export function safeBuildTimeline(input: unknown): SafeTimelineResult {
  const parsed = parseTimelineInput(input);
  if (!parsed.success) return parsed;
  const {
    interviewDate,
    interviewTime,
    decisionDate,
    callBackInDays,
    interviewers,
    format,
    handwrittenNote,
    phoneFollowUp,
    holidays,
  } = parsed.data;

  const names = interviewers.map((person) => person.name);
  const thanked = format === 'group' ? names.slice(0, 1) : names;
  const dueTime = interviewTime ?? '23:59';
  const steps: Step[] = [];
  const warnings: TimelineWarning[] = [];

  steps.push({
    id: 'thank-you',
    date: interviewDate,
    channel: 'email',
    dueBy: `${addCalendarDays(interviewDate, 1)}T${dueTime}`,
    recipients: thanked,
    title: 'Send your thank-you email',
    why:
      format === 'group'
        ? 'Every source agrees on a thank-you within 24 hours; after a group interview, write to the lead and ask them to pass your thanks on.'
        : 'Every source agrees on a thank-you within 24 hours, written to each person who interviewed you while the conversation is fresh.',
    guide: '/guides/thank-you-note/',
    template:
      format === 'group'
        ? 'thank-you-group'
        : format === 'video'
          ? 'thank-you-virtual'
          : 'thank-you-email',
  });

  if (handwrittenNote) {
    if (
      decisionDate !== undefined &&
      calendarDaysBetween(interviewDate, decisionDate) <= NOTE_TRANSIT_DAYS
    ) {
      warnings.push({
        code: 'note-too-slow',
        message: `A card in the mail would likely arrive after their decision on ${formatStepDate(decisionDate)}, so it is not on your timeline — put that care into your thank-you email and send it within 24 hours.`,
      });
    } else {
      steps.push({
        id: 'handwritten-note',
        date: interviewDate,
        channel: 'letter',
        dueBy: `${addCalendarDays(interviewDate, 2)}T${dueTime}`,
        recipients: thanked,
        title: 'Mail a handwritten thank-you note',
        why: 'A card posted within a day or two of the interview stands out, as long as it comes on top of your email rather than instead of it.',
        guide: '/guides/thank-you-note/#email-or-handwritten',
        template: 'handwritten-card',
      });
    }
  }

  steps.push({
    id: 'linkedin',
    date: addCalendarDays(interviewDate, 1),
    channel: 'linkedin',
    recipients: names,
    title: 'Connect on LinkedIn',
    why: 'Once the interview is behind you, ask each interviewer to connect, with a short personal note instead of the default invitation.',
    guide: '/guides/linkedin-and-social-media/#personalize-the-connection-request',
    template: 'linkedin-note',
  });

  let checkIn: Step;
  if (callBackInDays !== undefined) {
    const named = addCalendarDays(interviewDate, callBackInDays);
    const date = roll(named, holidays);
    checkIn = {
      id: 'check-in',
      date,
      channel: 'phone',
      recipients: names,
      title: 'Call to check in',
      why:
        date === named
          ? `They asked you to call in ${days(callBackInDays)}, so call on that day: their own instruction beats any general rule.`
          : `They asked you to call in ${days(callBackInDays)}; that lands on a day off, so call on the next working day.`,
      guide: '/guides/phone-and-voicemail/',
      template: 'phone-script',
    };
  } else if (decisionDate !== undefined) {
    checkIn = {
      id: 'check-in',
      date: addBusinessDaysSkipping(decisionDate, 1, holidays),
      channel: 'email',
      latest: addBusinessDaysSkipping(decisionDate, 2, holidays),
      recipients: names,
      title: 'Check in by email',
      why: `They planned to decide by ${formatStepDate(decisionDate)}; if you have not heard by then, give it one or two business days and ask politely where things stand.`,
      guide: '/guides/checking-in/',
      template: 'check-in',
    };
  } else {
    checkIn = {
      id: 'check-in',
      date: roll(addCalendarDays(interviewDate, DAYS_BETWEEN_FOLLOW_UPS), holidays),
      channel: 'email',
      recipients: names,
      title: 'Check in by email',
      why: 'With no decision date to go on, wait a full week after the interview before you ask for an update.',
      guide: '/guides/checking-in/',
      template: 'check-in',
    };
  }
  steps.push(checkIn);

  const secondDate = roll(addCalendarDays(checkIn.date, DAYS_BETWEEN_FOLLOW_UPS), holidays);
  steps.push(
    phoneFollowUp
      ? {
          id: 'second-follow-up',
          date: secondDate,
          channel: 'phone',
          recipients: names,
          title: 'Follow up once more by phone',
          why: 'If there is still no answer, call once about a week after your check-in; if you reach voicemail, keep it brief, speak slowly and give your number twice.',
          guide: '/guides/phone-and-voicemail/',
          template: 'phone-script',
        }
      : {
          id: 'second-follow-up',
          date: secondDate,
          channel: 'email',
          recipients: names,
          title: 'Follow up once more by email',
          why: 'If there is still no answer, write once more about a week after your check-in; more than one email a week starts to feel like pressure.',
          guide: '/guides/checking-in/',
          template: 'second-follow-up',
        },
  );

  steps.push({
    id: 'move-on',
    date: roll(addCalendarDays(secondDate, DAYS_BETWEEN_FOLLOW_UPS), holidays),
    channel: 'none',
    recipients: [],
    title: 'Move on if you have not heard back',
    why: 'You have followed up once and then once more, which is enough; put your energy into other openings, and a short closing note keeps the door open.',
    guide: '/guides/when-to-move-on/',
    template: 'closing-the-loop',
  });

  const order = (step: Step) => STEP_IDS.indexOf(step.id);
  steps.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : order(a) - order(b)));
  return { success: true, data: { steps, warnings } };
}
