// The named changes a page can make to the interviews. Each checks what it is given and saves
// through `commit`.
import { isCalendarDate, todayISO } from '../dates/index';
import {
  FEEDBACK_LEVELS,
  INTERVIEW_STATUSES,
  RECORD_MESSAGES as M,
  DETAIL_FIELDS,
  emptyInterview,
  validateDetails,
  type FormDraft,
  type Feedback,
  type Interview,
  type InterviewDetails,
  type InterviewDetailsInput,
  type InterviewStatus,
} from '../interview/index';
import { newId } from './ids';
import type { Draft } from './schema';
import { dropFormDraft, keepFormDraft, keptForm } from './form-drafts';
import { $state, chooseInTab, commit, findInterview, replaceInterview } from './store';

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
  /** Its form as typed, when changes to it could not be saved yet. */
  form?: FormDraft;
}

/** The outcome of an action that takes a date: saved, or why not and what to do. */
export type DateResult = { ok: true } | { ok: false; error: string };

/**
 * Saves checked `details` (from `checkForm` or `validateDetails`) as interview `id`, adding it and
 * making it active when it is new; what the record keeps (ticks, status, reply) stays as it was.
 * With `base`, the interview as the caller last saw it, only the fields changed since are
 * written: a field another tab changed in the meantime keeps that tab's value.
 * Returns the interview as saved.
 */
export function saveInterview(id: string, details: InterviewDetails, base?: Interview): Interview {
  const now = new Date();
  let saved: Interview | undefined;
  let added = false;
  commit((state) => {
    const existing = state.interviews.find((entry) => entry.id === id);
    const { done, status, archived, repliedOn, feedback, nextRound, createdAt } =
      existing ?? emptyInterview(id, details.interviewDate, now);
    const merged: Record<string, unknown> = { ...details };
    if (existing && base && existing !== base) {
      for (const field of DETAIL_FIELDS) {
        if (JSON.stringify(details[field]) !== JSON.stringify(base[field])) continue;
        if (existing[field] === undefined) delete merged[field];
        else merged[field] = existing[field];
      }
    }
    // Merged fields each come from checked details, but together they must still hold.
    const checked = validateDetails(merged);
    const interview: Interview = {
      ...(checked.ok ? checked.details : details),
      id,
      done,
      status,
      archived,
      ...(repliedOn === undefined ? {} : { repliedOn }),
      ...(feedback === undefined ? {} : { feedback }),
      ...(nextRound === undefined ? {} : { nextRound }),
      createdAt,
      updatedAt: now.toISOString(),
    };
    saved = interview;
    added = existing === undefined;
    return existing
      ? replaceInterview(state, interview)
      : { ...state, activeId: id, interviews: [...state.interviews, interview] };
  });
  // A new interview is the one this tab shows from now on.
  if (added) chooseInTab(id);
  return saved as Interview;
}

/**
 * Adds an interview (today's date and empty fields, overlaid with `details`), makes it active and
 * returns its id. Throws when `details` do not validate: details a person typed go through
 * `checkForm` first, which words what is wrong.
 */
export function addInterview(details: Partial<InterviewDetailsInput> = {}): string {
  const result = validateDetails({ interviewDate: todayISO(), ...details });
  if (!result.ok) {
    throw new TypeError(
      `addInterview() was given details that do not validate — ${Object.values(result.errors).join(' ')}`,
    );
  }
  const id = newId();
  saveInterview(id, result.details);
  return id;
}

/** Removes interview `id` and its message drafts; returns whether it existed. */
export function removeInterview(id: string): boolean {
  if (!findInterview(id)) return false;
  commit((state) => {
    const interviews = state.interviews.filter((entry) => entry.id !== id);
    const drafts = Object.fromEntries(
      Object.entries(state.drafts).filter(([key]) => !key.startsWith(`${id}:`)),
    );
    const activeId = state.activeId === id ? (interviews[0]?.id ?? null) : state.activeId;
    return { ...state, activeId, interviews, drafts };
  });
  dropFormDraft(id);
  return true;
}

/** Makes interview `id` the one the timeline and builder show; returns whether it exists. */
export function setActiveInterview(id: string): boolean {
  if (!findInterview(id)) return false;
  chooseInTab(id);
  commit((state) => (state.activeId === id ? state : { ...state, activeId: id }));
  return true;
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

/** Makes `next` (a form not saved yet, or a saved interview) the round after interview `id`. */
export function linkNextRound(id: string, next: string): boolean {
  return patchInterview(id, (interview) =>
    interview.nextRound === next ? interview : { ...interview, nextRound: next },
  );
}

/** Puts interview `id` away (`archived`) or brings it back: off the agenda, still in your results. */
export function setArchived(id: string, archived: boolean): boolean {
  return patchInterview(id, (interview) =>
    interview.archived === archived ? interview : { ...interview, archived },
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
  const form = keptForm(id);
  removeInterview(id);
  return { interview, index, drafts, wasActive: state.activeId === id, ...(form && { form }) };
}

/**
 * Undoes `deleteInterview`: the interview returns to its place with its drafts, and is active again
 * if it was. Returns false when an interview with that id exists already (nothing is changed).
 */
export function restoreInterview(deleted: DeletedInterview): boolean {
  const { interview, index, drafts, wasActive, form } = deleted;
  if (findInterview(interview.id)) return false;
  if (form) keepFormDraft(interview.id, form);
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
  if (!interview) return { ok: false, error: M.missingInterview };
  const day = repliedOn.trim();
  if (day !== '' && !isCalendarDate(day)) return { ok: false, error: M.repliedOn.unreal() };
  if (day !== '' && day < interview.interviewDate) {
    return { ok: false, error: M.replyBeforeInterview };
  }
  patchInterview(id, (entry) => {
    if ((entry.repliedOn ?? '') === day) return entry;
    const { repliedOn: before, ...rest } = entry;
    return day === '' ? rest : { ...rest, repliedOn: day };
  });
  return { ok: true };
}

/** Records how useful their feedback was for interview `id`; undefined clears the rating. */
export function setFeedback(id: string, feedback: Feedback | undefined): boolean {
  if (feedback !== undefined && !FEEDBACK_LEVELS.includes(feedback)) return false;
  return patchInterview(id, (interview) => {
    if (interview.feedback === feedback) return interview;
    const { feedback: before, ...rest } = interview;
    return feedback === undefined ? rest : { ...rest, feedback };
  });
}

/** Corrects the day timeline step `stepId` of interview `id` was sent (it must be ticked done). */
export function setSentOn(id: string, stepId: string, sentOn: string): DateResult {
  const interview = findInterview(id);
  if (!interview) return { ok: false, error: M.missingInterview };
  if (!Object.hasOwn(interview.done, stepId)) return { ok: false, error: M.notSent };
  const day = sentOn.trim();
  if (!isCalendarDate(day)) return { ok: false, error: M.sentOn };
  if (day < interview.interviewDate) return { ok: false, error: M.sentBeforeInterview };
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
  patchInterview(interviewId, (entry) => ({ ...entry, done }));
  return !wasDone;
}
