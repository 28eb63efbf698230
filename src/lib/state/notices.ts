// The storage notices' words, apart from the other messages: only the template builder, the backup
// page and the notices loaded on demand elsewhere show them.
import type { StorageNotice } from './migrate';
import type { StorageStatus } from './storage';

/** What to tell you when saving does not work normally. */
export const STORAGE_STATUS_MESSAGES: Record<Exclude<StorageStatus, 'ok'>, string> = {
  memory:
    'Your browser is not letting this site save anything, so your details last only until you close this tab. Everything else works as usual.',
  full: "Your browser's storage for this site is full, so your latest changes last only until you close this tab. To save again, remove interviews you no longer need.",
};

/** What to tell you when saved details could not be used as they were. */
export const STORAGE_NOTICE_MESSAGES: Record<StorageNotice, string> = {
  corrupt:
    'Some of your saved details could not be read, so they were left out. A copy of them as they were is kept in this browser: download it to keep it, and enter again anything that is missing.',
  newer:
    'Your saved details come from a newer version of this site and cannot be read here; reload the page to get the newer version. A copy of them is kept in this browser, so nothing is lost if you change something here first.',
};

/** What to say about the copy of stored data that could not be read. */
export const UNREADABLE_COPY_MESSAGE =
  'This browser keeps a copy of saved details that could not be read. Download it to keep it safe, or discard it once you no longer need it.';

/** The file the copy downloads as. */
export const UNREADABLE_COPY_FILE = 'follow-up-unreadable-details.json';
