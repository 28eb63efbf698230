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
