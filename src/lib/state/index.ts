export { createSafeStorage, isQuotaError, type SafeStorage, type StorageStatus } from './engine';
export { newId } from './ids';
export { STORAGE_NOTICE_MESSAGES, STORAGE_STATUS_MESSAGES } from './messages';
export {
  MIGRATIONS,
  migrate,
  type Migrated,
  type Migration,
  type MigrationContext,
  type StorageNotice,
} from './migrate';
export {
  CURRENT_VERSION,
  DEFAULT_STATE,
  DRAFT_KEY,
  DraftSchema,
  STORAGE_KEY,
  StoredStateSchema,
  YouSchema,
  defaultState,
  draftKey,
  type Draft,
  type DraftKey,
  type StoredState,
  type You,
} from './schema';
export {
  $activeInterview,
  $interviews,
  $state,
  $storageNotice,
  $storageStatus,
  $you,
  addInterview,
  dismissStorageNotice,
  eraseAll,
  getDraft,
  removeInterview,
  resetDraft,
  saveDraft,
  saveInterview,
  setActiveInterview,
  setYou,
  toggleStepDone,
  updateInterview,
  type DraftInput,
  type InterviewFormDraft,
} from './store';
