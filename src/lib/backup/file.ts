// Writing a backup file, and describing what a backup or this browser holds.
import type { StoredState } from '../state/index';
import { listOf, plural } from '../text';

/** The `format` label every backup file carries, so a foreign JSON file is told apart. */
export const BACKUP_FORMAT = 'follow-up-backup';

/** The largest file accepted for import; a real backup is a few kilobytes. */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

/** A backup file: everything this site saved in one browser, with a label and a version. */
export interface Backup {
  /** Always `follow-up-backup`. */
  format: typeof BACKUP_FORMAT;
  /** The schema version of `data`, so a later version of the site can migrate it. */
  version: number;
  /** When the backup was made, an ISO 8601 timestamp. */
  exportedAt: string;
  /** Everything saved, exactly as the site stores it. */
  data: StoredState;
}

/** What a backup (or the browser) holds, in numbers, for the question "replace or merge?". */
export interface BackupSummary {
  /** How many interviews. */
  interviews: number;
  /** How many saved message drafts. */
  drafts: number;
  /** Which of your own details are filled in: `name`, `email`, `phone`. */
  you: string[];
}

/** Wraps the saved state in the backup format, stamped `now`. */
export function createBackup(state: StoredState, now: Date = new Date()): Backup {
  return {
    format: BACKUP_FORMAT,
    version: state.version,
    exportedAt: now.toISOString(),
    data: state,
  };
}

/** The backup as the text of its file: indented JSON, so a person can read it too. */
export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** `follow-up-backup-YYYY-MM-DD.json`, with the local calendar date of `now`. */
export function backupFileName(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${BACKUP_FORMAT}-${String(now.getFullYear()).padStart(4, '0')}-${month}-${day}.json`;
}

/** Counts what a state holds. */
export function summarizeState(state: StoredState): BackupSummary {
  return {
    interviews: state.interviews.length,
    drafts: Object.keys(state.drafts).length,
    you: (['name', 'email', 'phone'] as const).filter((key) => state.you[key].trim() !== ''),
  };
}

/** "2 interviews, 3 message drafts, and your details (name, email)". */
export function describeSummary(summary: BackupSummary): string {
  return listOf([
    plural(summary.interviews, 'interview'),
    plural(summary.drafts, 'message draft'),
    summary.you.length > 0 ? `your details (${summary.you.join(', ')})` : 'none of your details',
  ]);
}

/** How many bytes, in words: "312 KB", "7.5 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why a file cannot be imported; each says what is wrong and what to do, and that nothing changed. */
export const BACKUP_MESSAGES = {
  tooLarge: (bytes: number) =>
    `This file is ${formatBytes(bytes)}, larger than any Follow-up backup can be (the limit is ${formatBytes(MAX_BACKUP_BYTES)}). Choose the .json file that “Export everything” saved. Nothing here was changed.`,
  empty:
    'This file is empty. Choose the .json file that “Export everything” saved. Nothing here was changed.',
  unreadable:
    'This file could not be read. Check that it is still on your device, then choose it again. Nothing here was changed.',
  notJson:
    'This file is not a Follow-up backup: it is not JSON, or it was cut short or changed. Choose the backup exactly as “Export everything” saved it, or export a new one. Nothing here was changed.',
  foreign:
    'This file is not a Follow-up backup: it does not carry the “follow-up-backup” label. Choose a file saved with “Export everything” — its name starts with follow-up-backup. Nothing here was changed.',
  newer: (version: number, known: number) =>
    `This backup comes from a newer version of Follow-up (data version ${version}; this page reads up to version ${known}). Reload this page to get the newest version of the site, then import the file again. Nothing here was changed.`,
  invalid:
    'This backup is damaged: some of its details do not pass the checks, so none of it was imported. Choose another backup, or export a new one from the browser that holds your details. Nothing here was changed.',
} as const;
