// The parts of the store the template builder uses. It loads once the page is up; the validation
// chunk comes with it only when there are saved details to read.
export { draftKey } from '../../lib/state/defaults';
export { getDraft, resetDraft, saveDraft, setYou } from '../../lib/state/drafts';
export { STORAGE_NOTICE_MESSAGES, STORAGE_STATUS_MESSAGES } from '../../lib/state/messages';
export {
  $state,
  $storageNotice,
  $storageStatus,
  dismissStorageNotice,
} from '../../lib/state/store';
