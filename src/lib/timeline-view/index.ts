import type { Step, StepId } from '../timeline/index';
import { calendarDaysBetween } from '../timeline/dates';
import { describeRelative, formatStepDate } from '../timeline/index';

export * from './form';
export * from './form-errors';
export { interviewLabel } from './label';

/** Steps written to each interviewer separately, so the builder gets one link per recipient. */
export const PER_RECIPIENT_STEPS: readonly StepId[] = ['thank-you', 'handwritten-note', 'linkedin'];

/**
 * The template builder's address (root-absolute, before the deploy base is added) for one message:
 * `/templates/?template=<templateId>&interview=<interviewId>`, plus `&interviewer=<index>` for a
 * message to one interviewer, where 0 is the first interviewer as listed in the form. The builder
 * reads exactly these three parameters: `template`, `interview` and `interviewer`.
 */
export function builderPath(templateId: string, interviewId: string, interviewer?: number): string {
  const params = new URLSearchParams({ template: templateId, interview: interviewId });
  if (interviewer !== undefined) params.set('interviewer', String(interviewer));
  return `/templates/?${params.toString()}`;
}

/** One "Write this message" link: where it goes and, for a per-person message, to whom. */
export interface WriteLink {
  /** Root-absolute builder address (see `builderPath`). */
  path: string;
  /** The interviewer's name, when the message is for one person. */
  recipient?: string;
  /** The interviewer's position in the form, 0 first, when the message is for one person. */
  interviewer?: number;
}

/**
 * The builder links for a step: none without a template; one per recipient for per-person steps
 * (a step's recipients are always the first interviewers as listed, so position = index); else one.
 */
export function writeLinks(step: Step, interviewId: string): WriteLink[] {
  const template = step.template;
  if (template === undefined) return [];
  if (PER_RECIPIENT_STEPS.includes(step.id) && step.recipients.length > 0) {
    return step.recipients.map((recipient, interviewer) => ({
      path: builderPath(template, interviewId, interviewer),
      recipient,
      interviewer,
    }));
  }
  return [{ path: builderPath(template, interviewId) }];
}

/** How a step stands today: `done`, `upcoming`, `now` (its day or before its deadline), `overdue`. */
export type StepTone = 'done' | 'upcoming' | 'now' | 'overdue';

/** A step's timing in words, e.g. "in 3 days", "due tomorrow", "2 days overdue", "done Sat, Nov 21". */
export function stepTiming(
  step: Step,
  today: string,
  doneOn?: string,
): { text: string; tone: StepTone } {
  if (doneOn !== undefined) return { text: `done ${formatStepDate(doneOn)}`, tone: 'done' };
  if (today <= step.date) {
    return {
      text: describeRelative(step.date, today),
      tone: today === step.date ? 'now' : 'upcoming',
    };
  }
  if (step.id === 'move-on') {
    const days = calendarDaysBetween(step.date, today);
    return {
      text: `since ${formatStepDate(step.date)}, ${days} ${days === 1 ? 'day' : 'days'} ago`,
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
  const count = `${steps.length} ${steps.length === 1 ? 'step' : 'steps'}`;
  const doneCount = steps.filter((step) => Object.hasOwn(done, step.id)).length;
  const next = steps.find((step) => !Object.hasOwn(done, step.id));
  const parts = [count];
  if (doneCount > 0 && next) parts.push(`${doneCount} done`);
  parts.push(next ? `next: ${next.title} ${stepTiming(next, today).text}` : 'all done');
  return `Timeline updated: ${parts.join(', ')}`;
}
