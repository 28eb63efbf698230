import { roundSteps, timelineOfStored, type Interview } from '../interview/index';
import {
  STEPS,
  stepTiming,
  writeLinks,
  type Channel,
  type Step,
  type StepId,
  type StepTone,
  type WriteLink,
} from '../timeline/index';

/** One line of the agenda: a step of one interview, how it stands today and where to write it. */
export interface AgendaItem {
  /** The interview the step belongs to. */
  interview: Interview;
  /** The step, as the timeline gives it. */
  step: Step;
  /** Its timing in words ("due tomorrow", "2 days overdue") and its tone. */
  timing: { text: string; tone: StepTone };
  /** Its "Write this message" links (none for a step without a template). */
  links: WriteLink[];
}

/** Everything still to do across your interviews, in three groups, each earliest first. */
export interface Agenda {
  /** Steps whose last sensible day has passed. */
  overdue: AgendaItem[];
  /** Steps to do today: their day, or still inside their deadline. */
  today: AgendaItem[];
  /** The next step of each interview that is not due yet. */
  next: AgendaItem[];
}

/** The timeline steps of a stored interview; none when its dates cannot give a timeline. */
export function stepsOf(interview: Interview): Step[] {
  return timelineOfStored(interview)?.steps ?? [];
}

/**
 * Whether an interview still needs following up: not archived, and still waiting to hear back.
 * Once you record an outcome the remaining check-ins no longer apply.
 */
export function isFollowingUp(interview: Interview): boolean {
  return !interview.archived && interview.status === 'waiting';
}

function item(interview: Interview, step: Step, today: string): AgendaItem {
  return {
    interview,
    step,
    timing: stepTiming(step, today),
    links: writeLinks(step, interview.id),
  };
}

/** The first step of an interview not ticked done, with its timing on `today`; null when all are done. */
export function nextStep(interview: Interview, today: string): AgendaItem | null {
  const step = stepsOf(interview).find(({ id }) => !Object.hasOwn(interview.done, id));
  return step ? item(interview, step, today) : null;
}

const byDate = (a: AgendaItem, b: AgendaItem) =>
  a.step.date < b.step.date ? -1 : a.step.date > b.step.date ? 1 : 0;

/**
 * One agenda for every interview still being followed up (see `isFollowingUp`), on `today`
 * (`YYYY-MM-DD`): every overdue step, every step for today, and each interview's next step after
 * that. Steps ticked done are left out.
 */
export function buildAgenda(interviews: readonly Interview[], today: string): Agenda {
  const agenda: Agenda = { overdue: [], today: [], next: [] };
  for (const interview of interviews) {
    if (!isFollowingUp(interview)) continue;
    let nextFound = false;
    // A round followed by a later one keeps only its own steps: the later round has the check-ins.
    for (const step of roundSteps(interview, interviews)) {
      if (Object.hasOwn(interview.done, step.id)) continue;
      const entry = item(interview, step, today);
      if (entry.timing.tone === 'overdue') agenda.overdue.push(entry);
      else if (entry.timing.tone === 'now') agenda.today.push(entry);
      else if (!nextFound) {
        agenda.next.push(entry);
        nextFound = true;
      }
    }
  }
  // Sorting is stable, so steps on the same day keep the order of the interviews and the timeline.
  agenda.overdue.sort(byDate);
  agenda.today.sort(byDate);
  agenda.next.sort(byDate);
  return agenda;
}

/** One follow-up you sent, as the activity log lists it. */
export interface LogEntry {
  /** The interview it was for. */
  interview: Interview;
  /** Which step it was. */
  stepId: string;
  /** The day you sent it, `YYYY-MM-DD`. */
  sentOn: string;
  /** What it was, e.g. "Check-in". */
  title: string;
  /** How it was sent; null when the timeline no longer has the step (you changed the details). */
  channel: Channel | null;
  /** Who it went to, by name. */
  recipients: string[];
}

const isStepId = (id: string): id is StepId => Object.hasOwn(STEPS, id);

/**
 * Every message you ticked as sent, across all interviews (archived ones too), newest first: a
 * record of your job-search activity. The move-on step is left out because it sends nothing.
 */
export function activityLog(interviews: readonly Interview[]): LogEntry[] {
  const entries: LogEntry[] = [];
  for (const interview of interviews) {
    const steps = stepsOf(interview);
    for (const [stepId, sentOn] of Object.entries(interview.done)) {
      const step = steps.find(({ id }) => id === stepId);
      const logName = isStepId(stepId) ? STEPS[stepId].logName : (step?.title ?? stepId);
      // A step that sends nothing (moving on) is not a message you sent.
      if (logName === null || step?.channel === 'none') continue;
      entries.push({
        interview,
        stepId,
        sentOn,
        title: logName,
        channel: step?.channel ?? null,
        recipients: step?.recipients ?? [],
      });
    }
  }
  return entries.sort((a, b) => (a.sentOn < b.sentOn ? 1 : a.sentOn > b.sentOn ? -1 : 0));
}
export { QUIET_DAYS, backupReminder } from './backup-reminder';
