// What the template builder loads once it has something to read or save: the store's parts it
// uses, saved drafts, the etiquette checker and the one-message-per-interviewer view. With details
// saved in this browser it loads as the page starts; on a first visit, once the builder is used.
export { draftToSave, readDraft } from '../../lib/builder/drafts';
export { duplicateWarning } from '../../lib/builder/duplicates';
export { interviewLabel, interviewValues } from '../../lib/builder/interview-values';
export { draftKey } from '../../lib/state/defaults';
export { getDraft, resetDraft, saveDraft, setYou } from '../../lib/state/drafts';
export { STORAGE_NOTICE_MESSAGES, STORAGE_STATUS_MESSAGES } from '../../lib/state/messages';
export {
  $state,
  $storageNotice,
  $storageStatus,
  dismissStorageNotice,
} from '../../lib/state/store';
export { lintMessage } from '../../lib/templates/lint';
export { nearDuplicates } from '../../lib/templates/interviewers';
export { default as BuilderTabs } from './BuilderTabs';
