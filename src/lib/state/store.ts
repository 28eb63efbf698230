import {
  persistentAtom,
  setPersistentEngine,
  windowPersistentEvents,
  type PersistentEvents,
} from '@nanostores/persistent';
import { atom, computed, onNotify, type ReadableAtom, type WritableAtom } from 'nanostores';
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
/** The one safe storage of the page: every store saves through it. */
export const storage = createSafeStorage(
  () => globalThis.localStorage,
  // The server has no storage to warn about; it renders 'ok', as islands do until they mount.
  (status) => {
    if (IN_BROWSER) $status.set(status);
  },
);
let migratedOnLoad = false;
// The stored text this tab last read or wrote, to tell when another tab has written since.
let lastRaw: string | undefined;

setPersistentEngine(storage.engine, IN_BROWSER ? windowPersistentEvents : NO_EVENTS);

const $stored: WritableAtom<StoredState> = persistentAtom<StoredState>(STORAGE_KEY, DEFAULT_STATE, {
  // Runs on load and on every change from another tab: stored data is never trusted as it is.
  decode(raw): StoredState {
    lastRaw = raw;
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
  encode: (state) => {
    lastRaw = state === DEFAULT_STATE ? undefined : JSON.stringify(state);
    return lastRaw;
  },
});

// Older data is saved in the new shape at once, so ids made by a migration stay the same next time.
if (migratedOnLoad) storage.persist(() => $stored.set($stored.get()));

/** Everything saved in this browser, validated; read-only, change it through the actions. */
export const $state: ReadableAtom<StoredState> = $stored;
/** Every interview you entered. */
export const $interviews = computed($stored, (state) => state.interviews);
// Each tab shows its own interview: choosing one in a tab changes what that tab shows, and only
// sets the one a new tab starts with; another tab's choice never switches the form being typed in.
const TAB_KEY = 'follow-up:tab';

/** This tab's own choice, kept for a reload; null when the tab has made none. */
function readTabChoice(): string | null {
  try {
    return globalThis.sessionStorage?.getItem(TAB_KEY) ?? null;
  } catch {
    return null;
  }
}

const $tabChoice = atom<string | null>(IN_BROWSER ? readTabChoice() : null);

/** Remembers `id` as this tab's interview (also one not saved yet), for as long as the tab is open. */
export function chooseInTab(id: string): void {
  $tabChoice.set(id);
  try {
    globalThis.sessionStorage?.setItem(TAB_KEY, id);
  } catch {
    // Without session storage the choice lasts until the page is reloaded, which is enough.
  }
}

/** The interview this tab chose, which may not be saved yet; null when it chose none. */
export const $tabInterviewId: ReadableAtom<string | null> = $tabChoice;

/**
 * The id of the interview this tab shows: its own choice while that interview exists, else the
 * one last chosen in any tab (or the first); null when there is none.
 */
export const $activeId = computed([$stored, $tabChoice], (state, own) =>
  own !== null && state.interviews.some(({ id }) => id === own) ? own : state.activeId,
);

/** The interview the timeline and the builder show, or null when there is none. */
export const $activeInterview = computed(
  [$stored, $activeId],
  (state, activeId) => state.interviews.find(({ id }) => id === activeId) ?? null,
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
  const current = latest();
  const next = change(current);
  if (next === current) return;
  storage.persist(() => $stored.set(next));
  if (storage.status === 'ok') askToKeep();
  // The newer data this notice protected has now been replaced, so the notice no longer holds.
  if ($notice.get() === 'newer') $notice.set(null);
}

/**
 * What is stored now: another tab may have saved a moment ago, before its storage event reached
 * this one, so a change is applied to that rather than to this tab's older copy.
 */
function latest(): StoredState {
  const known = $stored.get();
  const raw = storage.engine[STORAGE_KEY];
  if (raw === lastRaw) return known;
  // Erased in another tab: a change made here starts afresh rather than bringing it all back.
  if (raw === undefined) return DEFAULT_STATE;
  const { state, notice } = migrate(raw);
  // Damaged data is left to the notice and the copy kept aside when its event arrives.
  return notice === undefined ? state : known;
}

let erasures = 0;
// Erasing here or in another tab brings back the shared default, which nothing else sets.
// (Watched without listening: a listener would keep the store mounted from the first import.)
onNotify($stored, ({ oldValue }) => {
  if ($stored.value === DEFAULT_STATE && oldValue !== DEFAULT_STATE) erasures += 1;
});

/** How many times everything saved was erased while this page was open, here or in another tab. */
export function erasureCount(): number {
  return erasures;
}

let askedToKeep = false;

/**
 * Asks the browser, once per page, to keep the site's data until the person removes it: some
 * browsers otherwise clear it after days without a visit, sooner than a follow-up timeline ends.
 */
function askToKeep(): void {
  if (askedToKeep || !IN_BROWSER) return;
  askedToKeep = true;
  const manager = globalThis.navigator?.storage;
  if (typeof manager?.persist !== 'function') return;
  void manager
    .persisted()
    .then((kept) => (kept ? kept : manager.persist()))
    .catch(() => false);
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

/** Erases the saved interviews, drafts and details about you (see `eraseAll` for everything). */
export function eraseStored(): void {
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
