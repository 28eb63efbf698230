import {
  persistentAtom,
  setPersistentEngine,
  windowPersistentEvents,
  type PersistentEvents,
} from '@nanostores/persistent';
import { atom, computed, type ReadableAtom } from 'nanostores';
import {
  FEEDBACK_LEVELS,
  INTERVIEW_STATUSES,
  MESSAGES,
  emptyInterview,
  isCalendarDate,
  localDate,
  validateInterview,
  type Feedback,
  type Interview,
  type InterviewDraft,
  type InterviewStatus,
  type InterviewValidation,
} from '../interview/index';
import { createSafeStorage, type StorageStatus } from './engine';
import { newId } from './ids';
import { migrate, type StorageNotice } from './migrate';
import {
  DEFAULT_STATE,
  DRAFT_KEY,
  STORAGE_KEY,
  type Draft,
  type DraftKey,
  type StoredState,
  type You,
} from './schema';

/** An interview as typed into the form; the id and time stamps are filled in on saving. */
export type InterviewFormDraft = Omit<InterviewDraft, 'id' | 'createdAt' | 'updatedAt'>;

/** The parts of a draft the builder saves; `updatedAt` is set on saving. */
export type DraftInput = Omit<Draft, 'updatedAt'>;

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

// What happened after the interview is recorded on the interviews page, not in the form; saving the
// form keeps it.
const RECORD_FIELDS = ['status', 'archived', 'repliedOn', 'feedback'] as const;

const MISSING_INTERVIEW =
  'This interview no longer exists — it may have been removed in another tab. Reload the page.';

const NO_EVENTS: PersistentEvents = { addEventListener() {}, removeEventListener() {} };

const IN_BROWSER = typeof window !== 'undefined';
const $status = atom<StorageStatus>('ok');
const $notice = atom<StorageNotice | null>(null);
const storage = createSafeStorage(
  () => globalThis.localStorage,
  // The server has no storage to warn about; it renders 'ok', as islands do until they mount.
  (status) => {
    if (IN_BROWSER) $status.set(status);
  },
);
let migratedOnLoad = false;

setPersistentEngine(storage.engine, IN_BROWSER ? windowPersistentEvents : NO_EVENTS);

const $stored = persistentAtom<StoredState>(STORAGE_KEY, DEFAULT_STATE, {
  // Runs on load and on every change from another tab: stored data is never trusted as it is.
  decode(raw) {
    const { state, notice, migratedFrom } = migrate(raw);
    $notice.set(notice ?? null);
    migratedOnLoad = migratedFrom !== undefined && notice === undefined;
    return state;
  },
  // The shared default means "nothing saved": the key is removed rather than written.
  encode: (state) => (state === DEFAULT_STATE ? undefined : JSON.stringify(state)),
});

// Older data is saved in the new shape at once, so ids made by a migration stay the same next time.
if (migratedOnLoad) storage.persist(() => $stored.set($stored.get()));

/** Everything saved in this browser, validated; read-only, change it through the actions below. */
export const $state: ReadableAtom<StoredState> = $stored;
/** Every interview you entered. */
export const $interviews = computed($stored, (state) => state.interviews);
/** The interview the timeline and the builder show, or null when there is none. */
export const $activeInterview = computed(
  $stored,
  (state) => state.interviews.find(({ id }) => id === state.activeId) ?? null,
);
/** Your own details. */
export const $you = computed($stored, (state) => state.you);
/** Whether saving works: `ok`, `memory` (the browser gives no storage) or `full` (a save failed). */
export const $storageStatus: ReadableAtom<StorageStatus> = $status;
/** Set when saved details could not be used as they were: `corrupt` or `newer`; null otherwise. */
export const $storageNotice: ReadableAtom<StorageNotice | null> = $notice;

/** Applies a change made by the person and saves it; only these changes ever write to storage. */
function commit(change: (state: StoredState) => StoredState): void {
  const current = $stored.get();
  const next = change(current);
  if (next === current) return;
  storage.persist(() => $stored.set(next));
  // The newer data this notice protected has now been replaced, so the notice no longer holds.
  if ($notice.get() === 'newer') $notice.set(null);
}

/** Replaces one interview by id. */
function replaceInterview(state: StoredState, interview: Interview): StoredState {
  return {
    ...state,
    interviews: state.interviews.map((entry) => (entry.id === interview.id ? interview : entry)),
  };
}

/** The stored interview with this id, if any. */
function findInterview(id: string): Interview | undefined {
  return $stored.get().interviews.find((entry) => entry.id === id);
}

/**
 * Adds an interview (today's date and empty fields, overlaid with `draft`), makes it active and
 * returns its id. Pass only values that are already checked: details a person typed go through
 * `saveInterview`, which returns messages instead of throwing.
 */
export function addInterview(draft: Partial<InterviewFormDraft> = {}): string {
  const id = newId();
  const base = emptyInterview(id, localDate());
  const result = validateInterview({
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

/**
 * Checks the form and saves it as interview `id` (adding it, and making it active, when it is new).
 * On errors nothing is saved and `draft` is left exactly as typed.
 */
export function saveInterview(id: string, draft: InterviewFormDraft): InterviewValidation {
  const existing = findInterview(id);
  const stamp = new Date().toISOString();
  const kept: Partial<InterviewDraft> = {};
  for (const field of RECORD_FIELDS) {
    if (existing && draft[field] === undefined) Object.assign(kept, { [field]: existing[field] });
  }
  const result = validateInterview({
    ...kept,
    ...draft,
    id,
    createdAt: existing?.createdAt ?? stamp,
    updatedAt: stamp,
  });
  if (!result.ok) return result;
  const { interview } = result;
  commit((state) =>
    state.interviews.some((entry) => entry.id === id)
      ? replaceInterview(state, interview)
      : { ...state, activeId: id, interviews: [...state.interviews, interview] },
  );
  return result;
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
  return true;
}

/** Makes interview `id` the one the timeline and builder show; returns whether it exists. */
export function setActiveInterview(id: string): boolean {
  if (!findInterview(id)) return false;
  commit((state) => (state.activeId === id ? state : { ...state, activeId: id }));
  return true;
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
  const state = $stored.get();
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

/** Changes some of your own details; text is kept exactly as typed. */
export function setYou(patch: Partial<You>): void {
  commit((state) => {
    const you = { ...state.you };
    for (const key of ['name', 'email', 'phone'] as const) {
      const value = patch[key];
      if (typeof value === 'string') you[key] = value;
    }
    return { ...state, you };
  });
}

/** Saves a message draft under `key` (see `draftKey`); returns false when the key is malformed. */
export function saveDraft(key: DraftKey, draft: DraftInput): boolean {
  if (!DRAFT_KEY.test(key)) return false;
  const saved: Draft = {
    subject: draft.subject,
    body: draft.body,
    fields: { ...draft.fields },
    updatedAt: new Date().toISOString(),
  };
  commit((state) => ({ ...state, drafts: { ...state.drafts, [key]: saved } }));
  return true;
}

/** Forgets the draft under `key`, so the builder starts again from the template. */
export function resetDraft(key: DraftKey): void {
  if (!Object.hasOwn($stored.get().drafts, key)) return;
  commit((state) => {
    const drafts = { ...state.drafts };
    delete drafts[key];
    return { ...state, drafts };
  });
}

/** The saved draft under `key`, if there is one. */
export function getDraft(key: DraftKey): Draft | undefined {
  const { drafts } = $stored.get();
  return Object.hasOwn(drafts, key) ? drafts[key] : undefined;
}

/** Hides the notice about saved details that could not be used. */
export function dismissStorageNotice(): void {
  $notice.set(null);
}

/** Erases everything this site saved in this browser (in every open tab) and starts afresh. */
export function eraseAll(): void {
  storage.persist(() => $stored.set(DEFAULT_STATE));
  $notice.set(null);
}

/**
 * Replaces everything saved with `next` (a restored or merged backup) and makes it current, in
 * every open tab. Takes only state that already validates; anything else throws and saves nothing.
 */
export function replaceState(next: StoredState): void {
  // The same check as stored data gets on every read, so nothing unchecked is ever written.
  const { state, notice, migratedFrom } = migrate(next);
  if (notice !== undefined || migratedFrom !== undefined) {
    throw new TypeError(
      'replaceState() was given details that do not validate — read backups with readBackup() first.',
    );
  }
  // Through commit, like every change: it also drops the 'newer' notice, whose data is now replaced.
  commit(() => state);
}
