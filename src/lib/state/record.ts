// What happened after an interview, and the interviews page's other changes to the list. Kept apart
// from store.ts so pages that never record anything do not load it.
import { isCalendarDate, localDate } from '../interview/dates';
import { emptyInterview } from '../interview/factory';
import { MESSAGES } from '../interview/messages';
import type { Interview } from '../interview/schema';
import type { InterviewValidation } from '../interview/validate';
import {
  FEEDBACK_LEVELS,
  INTERVIEW_STATUSES,
  type Feedback,
  type InterviewStatus,
} from '../interview/values';
import type { Draft } from './schema';
import { newId } from './ids';
import { requireChecks } from './load-checks';
import {
  $state,
  commit,
  findInterview,
  removeInterview,
  replaceInterview,
  saveInterview,
  type InterviewFormDraft,
} from './store';

/** What `deleteInterview` took away, so `restoreInterview` can put it back exactly. */
export interface DeletedInterview {
  /** The interview as it was. */
  interview: Interview;
  /** Its place in the list, 0 first. */
  index: number;
  /** Its message drafts, by key. */
  drafts: Record<string, Draft>;
  /** Whether it was the active interview. */
  wasActive: boolean;
}

/** The outcome of an action that takes a date: saved, or why not and what to do. */
export type DateResult = { ok: true } | { ok: false; error: string };

const MISSING_INTERVIEW =
  'This interview no longer exists — it may have been removed in another tab. Reload the page.';

/**
 * Adds an interview (today's date and empty fields, overlaid with `draft`), makes it active and
 * returns its id. Pass only values that are already checked: details a person typed go through
 * `saveInterview`, which returns messages instead of throwing. Needs `loadChecks()` to have finished.
 */
export function addInterview(draft: Partial<InterviewFormDraft> = {}): string {
  const id = newId();
  const base = emptyInterview(id, localDate());
  const result = requireChecks().validateInterview({
    ...base,
    ...draft,
    id,
    createdAt: base.createdAt,
    updatedAt: base.updatedAt,
  });
  if (!result.ok) {
    throw new TypeError(
      `addInterview() was given details that do not validate — ${Object.values(result.errors).join(' ')}`,
    );
  }
  commit((state) => ({
    ...state,
    activeId: id,
    interviews: [...state.interviews, result.interview],
  }));
  return id;
}

/** Changes some fields of interview `id`, checked like the form; nothing is saved on errors. */
export function updateInterview(
  id: string,
  patch: Partial<InterviewFormDraft>,
): InterviewValidation {
  const existing = findInterview(id);
  if (!existing) return { ok: false, errors: { id: MISSING_INTERVIEW } };
  return saveInterview(id, { ...existing, ...patch });
}

/** Applies `change` to interview `id` and stamps it; returns whether the interview exists. */
function patchInterview(id: string, change: (interview: Interview) => Interview): boolean {
  const interview = findInterview(id);
  if (!interview) return false;
  const next = change(interview);
  if (next === interview) return true;
  commit((state) => replaceInterview(state, { ...next, updatedAt: new Date().toISOString() }));
  return true;
}

/** Sets where application `id` stands; returns false for an unknown interview or status. */
export function setStatus(id: string, status: InterviewStatus): boolean {
  if (!INTERVIEW_STATUSES.includes(status)) return false;
  return patchInterview(id, (interview) =>
    interview.status === status ? interview : { ...interview, status },
  );
}

/** Puts interview `id` away: off the agenda and the main list, still counted in your results. */
export function archiveInterview(id: string): boolean {
  return patchInterview(id, (interview) =>
    interview.archived ? interview : { ...interview, archived: true },
  );
}

/** Brings archived interview `id` back to the agenda and the main list. */
export function unarchiveInterview(id: string): boolean {
  return patchInterview(id, (interview) =>
    interview.archived ? { ...interview, archived: false } : interview,
  );
}

/**
 * Deletes interview `id` with its message drafts and returns everything `restoreInterview` needs to
 * put it back; null when there is no such interview.
 */
export function deleteInterview(id: string): DeletedInterview | null {
  const state = $state.get();
  const index = state.interviews.findIndex((entry) => entry.id === id);
  const interview = state.interviews[index];
  if (!interview) return null;
  const drafts = Object.fromEntries(
    Object.entries(state.drafts).filter(([key]) => key.startsWith(`${id}:`)),
  );
  removeInterview(id);
  return { interview, index, drafts, wasActive: state.activeId === id };
}

/**
 * Undoes `deleteInterview`: the interview returns to its place with its drafts, and is active again
 * if it was. Returns false when an interview with that id exists already (nothing is changed).
 */
export function restoreInterview(deleted: DeletedInterview): boolean {
  const { interview, index, drafts, wasActive } = deleted;
  if (findInterview(interview.id)) return false;
  commit((state) => {
    const interviews = [...state.interviews];
    interviews.splice(Math.max(0, Math.min(index, interviews.length)), 0, interview);
    return {
      ...state,
      activeId: wasActive || state.activeId === null ? interview.id : state.activeId,
      interviews,
      drafts: { ...state.drafts, ...drafts },
    };
  });
  return true;
}

/** Records the day they replied to interview `id` (`YYYY-MM-DD`), or clears it with ''. */
export function recordReply(id: string, repliedOn: string): DateResult {
  const interview = findInterview(id);
  if (!interview) return { ok: false, error: MISSING_INTERVIEW };
  const day = repliedOn.trim();
  if (day !== '' && !isCalendarDate(day)) return { ok: false, error: MESSAGES.repliedOnUnreal };
  if (day !== '' && day < interview.interviewDate) {
    return { ok: false, error: MESSAGES.replyBeforeInterview };
  }
  patchInterview(id, (entry) => (entry.repliedOn === day ? entry : { ...entry, repliedOn: day }));
  return { ok: true };
}

/** Records how useful their feedback was for interview `id`; '' means not recorded. */
export function setFeedback(id: string, feedback: Feedback): boolean {
  if (feedback !== '' && !FEEDBACK_LEVELS.includes(feedback)) return false;
  return patchInterview(id, (interview) =>
    interview.feedback === feedback ? interview : { ...interview, feedback },
  );
}

/** Corrects the day timeline step `stepId` of interview `id` was sent (it must be ticked done). */
export function setSentOn(id: string, stepId: string, sentOn: string): DateResult {
  const interview = findInterview(id);
  if (!interview) return { ok: false, error: MISSING_INTERVIEW };
  if (!Object.hasOwn(interview.done, stepId)) return { ok: false, error: MESSAGES.notSent };
  const day = sentOn.trim();
  if (!isCalendarDate(day)) return { ok: false, error: MESSAGES.sentOn };
  if (day < interview.interviewDate) return { ok: false, error: MESSAGES.sentBeforeInterview };
  patchInterview(id, (entry) =>
    entry.done[stepId] === day ? entry : { ...entry, done: { ...entry.done, [stepId]: day } },
  );
  return { ok: true };
}

/**
 * Ticks timeline step `stepId` of interview `interviewId` as done on `today` (`YYYY-MM-DD`), or
 * unticks it when it was done. Returns whether the step is done afterwards.
 */
export function toggleStepDone(interviewId: string, stepId: string, today: string): boolean {
  const interview = findInterview(interviewId);
  if (!interview) return false;
  const wasDone = Object.hasOwn(interview.done, stepId);
  if (!wasDone && !isCalendarDate(today)) return false;
  const done = { ...interview.done };
  if (wasDone) delete done[stepId];
  else done[stepId] = today;
  commit((state) =>
    replaceInterview(state, { ...interview, done, updatedAt: new Date().toISOString() }),
  );
  return !wasDone;
}
