import { calendarDaysBetween, describeRelative, formatStepDate } from '../dates/index';
import { builderPath } from '../routes';
import { plural } from '../text';
import type { Step } from './build';
import { STEPS } from './steps';

/** How a step stands today: `done`, `upcoming`, `now` (its day or before its deadline), `overdue`. */
export type StepTone = 'done' | 'upcoming' | 'now' | 'overdue';

/** A step's timing in words, e.g. "in 3 days", "due tomorrow", "2 days overdue", "done Sat, Nov 21". */
export function stepTiming(
  step: Step,
  today: string,
  doneOn?: string,
): { text: string; tone: StepTone } {
  if (doneOn !== undefined) return { text: `done ${formatStepDate(doneOn, today)}`, tone: 'done' };
  if (today <= step.date) {
    return {
      text: describeRelative(step.date, today),
      tone: today === step.date ? 'now' : 'upcoming',
    };
  }
  if (STEPS[step.id].audience === 'nobody') {
    const days = calendarDaysBetween(step.date, today);
    return {
      text: `since ${formatStepDate(step.date, today)}, ${plural(days, 'day')} ago`,
      tone: 'now',
    };
  }
  const deadline = step.dueBy?.slice(0, 10) ?? step.latest ?? step.date;
  if (today <= deadline) return { text: `due ${describeRelative(deadline, today)}`, tone: 'now' };
  return { text: describeRelative(deadline, today), tone: 'overdue' };
}

/** What the live region says when the timeline changes, e.g. "Timeline updated: 6 steps, next: …". */
export function timelineSummary(
  steps: readonly Step[],
  done: Readonly<Record<string, string>>,
  today: string,
): string {
  const doneCount = steps.filter((step) => Object.hasOwn(done, step.id)).length;
  const next = steps.find((step) => !Object.hasOwn(done, step.id));
  const parts = [plural(steps.length, 'step')];
  if (doneCount > 0 && next) parts.push(`${doneCount} done`);
  parts.push(next ? `next: ${next.title} ${stepTiming(next, today).text}` : 'all done');
  return `Timeline updated: ${parts.join(', ')}`;
}

/** One link to the builder: where it goes, what it says and, for a per-person message, to whom. */
export interface WriteLink {
  /** Root-absolute builder address. */
  path: string;
  /** What the link says: "Write this message to Dana Rivera", or for a call "Prepare your call". */
  label: string;
  /** The interviewer's name, when the message is for one person. */
  recipient?: string;
  /** The interviewer's position in the form, 0 first, when the message is for one person. */
  interviewer?: number;
}

/**
 * The builder links for a step: none without a template; one per recipient for a step written to
 * each interviewer (its recipients are the first interviewers as listed, so position = index); else one.
 */
export function writeLinks(step: Step, interviewId: string): WriteLink[] {
  const template = step.template;
  if (template === undefined) return [];
  // A call is not written: its link opens the script of what to say.
  const label = (recipient?: string) =>
    step.channel === 'phone'
      ? `Prepare your call${recipient === undefined ? '' : ` to ${recipient}`}`
      : `Write this message${recipient === undefined ? '' : ` to ${recipient}`}`;
  if (STEPS[step.id].audience === 'each' && step.recipients.length > 0) {
    return step.recipients.map((recipient, interviewer) => ({
      path: builderPath({ template, interview: interviewId, interviewer }),
      label: label(recipient),
      recipient,
      interviewer,
    }));
  }
  return [{ path: builderPath({ template, interview: interviewId }), label: label() }];
}
