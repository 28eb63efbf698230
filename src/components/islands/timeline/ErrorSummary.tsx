import type { RefObject } from 'preact';
import { fieldId, orderedErrors, type InterviewErrors } from '../../../lib/interview';

interface Props {
  /** Every error, keyed by field. */
  errors: InterviewErrors;
  /** The summary, focused after a submit that found errors. */
  summaryRef: RefObject<HTMLDivElement>;
}

/** The list of errors shown at the top of the form after a submit, each linked to its field. */
export default function ErrorSummary({ errors, summaryRef }: Props) {
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
