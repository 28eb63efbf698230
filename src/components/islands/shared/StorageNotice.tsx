import { useStore } from '@nanostores/preact';
import {
  $storageNotice,
  $storageStatus,
  STORAGE_NOTICE_MESSAGES,
  STORAGE_STATUS_MESSAGES,
  dismissStorageNotice,
} from '../../../lib/state';

interface Props {
  /** False on the server and during hydration, when nothing about storage is known yet. */
  mounted: boolean;
  /** Where focus goes once the notice is dismissed (its button disappears with it). */
  focusAfter?: string;
}

/** Says plainly when saved details could not be read, or when this browser will not save them. */
export default function StorageNotice({ mounted, focusAfter }: Props) {
  const status = useStore($storageStatus);
  const notice = useStore($storageNotice);
  const statusMessage = mounted && status !== 'ok' ? STORAGE_STATUS_MESSAGES[status] : null;
  const noticeMessage = mounted && notice !== null ? STORAGE_NOTICE_MESSAGES[notice] : null;

  const dismiss = () => {
    dismissStorageNotice();
    if (focusAfter) document.getElementById(focusAfter)?.focus();
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
