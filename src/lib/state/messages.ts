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
    'Some of your saved details could not be read, so they were left out. A copy of them as they were is kept in this browser: download it to keep it, and enter again anything that is missing.',
  newer:
    'Your saved details come from a newer version of this site and cannot be read here; reload the page to get the newer version. A copy of them is kept in this browser, so nothing is lost if you change something here first.',
};

/** What to say about the copy of stored data that could not be read. */
export const UNREADABLE_COPY_MESSAGE =
  'This browser keeps a copy of saved details that could not be read. Download it to keep it safe, or discard it once you no longer need it.';

/** The file the copy downloads as. */
export const UNREADABLE_COPY_FILE = 'follow-up-unreadable-details.json';

/** What a tab says when the interview it showed went away in another tab. */
export const OTHER_TAB_MESSAGES = {
  deleted:
    'The interview shown here was deleted in another tab, so this form now starts a new one.',
  erased: 'Everything saved was erased in another tab, so this form now starts afresh.',
} as const;

/** What the page says when leaving it would lose what was typed (browsers show their own words). */
export const LEAVE_WARNING = 'Some of what you typed is not saved yet. Leave anyway?';

/** The reminder to save a backup when nothing is due for a few days (see `backupReminder`). */
export const BACKUP_REMINDER = {
  quiet: (day: string) =>
    `Nothing is due until ${day}. Some browsers clear a site’s saved data after days without a visit, so `,
  backUp: 'save a backup file',
  calendar: ', and put your steps in your calendar so they remind you either way.',
} as const;
