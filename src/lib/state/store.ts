import {
  persistentAtom,
  setPersistentEngine,
  windowPersistentEvents,
  type PersistentEvents,
} from '@nanostores/persistent';
import { atom, computed, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { Interview } from '../interview/index';
import { migrate, type StorageNotice } from './migrate';
import { UNREADABLE_KEY } from './keys';
import { DEFAULT_STATE, STORAGE_KEY, type StoredState } from './schema';
import { createSafeStorage, type StorageStatus } from './storage';

// Importing this module sets up the one persistent store of the page: it reads localStorage once,
// and listens for other tabs' changes.

const NO_EVENTS: PersistentEvents = { addEventListener() {}, removeEventListener() {} };

const IN_BROWSER = typeof window !== 'undefined';
const $status = atom<StorageStatus>('ok');
const $notice = atom<StorageNotice | null>(null);
const $unreadable = atom<string | null>(null);
const storage = createSafeStorage(
  () => globalThis.localStorage,
  // The server has no storage to warn about; it renders 'ok', as islands do until they mount.
  (status) => {
    if (IN_BROWSER) $status.set(status);
  },
);
let migratedOnLoad = false;

setPersistentEngine(storage.engine, IN_BROWSER ? windowPersistentEvents : NO_EVENTS);

const $stored: WritableAtom<StoredState> = persistentAtom<StoredState>(STORAGE_KEY, DEFAULT_STATE, {
  // Runs on load and on every change from another tab: stored data is never trusted as it is.
  decode(raw): StoredState {
    const { state, notice, migratedFrom } = migrate(raw);
    $notice.set(notice ?? null);
    // What could not be read is kept aside, exactly as found, before anything can overwrite it;
    // the first such copy stays until the person downloads or discards it.
    if (notice !== undefined && storage.engine[UNREADABLE_KEY] === undefined) {
      storage.persist(() => {
        storage.engine[UNREADABLE_KEY] = raw;
      });
    }
    $unreadable.set(storage.engine[UNREADABLE_KEY] ?? null);
    migratedOnLoad = migratedFrom !== undefined && notice === undefined;
    return state;
  },
  // The shared default means "nothing saved": the key is removed rather than written.
  encode: (state) => (state === DEFAULT_STATE ? undefined : JSON.stringify(state)),
});

// Older data is saved in the new shape at once, so ids made by a migration stay the same next time.
if (migratedOnLoad) storage.persist(() => $stored.set($stored.get()));

/** Everything saved in this browser, validated; read-only, change it through the actions. */
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
/** The stored text that could not be read, kept aside until discarded; null when there is none. */
export const $unreadableCopy: ReadableAtom<string | null> = $unreadable;

/** Forgets the copy of stored data that could not be read (after the person chose to). */
export function discardUnreadableCopy(): void {
  storage.persist(() => {
    delete storage.engine[UNREADABLE_KEY];
  });
  $unreadable.set(null);
}

/**
 * Applies a change made by the person and saves it; only these changes ever write to storage.
 * For the action modules of this folder (actions.ts, drafts.ts), not for pages.
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

/** The stored interview with this id, if any. */
export function findInterview(id: string): Interview | undefined {
  return $stored.get().interviews.find((entry) => entry.id === id);
}

/** Hides the notice about saved details that could not be used. */
export function dismissStorageNotice(): void {
  $notice.set(null);
}

/** Erases everything this site saved in this browser (in every open tab) and starts afresh. */
export function eraseAll(): void {
  storage.persist(() => $stored.set(DEFAULT_STATE));
  discardUnreadableCopy();
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
