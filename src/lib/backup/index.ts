export {
  BACKUP_FORMAT,
  BACKUP_MESSAGES,
  MAX_BACKUP_BYTES,
  backupFileName,
  createBackup,
  describeSummary,
  formatBytes,
  listWords,
  serializeBackup,
  summarizeState,
  type Backup,
  type BackupSummary,
} from './file';
export { describeMerge, mergeBackup, replaceWithBackup, type MergeOutcome } from './merge';
export { readBackup, type BackupProblem, type BackupReading } from './read';
