// Reading and restoring a backup (restore.ts) loads on demand: see lib/on-demand.ts.
export {
  BACKUP_FORMAT,
  BACKUP_MESSAGES,
  MAX_BACKUP_BYTES,
  backupFileName,
  createBackup,
  describeSummary,
  formatBytes,
  serializeBackup,
  summarizeState,
  type Backup,
  type BackupSummary,
} from './file';
