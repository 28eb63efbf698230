import {
  addBusinessDays,
  addCalendarDays,
  calendarDaysBetween,
  formatStepDate,
  roll,
} from '../dates/index';
import { plural } from '../text';
import {
  describeIssues,
  TimelineInputSchema,
  type InputIssue,
  type ParsedTimelineInput,
  type TimelineInput,
} from './schema';
import type { Channel } from './channels';
import { STEP_IDS, STEPS, type StepId } from './steps';

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
  /** The template to write the message with; none for a step with nothing to write. */
  template?: string;
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

// A card mailed after the interview arrives too late for a decision less than this many days away.
const CARD_MIN_DAYS = 7;

const DAYS_BETWEEN_FOLLOW_UPS = 7;

/** A step of the catalog on `date` by `channel`, with its title, guide and template filled in. */
function step(
  id: StepId,
  channel: Channel,
  fields: Omit<Step, 'id' | 'channel' | 'title' | 'guide'> & { guide?: string },
): Step {
  const info = STEPS[id];
  const template = fields.template ?? info.templates[channel];
  return {
    id,
    channel,
    title: info.titles[channel] ?? info.label,
    guide: info.guide,
    ...fields,
    ...(template === undefined ? {} : { template }),
  };
}

/**
 * The timeline of input that has already been checked (a stored interview is): the rules of
 * `buildTimeline` without parsing again. Throws a RangeError only for dates outside what a
 * calendar can hold.
 */
export function timelineOf(input: ParsedTimelineInput): Timeline {
  const {
    interviewDate,
    interviewTime,
    decisionDate,
    callBackInDays,
    contact,
    interviewers,
    format,
    handwrittenNote,
    phoneFollowUp,
    holidays,
    promised,
    promisedBy,
  } = input;

  const names = interviewers.map((person) => person.name);
  const thanked = format === 'group' ? names.slice(0, 1) : names;
  // Check-ins go to one person: whoever runs the process, else the first interviewer.
  const mainContact = contact?.name ?? names[0];
  const contacted = mainContact === undefined ? [] : [mainContact];
  const dueTime = interviewTime ?? '23:59';
  const steps: Step[] = [];
  const warnings: TimelineWarning[] = [];

  steps.push(
    step('thank-you', 'email', {
      date: interviewDate,
      dueBy: `${addCalendarDays(interviewDate, 1)}T${dueTime}`,
      recipients: thanked,
      why:
        format === 'group'
          ? 'Four of our five sources insist on a thank-you within 24 hours; after a group interview, write to the lead and ask them to pass your thanks on.'
          : 'Four of our five sources insist on a thank-you within 24 hours, written to each person who interviewed you while the conversation is fresh.',
      template:
        format === 'group'
          ? 'thank-you-group'
          : format === 'video'
            ? 'thank-you-virtual'
            : 'thank-you-email',
    }),
  );

  if (handwrittenNote) {
    if (
      decisionDate !== undefined &&
      calendarDaysBetween(interviewDate, decisionDate) < CARD_MIN_DAYS
    ) {
      warnings.push({
        code: 'note-too-slow',
        message: `A card in the mail would likely arrive after their decision on ${formatStepDate(decisionDate, interviewDate)}, so it is not on your timeline: a card joins it only when the decision is at least ${CARD_MIN_DAYS} days after the interview. Put that care into your thank-you email and send it within 24 hours.`,
      });
    } else {
      steps.push(
        step('handwritten-note', 'letter', {
          date: interviewDate,
          dueBy: `${addCalendarDays(interviewDate, 2)}T${dueTime}`,
          recipients: thanked,
          why: 'Optional, and in addition to your email, never instead of it: mail the card within 48 hours so it arrives while they are still deciding.',
        }),
      );
    }
  }

  steps.push(
    step('linkedin', 'linkedin', {
      date: addCalendarDays(interviewDate, 1),
      recipients: names,
      why: 'The day after the interview, ask each interviewer to connect, with a short note that mentions one specific thing you discussed.',
    }),
  );

  if (promisedBy !== undefined) {
    steps.push(
      step('materials', 'email', {
        date: promisedBy,
        recipients: contacted,
        why: `You promised “${promised ?? ''}” by ${formatStepDate(promisedBy, interviewDate)}. Send it as soon as it is ready, all in one message (to the person they named, if they named one): being prompt shows you are reliable.`,
      }),
    );
  }

  let checkIn: Step;
  if (callBackInDays !== undefined) {
    const named = addCalendarDays(interviewDate, callBackInDays);
    const date = roll(named, holidays);
    checkIn = step('check-in', 'phone', {
      date,
      recipients: contacted,
      why:
        date === named
          ? `They asked you to call in ${plural(callBackInDays, 'day')}, so call on that day: their own instruction beats any general rule.`
          : `They asked you to call in ${plural(callBackInDays, 'day')}; that lands on a day off, so call on the next working day.`,
      guide: '/guides/phone-and-voicemail/',
    });
  } else if (decisionDate !== undefined) {
    checkIn = step('check-in', 'email', {
      date: addBusinessDays(decisionDate, 1, holidays),
      latest: addBusinessDays(decisionDate, 2, holidays),
      recipients: contacted,
      why: `They planned to decide by ${formatStepDate(decisionDate, interviewDate)}; if you have not heard, email your main contact one business day after it, and no later than two.`,
    });
  } else {
    checkIn = step('check-in', 'email', {
      date: roll(addCalendarDays(interviewDate, DAYS_BETWEEN_FOLLOW_UPS), holidays),
      recipients: contacted,
      why: 'With no decision date to go on, email your main contact a week after the interview; checking references and past employment can take a week or more.',
    });
  }
  steps.push(checkIn);

  const secondDate = roll(addCalendarDays(checkIn.date, DAYS_BETWEEN_FOLLOW_UPS), holidays);
  steps.push(
    phoneFollowUp
      ? step('second-follow-up', 'phone', {
          date: secondDate,
          recipients: contacted,
          why: 'If there is still no answer, call your main contact a week after your check-in; if you reach voicemail, leave one message, speak slowly and give your number twice. This is your last follow-up.',
          guide: '/guides/phone-and-voicemail/',
        })
      : step('second-follow-up', 'email', {
          date: secondDate,
          recipients: contacted,
          why: 'If there is still no answer, write to your main contact once more a week after your check-in. This is your last follow-up: never send a third.',
        }),
  );

  steps.push(
    step('move-on', 'none', {
      date: roll(addCalendarDays(secondDate, DAYS_BETWEEN_FOLLOW_UPS), holidays),
      recipients: [],
      why: 'You have followed up once and then once more, which is enough. There is nothing more to send: stop writing and put your energy into other openings.',
    }),
  );

  const order = (entry: Step) => STEP_IDS.indexOf(entry.id);
  steps.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : order(a) - order(b)));
  return { steps, warnings };
}

/** Builds the follow-up timeline, returning the input problems instead of throwing. */
export function safeBuildTimeline(input: unknown): SafeTimelineResult {
  const parsed = TimelineInputSchema.safeParse(input);
  if (!parsed.success) return { success: false, errors: describeIssues(parsed.error) };
  return { success: true, data: timelineOf(parsed.data) };
}

/** Builds the follow-up timeline for one interview; throws an Error listing every input problem. */
export function buildTimeline(input: TimelineInput): Timeline {
  const result = safeBuildTimeline(input);
  if (!result.success) throw new Error(result.errors.map((issue) => issue.message).join('\n'));
  return result.data;
}
