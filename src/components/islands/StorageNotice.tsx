import { useStore } from '@nanostores/preact';
import { STORAGE_NOTICE_MESSAGES, STORAGE_STATUS_MESSAGES } from '../../lib/state/messages';
import { $storageNotice, $storageStatus, dismissStorageNotice } from '../../lib/state/store';

interface Props {
  /** False on the server and during hydration, when nothing about storage is known yet. */
  mounted: boolean;
}

/** Says plainly when saved details could not be read, or when this browser will not save them. */
export default function StorageNotice({ mounted }: Props) {
  const status = useStore($storageStatus);
  const notice = useStore($storageNotice);
  const statusMessage = mounted && status !== 'ok' ? STORAGE_STATUS_MESSAGES[status] : null;
  const noticeMessage = mounted && notice !== null ? STORAGE_NOTICE_MESSAGES[notice] : null;

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
