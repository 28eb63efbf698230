// The interview form's checks: the wording and order of what validation finds, and the summary of
// errors. Loaded with the validation chunk once the form is used; a first visit that only reads the
// page fetches neither.
import type { RefObject } from 'preact';
import type { InterviewErrors } from '../../lib/interview/validate';
import type { Checks } from '../../lib/state/load-checks';
import {
  fieldId,
  formToDraft,
  type FormState,
  type IncompleteField,
} from '../../lib/timeline-view/form';
import { formErrors, orderedErrors } from '../../lib/timeline-view/form-errors';

// validateInterview needs time stamps; these are never saved, saveInterview sets the real ones.
const CHECK_STAMP = '2000-01-01T00:00:00.000Z';

/** What is wrong with the form as typed, keyed by field, in the words the form shows. */
export function checkForm(
  checks: Checks,
  form: FormState,
  incomplete: readonly IncompleteField[],
  id: string | null,
): InterviewErrors {
  const result = checks.validateInterview({
    ...formToDraft(form, {}),
    id: id ?? 'unsaved',
    createdAt: CHECK_STAMP,
    updatedAt: CHECK_STAMP,
  });
  return formErrors(result.ok ? {} : result.errors, form, incomplete);
}

interface SummaryProps {
  /** Every error, keyed by field. */
  errors: InterviewErrors;
  /** The summary, focused after a submit that found errors. */
  summaryRef: RefObject<HTMLDivElement>;
}

/** The list of errors shown at the top of the form after a submit, each linked to its field. */
export function ErrorSummary({ errors, summaryRef }: SummaryProps) {
  const ordered = orderedErrors(errors);
  return (
    <div
      class="error-summary"
      ref={summaryRef}
      tabIndex={-1}
      role="group"
      aria-labelledby="error-summary-title"
    >
      <h3 id="error-summary-title">
        {ordered.length === 1
          ? 'One thing to fix before your timeline can be saved'
          : `${ordered.length} things to fix before your timeline can be saved`}
      </h3>
      <ul>
        {ordered.map(({ key, message }) => (
          <li key={key}>
            <a
              href={`#${fieldId(key)}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(fieldId(key))?.focus();
              }}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
