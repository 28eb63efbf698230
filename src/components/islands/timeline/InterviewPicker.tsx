import { interviewLabel, type FormDraft, type Interview } from '../../../lib/interview';
import { removeInterview } from '../../../lib/state';
import ConfirmDelete from '../shared/ConfirmDelete';

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
  const own = unsaved.find(([id]) => id === editing)?.[1];
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
        {!saved && (
          <option value={editing ?? ''}>
            {own ? unsavedLabel(own) : 'New interview (not saved yet)'}
          </option>
        )}
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
  /** Called just before the interview is deleted. */
  onDeleting: () => void;
  /** Called once the interview has been deleted, to move focus somewhere sensible. */
  onDeleted: () => void;
}

/** Starts another interview, or deletes the one shown after asking once. */
export function InterviewActions({
  current,
  disabled,
  onStartNew,
  onDeleting,
  onDeleted,
}: ActionsProps) {
  if (!current) return null;
  return (
    <div class="interview-actions picker-buttons">
      <button type="button" class="secondary" disabled={disabled} onClick={onStartNew}>
        Add another interview
      </button>
      <ConfirmDelete
        id="delete-interview"
        label="Delete this interview"
        question={`Delete “${interviewLabel(current)}” and any messages you drafted for it? This cannot be undone.`}
        confirm="Delete it"
        disabled={disabled}
        onConfirm={() => {
          onDeleting();
          removeInterview(current.id);
          onDeleted();
        }}
      />
    </div>
  );
}
