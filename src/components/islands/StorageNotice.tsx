import { useStore } from '@nanostores/preact';
import { $storageNotice, $storageStatus, dismissStorageNotice } from '../../lib/state/store';
import { useChunk } from './use-chunk';

// The wording loads only when there is something to say, which on most visits there is not.
const loadMessages = () => import('../../lib/state/messages');

interface Props {
  /** False on the server and during hydration, when nothing about storage is known yet. */
  mounted: boolean;
}

/** Says plainly when saved details could not be read, or when this browser will not save them. */
export default function StorageNotice({ mounted }: Props) {
  const status = useStore($storageStatus);
  const notice = useStore($storageNotice);
  const messages = useChunk(loadMessages, mounted && (status !== 'ok' || notice !== null)).module;
  const statusMessage =
    mounted && status !== 'ok' ? (messages?.STORAGE_STATUS_MESSAGES[status] ?? null) : null;
  const noticeMessage =
    mounted && notice !== null ? (messages?.STORAGE_NOTICE_MESSAGES[notice] ?? null) : null;

  const dismiss = () => {
    dismissStorageNotice();
    // The button disappears with the note; carry on from the top of the form.
    document.getElementById('form-heading')?.focus();
  };

  // The region is always there, so what appears in it after loading is announced.
  return (
    <div class="storage-notices" role="status">
      {statusMessage && (
        <div class="notice storage-notice">
          <p>{statusMessage}</p>
        </div>
      )}
      {noticeMessage && (
        <div class="notice storage-notice">
          <p>{noticeMessage}</p>
          <button type="button" class="secondary" onClick={dismiss}>
            Got it, hide this note
          </button>
        </div>
      )}
    </div>
  );
}
