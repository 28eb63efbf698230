import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { buildIcs, icsFileName, type CalendarInterview } from '../../lib/calendar/index';
import type { Interview } from '../../lib/interview/schema';
import { formatDueBy, formatStepDate, type SafeTimelineResult } from '../../lib/timeline/index';
import { saveFile } from '../../lib/site/download';
import TimelineStep from './TimelineStep';

interface Props {
  /** The saved interview. */
  interview: Interview;
  /** Its timeline, or why it cannot be worked out. */
  result: SafeTimelineResult;
  /** Today, `YYYY-MM-DD`. */
  today: string;
  /** Guide id → title. */
  guides: Record<string, string>;
  /** Whether the form holds changes that are not saved yet. */
  pending: boolean;
  /** The heading, focused after the form is submitted. */
  headingRef: RefObject<HTMLHeadingElement>;
}

/** The schedule: every step in date order, its warnings, and the calendar export. */
export default function TimelineView({
  interview,
  result,
  today,
  guides,
  pending,
  headingRef,
}: Props) {
  const [exportMessage, setExportMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const heading = (
    <h2 id="timeline-heading" tabIndex={-1} ref={headingRef}>
      Your schedule
    </h2>
  );

  const calendar: CalendarInterview = {
    id: interview.id,
    company: interview.company,
    role: interview.role,
  };
  const what = [interview.company.trim(), interview.role.trim()].filter(Boolean).join(', ');
  const when = interview.interviewTime
    ? formatDueBy(`${interview.interviewDate}T${interview.interviewTime}`)
    : formatStepDate(interview.interviewDate);

  const download = async (steps: Parameters<typeof buildIcs>[1]) => {
    setBusy(true);
    setExportMessage('');
    try {
      const name = icsFileName(calendar);
      saveFile(name, await buildIcs(calendar, steps), 'text/calendar');
      setExportMessage(
        `Downloaded ${name}. Open it to add all ${steps.length} steps to your calendar.`,
      );
    } catch (error) {
      setExportMessage(
        error instanceof Error
          ? error.message
          : 'The calendar file could not be made — try again, or add the steps one by one below.',
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="timeline" aria-labelledby="timeline-heading">
      {heading}
      <p class="timeline-for">
        {what ? `${what}: ` : ''}interviewed {when}.
      </p>
      {pending && (
        <p class="pending-note">
          Some changes in the form are not saved yet, so this shows your last saved details.
        </p>
      )}
      {!result.success ? (
        <div class="notice">
          <p>Your timeline cannot be worked out from the saved details:</p>
          <ul>
            {result.errors.map((issue) => (
              <li key={issue.path}>{issue.message}</li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          {result.data.warnings.map((warning) => (
            <p class="notice timeline-warning" key={warning.code}>
              <strong>Note: </strong>
              {warning.message}
            </p>
          ))}
          <div class="timeline-actions">
            <button type="button" disabled={busy} onClick={() => download(result.data.steps)}>
              Download all steps for your calendar (.ics)
            </button>
            <button type="button" class="secondary" onClick={() => window.print()}>
              Print this timeline
            </button>
            <p class="export-status" role="status">
              {exportMessage}
            </p>
          </div>
          <ol class="steps">
            {result.data.steps.map((step) => (
              <TimelineStep
                key={step.id}
                step={step}
                interview={calendar}
                today={today}
                doneOn={interview.done[step.id]}
                guides={guides}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
