export {
  addInterview,
  deleteInterview,
  linkNextRound,
  recordReply,
  removeInterview,
  restoreInterview,
  saveInterview,
  setActiveInterview,
  setArchived,
  setFeedback,
  setSentOn,
  setStatus,
  toggleStepDone,
  type DateResult,
  type DeletedInterview,
} from './actions';
export { getDraft, noteBackup, resetDraft, saveDraft, setYou, type DraftInput } from './drafts';
export { newId } from './ids';
export { BACKUP_REMINDER, LEAVE_WARNING, OTHER_TAB_MESSAGES } from './messages';
export {
  STORAGE_NOTICE_MESSAGES,
  STORAGE_STATUS_MESSAGES,
  UNREADABLE_COPY_FILE,
  UNREADABLE_COPY_MESSAGE,
} from './notices';
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
  $activeId,
  $activeInterview,
  $tabInterviewId,
  chooseInTab,
  erasureCount,
  $interviews,
  $state,
  $storageNotice,
  $storageStatus,
  $unreadableCopy,
  $you,
  discardUnreadableCopy,
  dismissStorageNotice,
  replaceState,
} from './store';
export {
  $formDrafts,
  dropFormDraft,
  eraseAll,
  keepFormDraft,
  keptForm,
  type FormDrafts,
} from './form-drafts';
export { createSafeStorage, isQuotaError, type SafeStorage, type StorageStatus } from './storage';
export { addMyWord, isKeepableWord, readMyWords } from './words';
