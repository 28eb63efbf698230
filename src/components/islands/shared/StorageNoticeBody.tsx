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
  /** Where focus goes once the notice is dismissed (its button disappears with it). */
  focusAfter?: string | undefined;
}

/**
 * The notices of StorageNotice, loaded once there is one to show: saved details that could not
 * be read (with the copy kept of them), or a browser that will not save.
 */
export default function StorageNoticeBody({ focusAfter }: Props) {
  const status = useStore($storageStatus);
  const notice = useStore($storageNotice);
  const kept = useStore($unreadableCopy);
  const statusMessage = status === 'ok' ? null : STORAGE_STATUS_MESSAGES[status];
  const noticeMessage = notice === null ? null : STORAGE_NOTICE_MESSAGES[notice];
  const [confirming, setConfirming] = useState(false);

  const refocus = () => {
    if (focusAfter) document.getElementById(focusAfter)?.focus();
  };

  return (
    <>
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
    </>
  );
}
