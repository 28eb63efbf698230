import type { StorageStatus } from './storage';
import type { StorageNotice } from './migrate';

/** What to tell you when saving does not work normally. */
export const STORAGE_STATUS_MESSAGES: Record<Exclude<StorageStatus, 'ok'>, string> = {
  memory:
    'Your browser is not letting this site save anything, so your details last only until you close this tab. Everything else works as usual.',
  full: "Your browser's storage for this site is full, so your latest changes last only until you close this tab. To save again, remove interviews you no longer need.",
};

/** What to tell you when saved details could not be used as they were. */
export const STORAGE_NOTICE_MESSAGES: Record<StorageNotice, string> = {
  corrupt:
    'Some of your saved details could not be read, so they were left out. Check your interviews and enter again anything that is missing.',
  newer:
    'Your saved details come from a newer version of this site and cannot be read here. They stay as they are until you change something on this page; reload the page to get the newer version.',
};
