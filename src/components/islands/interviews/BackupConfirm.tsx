import type { RefObject } from 'preact';
import type { StoredState } from '../../../lib/state';

/** A backup that passed every check, waiting for "Replace", "Merge" or "Cancel". */
export interface Pending {
  state: StoredState;
  /** The file's name, as the person chose it. */
  name: string;
  /** What the backup holds, in words. */
  holds: string;
  /** What this browser holds now, in words. */
  here: string;
  /** When the backup was made, in words, if the file says. */
  made: string | null;
  /** True when this browser holds details of a newer version that a replace or merge overwrites. */
  overwritesNewer: boolean;
}

interface Props {
  pending: Pending;
  /** The question's heading, focused when it appears. */
  headingRef: RefObject<HTMLHeadingElement>;
  disabled: boolean;
  onReplace: () => void;
  onMerge: () => void;
  onCancel: () => void;
}

/** What a checked backup holds against what is here, and the choice of what to do with it. */
export default function BackupConfirm({ pending, headingRef, disabled, ...choose }: Props) {
  return (
    <div class="backup-confirm notice" role="group" aria-labelledby="confirm-heading">
      <h3 id="confirm-heading" tabIndex={-1} ref={headingRef}>
        {pending.name} holds {pending.holds}
      </h3>
      {pending.made && <p>It was made on {pending.made}.</p>}
      <p>This browser holds {pending.here} now.</p>
      {pending.overwritesNewer && (
        <p>
          This browser also holds details saved by a newer version of this site, which this page
          cannot read: Replace or Merge overwrites them. To keep them, cancel and reload the page to
          get the newer version first.
        </p>
      )}
      <ul>
        <li>
          <strong>Replace</strong>: everything saved here becomes what is in the backup.
        </li>
        <li>
          <strong>Merge</strong>: adds the interviews and drafts that are not here, keeps the newer
          copy of any that are in both, and fills in your details only where they are empty.
        </li>
      </ul>
      <div class="backup-actions">
        <button type="button" class="danger" onClick={choose.onReplace} disabled={disabled}>
          Replace
        </button>
        <button type="button" class="secondary" onClick={choose.onMerge} disabled={disabled}>
          Merge
        </button>
        <button type="button" class="secondary" onClick={choose.onCancel} disabled={disabled}>
          Cancel
        </button>
      </div>
    </div>
  );
}
