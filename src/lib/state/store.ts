import {
  persistentAtom,
  setPersistentEngine,
  windowPersistentEvents,
  type PersistentEvents,
} from '@nanostores/persistent';
import { atom, computed, type ReadableAtom, type WritableAtom } from 'nanostores';
// Nothing here imports the validation library: it loads only when there is something to check.
import type { Interview, InterviewDraft } from '../interview/schema';
import type { InterviewValidation } from '../interview/validate';
import { DEFAULT_STATE, STORAGE_KEY } from './defaults';
import { createSafeStorage, type StorageStatus } from './engine';
import { loadChecks, loadedChecks, requireChecks, type Checks } from './load-checks';

export { loadChecks } from './load-checks';
import type { StorageNotice } from './migrate';
import type { StoredState } from './schema';

/** An interview as typed into the form; the id and time stamps are filled in on saving. */
export type InterviewFormDraft = Omit<InterviewDraft, 'id' | 'createdAt' | 'updatedAt'>;

// What happened after the interview is recorded on the interviews page, not in the form; saving the
// form keeps it.
const RECORD_FIELDS = ['status', 'archived', 'repliedOn', 'feedback'] as const;

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
// False until $stored exists: a decode before then has no current state to fall back on.
let created = false;

setPersistentEngine(storage.engine, IN_BROWSER ? windowPersistentEvents : NO_EVENTS);

// Saved details are validated before anything reads them, so when there are any, the checks load
// first (module scripts wait for this). A first visit, with nothing saved, never loads them here.
// The checks must never import this module, nor share a bundled file with it: they would wait for
// each other for ever (see the client chunk groups in astro.config.mjs).
if (IN_BROWSER && STORAGE_KEY in storage.engine) await loadChecks();

/** Stored text → validated state, noting what the page should say about it. */
function decodeWith(checks: Checks, raw: string): StoredState {
  const { state, notice, migratedFrom } = checks.migrate(raw);
  $notice.set(notice ?? null);
  migratedOnLoad = migratedFrom !== undefined && notice === undefined;
  return state;
}

/** Reads storage again now that the checks have loaded; never writes. */
function reread(): void {
  const raw = storage.engine[STORAGE_KEY];
  $stored.set(raw === undefined ? DEFAULT_STATE : decodeWith(requireChecks(), raw));
}

const $stored: WritableAtom<StoredState> = persistentAtom<StoredState>(STORAGE_KEY, DEFAULT_STATE, {
  // Runs on load and on every change from another tab: stored data is never trusted as it is.
  decode(raw): StoredState {
    const checks = loadedChecks();
    if (checks) return decodeWith(checks, raw);
    // Another tab saved details while this one had nothing to check: keep what this page shows
    // until the checks arrive, then read them.
    loadChecks().then(reread, () => {});
    return created ? $stored.get() : DEFAULT_STATE;
  },
  // The shared default means "nothing saved": the key is removed rather than written.
  encode: (state) => (state === DEFAULT_STATE ? undefined : JSON.stringify(state)),
});
created = true;

// Older data is saved in the new shape at once, so ids made by a migration stay the same next time.
if (migratedOnLoad) storage.persist(() => $stored.set($stored.get()));

/** Everything saved in this browser, validated; read-only, change it through the actions below. */
export const $state: ReadableAtom<StoredState> = $stored;
/** Every interview you entered. */
export const $interviews = /* @__PURE__ */ computed($stored, (state) => state.interviews);
/** The interview the timeline and the builder show, or null when there is none. */
export const $activeInterview = /* @__PURE__ */ computed(
  $stored,
  (state) => state.interviews.find(({ id }) => id === state.activeId) ?? null,
);
/** Your own details. */
export const $you = /* @__PURE__ */ computed($stored, (state) => state.you);
/** Whether saving works: `ok`, `memory` (the browser gives no storage) or `full` (a save failed). */
export const $storageStatus: ReadableAtom<StorageStatus> = $status;
/** Set when saved details could not be used as they were: `corrupt` or `newer`; null otherwise. */
export const $storageNotice: ReadableAtom<StorageNotice | null> = $notice;

/**
 * Applies a change made by the person and saves it; only these changes ever write to storage.
 * For the action modules of this folder (record.ts, drafts.ts), not for pages.
 */
export function commit(change: (state: StoredState) => StoredState): void {
  const current = $stored.get();
  const next = change(current);
  if (next === current) return;
  storage.persist(() => $stored.set(next));
  // The newer data this notice protected has now been replaced, so the notice no longer holds.
  if ($notice.get() === 'newer') $notice.set(null);
}

/** Replaces one interview by id (for the action modules). */
export function replaceInterview(state: StoredState, interview: Interview): StoredState {
  return {
    ...state,
    interviews: state.interviews.map((entry) => (entry.id === interview.id ? interview : entry)),
  };
}

/** The stored interview with this id, if any (for the action modules). */
export function findInterview(id: string): Interview | undefined {
  return $stored.get().interviews.find((entry) => entry.id === id);
}

/**
 * Checks the form and saves it as interview `id` (adding it, and making it active, when it is new).
 * On errors nothing is saved and `draft` is left exactly as typed. Needs `loadChecks()` to have
 * finished (it has whenever anything is saved).
 */
export function saveInterview(id: string, draft: InterviewFormDraft): InterviewValidation {
  const existing = findInterview(id);
  const stamp = new Date().toISOString();
  const kept: Partial<InterviewDraft> = {};
  for (const field of RECORD_FIELDS) {
    if (existing && draft[field] === undefined) Object.assign(kept, { [field]: existing[field] });
  }
  const result = requireChecks().validateInterview({
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
 * Needs `loadChecks()` to have finished.
 */
export function replaceState(next: StoredState): void {
  // The same check as stored data gets on every read, so nothing unchecked is ever written.
  const { state, notice, migratedFrom } = requireChecks().migrate(next);
  if (notice !== undefined || migratedFrom !== undefined) {
    throw new TypeError(
      'replaceState() was given details that do not validate — read backups with readBackup() first.',
    );
  }
  // Through commit, like every change: it also drops the 'newer' notice, whose data is now replaced.
  commit(() => state);
}
