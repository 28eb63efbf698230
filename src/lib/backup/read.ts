import { migrate, type MigrationContext } from '../state/migrate';
import { CURRENT_VERSION, type StoredState } from '../state/schema';
import { BACKUP_FORMAT, BACKUP_MESSAGES, MAX_BACKUP_BYTES } from './file';

/** Why a file was refused. */
export type BackupProblem = 'too-large' | 'empty' | 'not-json' | 'foreign' | 'newer' | 'invalid';

/** What reading a backup file gave: its data, checked and migrated, or why it was refused. */
export type BackupReading =
  | {
      ok: true;
      /** The saved state the file holds, valid for this version of the site. */
      state: StoredState;
      /** When the backup was made, if the file says so. */
      exportedAt?: string;
      /** The version the data was migrated from, when the backup is older than this site. */
      migratedFrom?: number;
    }
  | {
      ok: false;
      /** What is wrong. */
      problem: BackupProblem;
      /** The problem and what to do, for the person. */
      message: string;
    };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const refuse = (problem: BackupProblem, message: string): BackupReading => ({
  ok: false,
  problem,
  message,
});

/**
 * Reads the text of a backup file. Refuses anything that is not JSON, not our format, from a newer
 * version, or with any part that fails validation; older backups go through the same migrations as
 * stored data. Never throws.
 */
export function readBackup(text: string, context?: MigrationContext): BackupReading {
  // Characters, not bytes, but a file this long is too large in any encoding.
  if (text.length > MAX_BACKUP_BYTES) {
    return refuse('too-large', BACKUP_MESSAGES.tooLarge(text.length));
  }
  if (text.trim() === '') return refuse('empty', BACKUP_MESSAGES.empty);
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return refuse('not-json', BACKUP_MESSAGES.notJson);
  }
  if (!isRecord(file) || file['format'] !== BACKUP_FORMAT) {
    return refuse('foreign', BACKUP_MESSAGES.foreign);
  }
  const { version, data, exportedAt } = file;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return refuse('invalid', BACKUP_MESSAGES.invalid);
  }
  if (version > CURRENT_VERSION) {
    return refuse('newer', BACKUP_MESSAGES.newer(version, CURRENT_VERSION));
  }
  // The label and the data must agree, or one of them was edited.
  if (!isRecord(data) || data['version'] !== version) {
    return refuse('invalid', BACKUP_MESSAGES.invalid);
  }
  const migrated = migrate(data, context);
  if (migrated.notice === 'newer') {
    return refuse('newer', BACKUP_MESSAGES.newer(version, CURRENT_VERSION));
  }
  // Stored data is salvaged in part; a backup is all or nothing, so nothing is lost unnoticed.
  if (migrated.notice !== undefined) return refuse('invalid', BACKUP_MESSAGES.invalid);
  return {
    ok: true,
    state: migrated.state,
    ...(typeof exportedAt === 'string' && !Number.isNaN(Date.parse(exportedAt))
      ? { exportedAt }
      : {}),
    ...(migrated.migratedFrom !== undefined ? { migratedFrom: migrated.migratedFrom } : {}),
  };
}
