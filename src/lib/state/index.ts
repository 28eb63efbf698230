export { createSafeStorage, isQuotaError, type SafeStorage, type StorageStatus } from './engine';
export { newId } from './ids';
export { loadChecks, loadedChecks, requireChecks, type Checks } from './load-checks';
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
  addInterview,
  archiveInterview,
  deleteInterview,
  recordReply,
  restoreInterview,
  setFeedback,
  setSentOn,
  setStatus,
  toggleStepDone,
  unarchiveInterview,
  updateInterview,
  type DateResult,
  type DeletedInterview,
} from './record';
export { getDraft, resetDraft, saveDraft, setYou, type DraftInput } from './drafts';
export {
  $activeInterview,
  $interviews,
  $state,
  $storageNotice,
  $storageStatus,
  $you,
  dismissStorageNotice,
  eraseAll,
  removeInterview,
  replaceState,
  saveInterview,
  setActiveInterview,
  type InterviewFormDraft,
} from './store';
