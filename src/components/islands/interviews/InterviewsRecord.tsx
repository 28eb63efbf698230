import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { activityLog } from '../../../lib/agenda';
import { formatStepDate } from '../../../lib/dates';
import {
  FEEDBACK_LABELS,
  FEEDBACK_LEVELS,
  STATUS_LABELS,
  interviewName,
  unreadableDate,
  type Interview,
} from '../../../lib/interview';
import { recordReply, setFeedback, setSentOn, type DateResult } from '../../../lib/state';
import Field from '../shared/Field';
import ShowMore, { PAGE_SIZE } from './ShowMore';

interface Props {
  /** Every saved interview, archived ones too. */
  interviews: readonly Interview[];
  /** Says something in the page's live region. */
  announce: (message: string) => void;
}

const FEEDBACK_CHOICES = ['unrecorded', ...FEEDBACK_LEVELS] as const;

/** Per interview: when your follow-ups went out, whether and when they replied, how it ended. */
export default function InterviewsRecord({ interviews, announce }: Props) {
  const [shown, setShown] = useState(PAGE_SIZE);
  return (
    <section class="record" aria-labelledby="record-heading">
      <h2 id="record-heading">Record what happened</h2>
      <p class="section-intro">
        Note when they replied, how it turned out and how useful their feedback was. Your results
        below are worked out from this.
      </p>
      {interviews.slice(0, shown).map((interview) => (
        <RecordDetails key={interview.id} interview={interview} announce={announce} />
      ))}
      <ShowMore
        total={interviews.length}
        shown={shown}
        noun="interviews"
        onShow={setShown}
        focusAfter={(first) => document.getElementById(`record-${interviews[first]?.id}`)}
      />
    </section>
  );
}

function RecordDetails({
  interview,
  announce,
}: {
  interview: Interview;
  announce: (message: string) => void;
}) {
  const { id } = interview;
  const name = interviewName(interview);
  // Drawn once first opened, then kept, so a date half typed survives closing it.
  const [opened, setOpened] = useState(false);

  return (
    <details
      class="record-item"
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary id={`record-${id}`}>
        <span class="record-name">{name}</span>{' '}
        <span class="record-summary">
          {formatStepDate(interview.interviewDate)} · {STATUS_LABELS[interview.status]}
          {interview.archived ? ' · archived' : ''}
        </span>
      </summary>
      {opened && <RecordBody interview={interview} name={name} announce={announce} />}
    </details>
  );
}

/** What can be recorded about one interview: the days sent, the reply, the feedback. */
function RecordBody({
  interview,
  name,
  announce,
}: {
  interview: Interview;
  name: string;
  announce: (message: string) => void;
}) {
  const { id } = interview;
  const sent = activityLog([interview]).reverse();
  return (
    <div class="record-body">
      <fieldset class="group">
        <legend>Follow-ups sent</legend>
        {sent.length === 0 ? (
          <p class="hint">
            Nothing ticked as sent yet. Tick a step when you send it, on your timeline or under
            Today above.
          </p>
        ) : (
          sent.map((entry) => (
            <DateField
              key={entry.stepId}
              id={`sent-${id}-${entry.stepId}`}
              label={`${entry.title} sent on`}
              value={entry.sentOn}
              required
              save={(value) => setSentOn(id, entry.stepId, value)}
              onSaved={(value) =>
                announce(`Saved: ${entry.title} for ${name} sent on ${formatStepDate(value)}.`)
              }
            />
          ))
        )}
      </fieldset>
      <DateField
        id={`reply-${id}`}
        label="They replied on"
        hint="Leave it empty while they have not replied."
        value={interview.repliedOn ?? ''}
        save={(value) => recordReply(id, value)}
        onSaved={(value) =>
          announce(
            value
              ? `Saved: ${name} replied on ${formatStepDate(value)}.`
              : `Saved: no reply yet from ${name}.`,
          )
        }
      />
      <fieldset class="group feedback">
        <legend>How useful was their feedback?</legend>
        {FEEDBACK_CHOICES.map((level) => {
          const choiceId = `feedback-${id}-${level}`;
          const value = level === 'unrecorded' ? undefined : level;
          return (
            <p class="check" key={choiceId}>
              <input
                type="radio"
                id={choiceId}
                name={`feedback-${id}`}
                checked={interview.feedback === value}
                onChange={() => {
                  if (setFeedback(id, value)) {
                    announce(`Saved: feedback from ${name}: ${FEEDBACK_LABELS[level]}.`);
                  }
                }}
              />
              <label for={choiceId}>{FEEDBACK_LABELS[level]}</label>
            </p>
          );
        })}
      </fieldset>
    </div>
  );
}

interface DateFieldProps {
  id: string;
  label: string;
  hint?: string;
  /** The saved value, `YYYY-MM-DD` or ''. */
  value: string;
  /** Whether clearing the field is a mistake rather than "no date". */
  required?: boolean;
  /** Saves a new value; the message on failure says what to fix. */
  save: (value: string) => DateResult;
  /** Called after a value was saved. */
  onSaved: (value: string) => void;
}

/** A date that saves when a whole date is picked, and says what is wrong otherwise. */
function DateField({ id, label, hint, value, required, save, onSaved }: DateFieldProps) {
  // What was typed while it could not be saved; null shows the saved value.
  const [typed, setTyped] = useState<string | null>(null);
  const [error, setError] = useState('');

  const change = (event: JSX.TargetedEvent<HTMLInputElement>) => {
    const { value: next, validity } = event.currentTarget;
    if (validity.badInput) {
      setTyped(next);
      setError(unreadableDate('This date'));
      return;
    }
    if (required && next === '') {
      setTyped(next);
      setError('Enter the day you sent it — a sent message always has a date.');
      return;
    }
    const result = save(next);
    if (result.ok) {
      setTyped(null);
      setError('');
      onSaved(next);
    } else {
      setTyped(next);
      setError(result.error);
    }
  };

  return (
    <Field id={id} label={label} hint={hint} error={error || undefined}>
      {(control) => <input type="date" {...control} value={typed ?? value} onChange={change} />}
    </Field>
  );
}
