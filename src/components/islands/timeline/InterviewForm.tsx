import { useStore } from '@nanostores/preact';
import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { HolidayRegion } from '../../../lib/holidays';
import {
  FORMAT_LABELS,
  fieldId,
  formWarnings,
  saveStatus,
  type Interview,
} from '../../../lib/interview';
import { $storageStatus } from '../../../lib/state';
import { INTERVIEW_FORMATS } from '../../../lib/timeline';
import Field from '../shared/Field';
import ContactFields from './ContactFields';
import ErrorSummary from './ErrorSummary';
import FollowUpChoices from './FollowUpChoices';
import HolidayRows, { ADD_HOLIDAY_ID } from './HolidayRows';
import InterviewerRows, { ADD_INTERVIEWER_ID } from './InterviewerRows';
import NextSteps from './NextSteps';
import { useInterviewForm } from './use-interview-form';

interface Props {
  /** The interview being edited; null until the page has read what is saved. */
  id: string | null;
  /** The saved version of that interview, if it has been saved. */
  record: Interview | undefined;
  /** True until the page has loaded its saved details. */
  disabled: boolean;
  /** Told whether the form holds changes that cannot be saved yet. */
  onPendingChange: (pending: boolean) => void;
  /** Called after a submit that saved. */
  onSubmitted: () => void;
  /** Every region with a holiday preset. */
  regions: readonly HolidayRegion[];
  /** Today, `YYYY-MM-DD` ('' until the page knows it), for the dates worth a second look. */
  today: string;
}

type InputEvent = JSX.TargetedEvent<HTMLInputElement>;

/** The interview form: keeps exactly what was typed, saves whenever it is valid. */
export default function InterviewForm({
  id,
  record,
  disabled,
  onPendingChange,
  onSubmitted,
  regions,
  today,
}: Props) {
  const model = useInterviewForm(id, record);
  const { form, seed, revision, errors, touched, touch, apply } = model;
  const [submitted, setSubmitted] = useState(false);
  const [summaryFocus, setSummaryFocus] = useState(0);
  const storageStatus = useStore($storageStatus);
  const summaryRef = useRef<HTMLDivElement>(null);
  const errorCount = Object.keys(errors).length;
  // Errors appear once a field has been left or the form submitted, never while typing starts.
  const shown = submitted
    ? errors
    : Object.fromEntries(Object.entries(errors).filter(([key]) => touched.has(key)));

  const pending = errorCount > 0;
  // Unusual dates ask to be checked as saved, or once left (a year typed passes odd years).
  const warnings = formWarnings(form, today);
  const warning = (field: 'interviewDate' | 'decisionDate') =>
    touched.has(field) || submitted || (record?.[field] ?? '') === form[field]
      ? warnings[field]
      : undefined;
  useEffect(() => onPendingChange(pending), [pending, onPendingChange]);
  useLayoutEffect(() => {
    if (summaryFocus > 0) summaryRef.current?.focus();
  }, [summaryFocus]);

  const submit = (event: Event) => {
    event.preventDefault();
    setSubmitted(true);
    if (model.submit().ok) onSubmitted();
    else setSummaryFocus((count) => count + 1);
  };

  const text = (field: 'company' | 'role' | 'callBackInDays' | 'promised') => ({
    value: form[field],
    onInput: (event: InputEvent) => {
      const { value } = event.currentTarget;
      apply((current) => ({ ...current, [field]: value }));
    },
    onBlur: () => touch(field),
    autoComplete: 'off',
  });
  const date = (field: 'interviewDate' | 'interviewTime' | 'decisionDate' | 'promisedBy') => ({
    key: `${field}-${revision}`,
    defaultValue: seed[field],
    onInput: (event: InputEvent) => {
      const { value, validity } = event.currentTarget;
      model.setDate(field, value, validity.badInput);
    },
    onBlur: (event: InputEvent) => {
      // Typing into an empty date control changes no value until the date is whole, so a date
      // the browser cannot read (February 30) is only noticed when the person leaves it.
      const { value, validity } = event.currentTarget;
      if (validity.badInput) model.setDate(field, value, true);
      touch(field);
      // A day promised with nothing said to be promised asks what it is, once the day is left.
      if (field === 'promisedBy') touch('promised');
    },
  });
  const status = disabled
    ? ''
    : saveStatus({
        saved: !pending && record !== undefined,
        inTabOnly: storageStatus !== 'ok',
        showingErrors: Object.keys(shown).length > 0,
        isNew: record === undefined,
      });

  return (
    <form class="interview-form" noValidate aria-labelledby="form-heading" onSubmit={submit}>
      <fieldset class="form-frame" disabled={disabled}>
        {submitted && errorCount > 0 && <ErrorSummary errors={errors} summaryRef={summaryRef} />}

        <div class="field-pair">
          <Field id={fieldId('company')} label="Company" error={shown['company']}>
            {(control) => <input type="text" {...control} {...text('company')} />}
          </Field>
          <Field id={fieldId('role')} label="Role" error={shown['role']}>
            {(control) => <input type="text" {...control} {...text('role')} />}
          </Field>
        </div>

        <div class="field-pair">
          <Field
            id={fieldId('interviewDate')}
            label="Interview date"
            error={shown['interviewDate']}
            warning={warning('interviewDate')}
          >
            {(control) => <input type="date" required {...control} {...date('interviewDate')} />}
          </Field>
          <Field
            id={fieldId('interviewTime')}
            label="Start time"
            optional
            hint="Your thank-you is due by this time the next day."
            error={shown['interviewTime']}
          >
            {(control) => <input type="time" {...control} {...date('interviewTime')} />}
          </Field>
        </div>

        <fieldset class="group" aria-describedby="hint-format">
          <legend>How the interview took place</legend>
          <p class="hint" id="hint-format">
            After a group interview, you thank the lead and ask them to pass it on.
          </p>
          <div class="choices">
            {INTERVIEW_FORMATS.map((format) => (
              <label class="choice" key={format}>
                <input
                  type="radio"
                  name="format"
                  id={`f-format-${format}`}
                  value={format}
                  checked={form.format === format}
                  onChange={() => apply((current) => ({ ...current, format }))}
                />
                {FORMAT_LABELS[format]}
              </label>
            ))}
          </div>
        </fieldset>

        <InterviewerRows
          rows={form.interviewers}
          errors={shown}
          onInput={model.setInterviewer}
          onBlur={touch}
          onAdd={model.addInterviewer}
          onRemove={(index) => model.removeInterviewer(index, ADD_INTERVIEWER_ID)}
        />

        <ContactFields
          values={form}
          errors={shown}
          onInput={(property, value) => apply((current) => ({ ...current, [property]: value }))}
          onBlur={touch}
        />

        <NextSteps
          errors={shown}
          decisionWarning={warning('decisionDate')}
          text={text}
          date={date}
        />

        <FollowUpChoices
          handwrittenNote={form.handwrittenNote}
          phoneFollowUp={form.phoneFollowUp}
          onChange={(field, checked) => apply((current) => ({ ...current, [field]: checked }))}
        />

        <HolidayRows
          rows={form.holidays}
          seed={seed.holidays}
          revision={revision}
          errors={shown}
          onInput={(index, event) =>
            model.setHoliday(
              index,
              event.currentTarget.value,
              event.currentTarget.validity.badInput,
            )
          }
          onBlur={touch}
          onAdd={model.addHoliday}
          onRemove={(index) => model.removeHoliday(index, ADD_HOLIDAY_ID)}
          region={{ regions, form, isNew: record === undefined, apply }}
        />

        <div class="form-submit">
          <button type="submit">Save and show my timeline</button>
          <p class="save-status">{status}</p>
        </div>
      </fieldset>
    </form>
  );
}
