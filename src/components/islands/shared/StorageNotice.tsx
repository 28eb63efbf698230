import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { saveFile } from '../../../lib/site';
import {
  $storageNotice,
  $storageStatus,
  $unreadableCopy,
  STORAGE_NOTICE_MESSAGES,
  STORAGE_STATUS_MESSAGES,
  UNREADABLE_COPY_FILE,
  UNREADABLE_COPY_MESSAGE,
  discardUnreadableCopy,
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
  const copy = useStore($unreadableCopy);
  const statusMessage = mounted && status !== 'ok' ? STORAGE_STATUS_MESSAGES[status] : null;
  const noticeMessage = mounted && notice !== null ? STORAGE_NOTICE_MESSAGES[notice] : null;
  const kept = mounted ? copy : null;
  const [confirming, setConfirming] = useState(false);

  const refocus = () => {
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
          <button
            type="button"
            class="secondary"
            onClick={() => {
              dismissStorageNotice();
              refocus();
            }}
          >
            Got it, hide this note
          </button>
        </div>
      )}
      {kept !== null && !noticeMessage && (
        <div class="notice storage-notice">
          <p>{UNREADABLE_COPY_MESSAGE}</p>
        </div>
      )}
      {kept !== null && (
        <p class="storage-copy-actions">
          <button
            type="button"
            onClick={() => saveFile(UNREADABLE_COPY_FILE, kept, 'application/json')}
          >
            Download the copy
          </button>
          {confirming ? (
            <>
              <button
                type="button"
                class="danger"
                onClick={() => {
                  setConfirming(false);
                  discardUnreadableCopy();
                  refocus();
                }}
              >
                Discard it for good
              </button>
              <button type="button" class="secondary" onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </>
          ) : (
            <button type="button" class="secondary danger" onClick={() => setConfirming(true)}>
              Discard the copy
            </button>
          )}
        </p>
      )}
    </div>
  );
}
