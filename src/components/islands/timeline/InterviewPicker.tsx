import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { interviewLabel, type FormDraft, type Interview } from '../../../lib/interview';
import { removeInterview } from '../../../lib/state';

interface PickerProps {
  /** Every saved interview. */
  interviews: readonly Interview[];
  /** New interviews typed in but not saved yet: id and form as typed. */
  unsaved: readonly (readonly [string, FormDraft])[];
  /** The id the form is editing, saved or not. */
  editing: string | null;
  /** Whether the interview being edited has been saved. */
  saved: boolean;
  /** True until the page has loaded its saved details. */
  disabled: boolean;
  /** Shows a saved interview in the form and the timeline. */
  onSelect: (id: string) => void;
}

/** Chooses which saved interview the form and the timeline show; hidden when there is only one. */
export default function InterviewPicker({
  interviews,
  unsaved,
  editing,
  saved,
  disabled,
  onSelect,
}: PickerProps) {
  const others = unsaved.filter(([id]) => id !== editing);
  if (interviews.length + others.length + (saved ? 0 : 1) < 2) return null;
  return (
    <p class="interview-picker">
      <label for="interview-choice">Current interview</label>
      <select
        id="interview-choice"
        value={editing ?? ''}
        disabled={disabled}
        onChange={(event) => onSelect(event.currentTarget.value)}
      >
        {interviews.map((interview) => (
          <option key={interview.id} value={interview.id}>
            {interviewLabel(interview)}
          </option>
        ))}
        {others.map(([id, draft]) => (
          <option key={id} value={id}>
            {unsavedLabel(draft)}
          </option>
        ))}
        {!saved && <option value={editing ?? ''}>New interview (not saved yet)</option>}
      </select>
    </p>
  );
}

/** How a new interview typed in but not saved yet is listed. */
function unsavedLabel(draft: FormDraft): string {
  const name = [draft.company.trim(), draft.role.trim()].filter(Boolean).join(', ');
  return `${name || 'New interview'} (not saved yet)`;
}

interface ActionsProps {
  /** The saved interview the form shows, if it is saved. */
  current: Interview | undefined;
  /** True until the page has loaded its saved details. */
  disabled: boolean;
  /** Starts an empty form for another interview. */
  onStartNew: () => void;
  /** Called once the interview has been deleted, to move focus somewhere sensible. */
  onDeleted: () => void;
}

/** Starts another interview, or deletes the one shown after asking once. */
export function InterviewActions({ current, disabled, onStartNew, onDeleted }: ActionsProps) {
  const [confirming, setConfirming] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  useLayoutEffect(() => {
    if (confirming) keepRef.current?.focus();
    // Back from "Keep it": return focus to the button that asked.
    else if (asked.current) deleteRef.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  if (!current) return null;

  const remove = () => {
    removeInterview(current.id);
    asked.current = false;
    setConfirming(false);
    onDeleted();
  };

  return (
    <div class="interview-actions">
      {confirming ? (
        <div class="picker-confirm" role="group" aria-labelledby="delete-question">
          <p id="delete-question">
            Delete “{interviewLabel(current)}” and any messages you drafted for it? This cannot be
            undone.
          </p>
          <p class="picker-buttons">
            <button type="button" class="danger" onClick={remove}>
              Delete it
            </button>
            <button
              type="button"
              class="secondary"
              ref={keepRef}
              onClick={() => setConfirming(false)}
            >
              Keep it
            </button>
          </p>
        </div>
      ) : (
        <p class="picker-buttons">
          <button type="button" class="secondary" disabled={disabled} onClick={onStartNew}>
            Add another interview
          </button>
          <button
            type="button"
            class="secondary danger"
            ref={deleteRef}
            disabled={disabled}
            onClick={() => setConfirming(true)}
          >
            Delete this interview
          </button>
        </p>
      )}
    </div>
  );
}
